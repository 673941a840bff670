#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <string>

#include "tab/render/charts.hpp"
#include "tab/render/svg.hpp"

using namespace tab::svg;

namespace {

int svg_occurrences(const std::string& text, const std::string& what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The text of every <text> element of a picture, in order.
std::vector<std::string> svg_texts(const std::string& svg) {
    std::vector<std::string> out;
    static const std::regex text_element("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

bool svg_has_text(const std::string& svg, const std::string& text) {
    for (const std::string& t : svg_texts(svg))
        if (t == text) return true;
    return false;
}

// The <text> element whose content is `text`, with its attributes.
std::string svg_element_of(const std::string& svg, const std::string& text) {
    const size_t end = svg.find(">" + text + "</text>");
    if (end == std::string::npos) return "";
    return svg.substr(svg.rfind("<text", end), end - svg.rfind("<text", end) + 1);
}

BracketRound bp_round(std::string name, std::vector<std::vector<std::string>> rooms,
                      std::vector<std::string> through) {
    BracketRound r{std::move(name), {}};
    for (const auto& room : rooms) {
        std::vector<BracketTeam> debate;
        for (const std::string& team : room)
            debate.push_back({team, std::find(through.begin(), through.end(), team) != through.end()});
        r.debates.push_back(debate);
    }
    return r;
}

}  // namespace

TEST_CASE("svg numbers have at most two decimals and no locale") {
    CHECK(number(12) == "12");
    CHECK(number(12.5) == "12.5");
    CHECK(number(1.0 / 3) == "0.33");
    CHECK(number(-0.001) == "0");
    CHECK(number(100) == "100");
}

TEST_CASE("an svg figure scales by its viewBox, has a title for screen readers and escapes its text") {
    Figure f(200, 50.5, "Scores <of> \"R1\" & R2", "scores");
    f.text(10, 20, "Team <A> & 'B'");
    f.rect(0, 0, 10, 10, "#123456");
    const std::string svg = f.str();
    CHECK(svg.find("viewBox=\"0 0 200 50.5\"") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"scores-title\"") != std::string::npos);
    CHECK(svg.find("<title id=\"scores-title\">Scores &lt;of&gt; &quot;R1&quot; &amp; R2</title>") != std::string::npos);
    CHECK(svg.find("style=\"width:100%;height:auto") != std::string::npos);
    CHECK(svg_has_text(svg, "Team &lt;A&gt; &amp; &#39;B&#39;"));
    CHECK(svg.find("<script") == std::string::npos);
}

TEST_CASE("horizontal bars write each value beside its bar, on one scale") {
    const Figure f = horizontal_bars({{"R1", {{"Gov", 60, "60%"}, {"Opp", 40, "40%"}}}, {"", {{"Gov", 30, "30%"}}}}, 100,
                                     "Win rates", "rates");
    const std::string svg = f.str();
    for (const char* text : {"R1", "Gov", "Opp", "60%", "40%", "30%"}) CHECK(svg_has_text(svg, text));
    CHECK(svg.find("width=\"132\"") != std::string::npos);  // 60 of 100 on a 220-unit scale
    CHECK(svg.find("width=\"66\"") != std::string::npos);
}

TEST_CASE("a BP bracket of eight teams' semifinals and the final shows every team, the winners marked") {
    const BracketRound semis = bp_round("Semifinals", {{"A", "B", "C", "D"}, {"E", "F", "G", "H"}}, {"A", "C", "F", "H"});
    const BracketRound final = bp_round("Grand final", {{"A", "C", "F", "H"}}, {"F"});
    const std::string svg = bracket({semis, final}, "✓", "Open bracket", "bracket-open").str();
    CHECK(svg_has_text(svg, "Semifinals"));
    CHECK(svg_has_text(svg, "Grand final"));
    for (const char* loser : {"B", "D", "E", "G"}) {
        CHECK(svg_has_text(svg, loser));
        CHECK(svg_element_of(svg, loser).find("bold") == std::string::npos);
    }
    // A, C, H went through the semifinals and lost the final: marked once, plain once.
    for (const char* team : {"A", "C", "H"}) {
        CHECK(svg_has_text(svg, team + std::string(" ✓")));
        CHECK(svg_element_of(svg, team + std::string(" ✓")).find("font-weight=\"bold\"") != std::string::npos);
        CHECK(svg_has_text(svg, team));
    }
    CHECK(svg_occurrences(svg, ">F ✓</text>") == 2);  // won both
    CHECK(svg_occurrences(svg, "<rect") == 3);         // a box per debate
    CHECK(svg_occurrences(svg, "<line") == 2 * 3);     // each semifinal joined to the final by an elbow
}

TEST_CASE("a two-team bracket with a round not decided yet marks nobody in it") {
    const BracketRound quarters{"QF", {{{"A", true}, {"B", false}}, {{"C", false}, {"D", true}}}};
    const BracketRound semis{"SF", {{{"A", false}, {"D", false}}}};
    const std::string svg = bracket({quarters, semis}, "✓", "Bracket", "b").str();
    CHECK(svg_occurrences(svg, "✓") == 2);
    CHECK(svg_has_text(svg, "A"));
    CHECK(svg_has_text(svg, "D"));
    CHECK(svg_occurrences(svg, "<line") == 2 * 3);
}

TEST_CASE("a heat map writes every count in its cell, the largest darkest") {
    const HeatMap map{{"OG", "OO"}, {"Team 1", "Team 2"}, {{2, 0}, {1, 1}}};
    const std::string svg = heat_map(map, "Positions", "positions").str();
    for (const char* text : {"OG", "OO", "Team 1", "Team 2"}) CHECK(svg_has_text(svg, text));
    CHECK(svg_occurrences(svg, ">1</text>") == 2);
    CHECK(svg_occurrences(svg, ">0</text>") == 1);
    CHECK(svg.find("fill=\"#1f4e8c\"") != std::string::npos);  // 2: the most
    CHECK(svg.find("fill=\"#f4f7fb\"") != std::string::npos);  // 0
}

TEST_CASE("histogram bins run from the lowest value's bin to the highest's, empty bins included") {
    const std::vector<HistogramBin> bins = histogram_bins({70, 70.5, 71, 73.5, 75}, 1);
    REQUIRE(bins.size() == 6);
    CHECK(bins[0].low == 70);
    CHECK(bins[0].count == 2);
    CHECK(bins[1].count == 1);  // 71: the upper edge of [70, 71) belongs to the next bin
    CHECK(bins[2].count == 0);
    CHECK(bins[3].count == 1);
    CHECK(bins[5].low == 75);
    CHECK(bins[5].count == 1);
    CHECK(histogram_bins({}, 1).empty());
    CHECK(bin_width_for({70, 80}, 20) == 1);
    CHECK(bin_width_for({60, 100}, 20) == 5);  // 2: 21 bins, one too many
    CHECK(bin_width_for({61, 99}, 20) == 2);
    const std::vector<HistogramBin> halves = histogram_bins({70, 70.5}, 0.5);
    REQUIRE(halves.size() == 2);
    CHECK(halves[1].count == 1);
}

TEST_CASE("a histogram's cut-off line stands at its value on the axis, labelled") {
    Histogram h{histogram_bins({70, 71, 72, 73}, 1), 1, {{"Open: 71.5", 71.5}}, "Speaker score"};
    const double x = histogram_x(h, 71.5);
    CHECK(x > histogram_x(h, 71));
    CHECK(x < histogram_x(h, 72));
    CHECK(histogram_x(h, 71.5) - histogram_x(h, 71) == doctest::Approx(histogram_x(h, 72) - histogram_x(h, 71.5)));
    const std::string svg = histogram(h, "Speaker scores", "scores").str();
    CHECK(svg.find("<line x1=\"" + number(x) + "\"") != std::string::npos);
    CHECK(svg.find("stroke-dasharray") != std::string::npos);
    CHECK(svg_has_text(svg, "Open: 71.5"));
    CHECK(svg_has_text(svg, "Speaker score"));
    for (const char* edge : {"70", "71", "72", "73"}) CHECK(svg_has_text(svg, edge));
}

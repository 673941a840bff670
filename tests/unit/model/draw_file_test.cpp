// Draw files: what tab writes reads back the same; a hand-edited draw with mistakes gets one
// message per mistake.
#include <doctest/doctest.h>

#include "tab/model/draw.hpp"
#include "tab/model/loader.hpp"
#include "tab/translate/translate.hpp"

using namespace tab;

namespace {

MemoryFileSystem two_team_fs() {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] = "name = \"C\"\npreset = \"wsdc\"\n[[rounds]]\nid = \"R1\"\n";
    std::string teams = "team,speaker\n";
    for (const char* team : {"A", "B", "C", "D", "E"})
        for (int k = 1; k <= 3; ++k) teams += std::string(team) + "," + team + std::to_string(k) + "\n";
    fs.files["teams.csv"] = teams;
    fs.files["adjudicators.csv"] = "name,strength\nJudy,5\nKim,4\n";
    return fs;
}

}  // namespace

TEST_CASE("a draw written by tab reads back identically") {
    MemoryFileSystem fs = two_team_fs();
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    Draw draw{"R1", DrawMethod::power, 42, {}, {4}};
    draw.debates.push_back({1, "Hall", 1, {0, 1}, {false, true}, 0, {1}, {}, {"rematch"}});
    draw.debates.push_back({2, "", 0, {2, 3}, {false, false}, -1, {}, {}, {}});
    tab::Diagnostics problems;
    REQUIRE(write_draw(fs, *t, draw, problems));
    CHECK(fs.files["rounds/R1/draw.csv"] ==
          "room,venue,bracket,gov,opp,pullups,chair,panellists,trainees,flags\n"
          "1,Hall,1,A,B,B,Judy,Kim,,rematch\n"
          "2,,0,C,D,,,,,\n"
          "bye,,,E,,,,,,\n");
    std::optional<Draw> back = read_draw(fs, *t, "R1", diags);
    REQUIRE(back);
    CHECK(diags.empty());
    CHECK(back->method == DrawMethod::power);
    CHECK(fs.files["rounds/R1/draw.toml"].find("method = \"power\"\n") != std::string::npos);
    CHECK(back->seed == 42);
    CHECK(back->byes == std::vector<int>{4});
    REQUIRE(back->debates.size() == 2);
    CHECK(back->debates[0].teams == std::vector<int>{0, 1});
    CHECK(back->debates[0].pullups == std::vector<bool>{false, true});
    CHECK(back->debates[0].chair == 0);
    CHECK(back->debates[0].panellists == std::vector<int>{1});
    CHECK(back->debates[0].flags == std::vector<std::string>{"rematch"});
}

TEST_CASE("a hand-edited draw is a manual draw, and its mistakes are all reported") {
    MemoryFileSystem fs = two_team_fs();
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    fs.files["rounds/R1/draw.csv"] = "room,gov,opp,chair\n1,A,Zed,Judy\nx,C,A,\n1,D,,Judy\n";
    std::optional<Draw> d = read_draw(fs, *t, "R1", diags);
    CHECK_FALSE(d);
    std::vector<std::string> lines;
    for (const Diagnostic& x : diags.all()) lines.push_back(format_diagnostic(x));
    CHECK(lines == std::vector<std::string>{
        "rounds/R1/draw.csv:2:3: error: column 'opp': found team 'Zed'; expected a team of teams.csv",
        "rounds/R1/draw.csv:3:1: error: column 'room': found 'x'; expected a room number (1, 2, ...) or 'bye'",
        "rounds/R1/draw.csv:4:1: error: column 'room': found room 1 again; expected each room once",
        "rounds/R1/draw.csv:4:3: error: column 'opp': found an empty cell; expected a team",
        "rounds/R1/draw.csv:4:4: error: column 'chair': found adjudicator 'Judy' a second time; expected each "
        "adjudicator once per round",
    });
    fs.files["rounds/R1/draw.csv"] = "room,gov,opp\n1,A,B\n2,C,D\n";
    Diagnostics clean;
    std::optional<Draw> manual = read_draw(fs, *t, "R1", clean);
    REQUIRE(manual);
    CHECK(manual->method == DrawMethod::manual);
}

TEST_CASE("a hand-written draw with a typed name a letter off says which name was meant") {
    MemoryFileSystem fs = two_team_fs();
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    fs.files["rounds/R1/draw.csv"] = "room,gov,opp,chair\n1,A,B,Judi\n";
    CHECK_FALSE(read_draw(fs, *t, "R1", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(format_diagnostic(diags.all()[0]) ==
          "rounds/R1/draw.csv:2:4: error: column 'chair': found adjudicator 'Judi'; expected one of adjudicators.csv; "
          "did you mean 'Judy'?");
    CHECK(Catalogue::builtin("ru").describe(diags.all()[0]).find("возможно, вы имели в виду 'Judy'") != std::string::npos);
}

TEST_CASE("draw.toml: method manual reads as manual, an unknown method is an error at its line") {
    MemoryFileSystem fs = two_team_fs();
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    fs.files["rounds/R1/draw.csv"] = "room,gov,opp\n1,A,B\n2,C,D\n";
    fs.files["rounds/R1/draw.toml"] = "round = \"R1\"\nmethod = \"manual\"\nseed = 0\n";
    Diagnostics clean;
    std::optional<Draw> manual = read_draw(fs, *t, "R1", clean);
    REQUIRE(manual);
    CHECK(clean.empty());
    CHECK(manual->method == DrawMethod::manual);

    fs.files["rounds/R1/draw.toml"] = "round = \"R1\"\nmethod = \"swiss\"\nseed = 3\n";
    Diagnostics unknown;
    CHECK_FALSE(read_draw(fs, *t, "R1", unknown));
    REQUIRE(unknown.error_count() == 1);
    CHECK(format_diagnostic(unknown.all().front()) ==
          "rounds/R1/draw.toml:2:10: error: method is 'swiss'; expected one of: power, tabbycat, random, seeded, "
          "round-robin, manual, elimination");
}

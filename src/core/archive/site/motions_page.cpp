// The motions: every round's motion with, once the round's results are released, how often each
// side (two-team) or position (BP) won with it: the share of debates the side won, in a BP
// prelim the share of rooms where the position came first, in an elimination round the share of
// teams on it that went through. A round with several motions shows them together, since a
// debate does not record which one it chose. The same rates are drawn as bars, a group per round.
#include <fmt/format.h>

#include "site.hpp"
#include "tab/render/charts.hpp"

namespace tab::site {

namespace {

// Per side, the percentage of its debates (teams) that won, rounded; nullopt for a side nobody had.
std::vector<std::optional<int>> win_rates(const SiteData& d, const RoundData& r) {
    const size_t sides = d.t.format.sides.size();
    std::vector<int> wins(sides, 0), debates(sides, 0);
    for (const DebateResult& debate : r.results->debates)
        for (const TeamResult& team : debate.teams) {
            const size_t s = static_cast<size_t>(team.side);
            if (s >= sides) continue;
            ++debates[s];
            const bool won = d.t.format.is_bp() && r.round->stage == Stage::prelim ? team.points == 3 : team.win;
            if (won) ++wins[s];
        }
    std::vector<std::optional<int>> out;
    for (size_t s = 0; s < sides; ++s)
        out.push_back(debates[s] ? std::optional<int>((wins[s] * 100 + debates[s] / 2) / debates[s]) : std::nullopt);
    return out;
}

}  // namespace

std::string motions_page(const SiteData& d) {
    std::vector<Column> columns = {{d.c.tr("col.round")}, {d.c.tr("col.motion")}, {d.c.tr("publish.debates"), true}};
    for (size_t s = 0; s < d.t.format.sides.size(); ++s) columns.push_back({d.side(s), true});
    std::vector<std::vector<std::string>> rows;
    std::vector<svg::BarGroup> bars;
    for (const RoundData& r : d.rounds) {
        if (r.round->motions.empty()) continue;
        std::string text;
        for (const Motion& m : r.round->motions) text += (text.empty() ? "" : " / ") + m.text;
        std::vector<std::string> row = {r.round->name, text, ""};
        if (r.released) {
            row[2] = std::to_string(r.results->debates.size());
            bars.push_back({r.round->name, {}});
            const std::vector<std::optional<int>> rates = win_rates(d, r);
            for (size_t s = 0; s < rates.size(); ++s) {
                row.push_back(rates[s] ? fmt::format("{}%", *rates[s]) : "");
                if (rates[s]) bars.back().bars.push_back({d.side(s), static_cast<double>(*rates[s]), row.back()});
            }
        }
        rows.push_back(row);
    }
    std::string figure;
    if (!bars.empty()) figure = svg::horizontal_bars(bars, 100, d.c.tr("publish.motions_figure"), "motion-rates").str();
    return paragraph(d.c.tr(d.t.format.is_bp() ? "publish.motion_rates_bp" : "publish.motion_rates_two_team")) +
           table(columns, rows, "motions") + figure;
}

}  // namespace tab::site

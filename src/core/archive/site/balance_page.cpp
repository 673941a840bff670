// BP position balance: how often each team has been OG, OO, CG and CO in the drawn prelims.
// Positions are public once a round is drawn, so every drawn prelim counts (silent ones too).
// A heat map (the darker, the more often, each count written in its cell) above the table.
#include <algorithm>

#include "site.hpp"
#include "tab/render/charts.hpp"

namespace tab::site {

std::string position_balance(const SiteData& d) {
    const size_t sides = d.t.format.sides.size();
    std::vector<std::vector<int>> counts(d.t.teams.size(), std::vector<int>(sides, 0));
    for (const RoundData& r : d.rounds) {
        if (!r.draw || r.round->stage != Stage::prelim) continue;
        for (const Debate& debate : r.draw->debates)
            for (size_t s = 0; s < debate.teams.size() && s < sides; ++s)
                if (debate.teams[s] >= 0) ++counts[static_cast<size_t>(debate.teams[s])][s];
    }
    std::vector<size_t> order(d.t.teams.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return compare_names(d.t.teams[a].name, d.t.teams[b].name, d.c.lang()) < 0;
    });
    std::vector<Column> columns = {{d.c.tr("col.team")}};
    svg::HeatMap map;
    for (size_t s = 0; s < sides; ++s) {
        columns.push_back({d.side(s), true});
        map.columns.push_back(d.side(s));
    }
    std::vector<std::vector<std::string>> rows;
    for (size_t team : order) {
        std::vector<std::string> row = {d.t.teams[team].name};
        for (int n : counts[team]) row.push_back(std::to_string(n));
        rows.push_back(row);
        map.rows.push_back(d.t.teams[team].name);
        map.counts.push_back(counts[team]);
    }
    return svg::heat_map(map, d.c.tr("publish.balance_figure"), "positions").str() + table(columns, rows, "positions");
}

}  // namespace tab::site

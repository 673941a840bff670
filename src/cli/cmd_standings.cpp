// tab standings teams|speakers|replies [--after ROUND]: the tab (app::standings) as a table,
// ranks shown "2=" for people, a rank and a `tied` column for machines.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/standings.hpp"

namespace tab::cli {
namespace {

Table standings_table(const app::StandingsReport& r, bool for_machines) {
    const bool speakers = r.kind != app::StandingsKind::teams;
    Table table{app::code(r.kind), "", {{"rank", true}}, {}};
    if (for_machines) table.columns.push_back({"tied"});
    if (speakers) table.columns.push_back({"speaker"});
    table.columns.push_back({"team"});
    if (!speakers || for_machines) table.columns.push_back({"institution"});
    for (const std::string& key : r.columns()) table.columns.push_back({key, true});
    for (const app::StandingsLine& line : r.lines) {
        std::vector<Cell> row;
        if (for_machines) {
            row.push_back(optional_cell(line.rank));
            row.push_back(Cell::of(std::string(line.tied ? "true" : "false")));
        } else {
            row.push_back(Cell::of(rank_text(Ranking{line.rank.value_or(0), line.tied})));
        }
        if (speakers) row.push_back(Cell::of(line.speaker));
        row.push_back(Cell::of(line.team));
        if (!speakers || for_machines) row.push_back(Cell::of(line.institution));
        for (const MetricValue& v : line.metrics) row.push_back(metric_cell(v, for_machines));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

int run_standings(Context& ctx, const StandingsViewOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    const app::StandingsRequest request{app::parse_standings_kind(o.table).value_or(app::StandingsKind::teams), o.after};
    std::optional<app::StandingsReport> r = app::standings(*t, ctx.fs(), request, diags);
    if (!r) return ctx.finish(diags);
    ctx.report(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else ctx.print(standings_table(*r, is_machine_format(ctx.format())));
    return exit_code::ok;
}

}  // namespace tab::cli

// tab standings teams|speakers|replies [--after ROUND]: the tab (app::standings) as a table,
// ranks shown "2=" for people, a rank and a `tied` column for machines; the team tab adds a
// column per break category with each team's liveness (safe / live / dead) once there is one.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/standings.hpp"

namespace tab::cli {
namespace {

std::string liveness_key(const app::LivenessColumn& c) { return "liveness_" + c.category; }

Table standings_table(const app::StandingsReport& r, bool for_machines, const Catalogue& cat) {
    const bool speakers = r.kind != app::StandingsKind::teams;
    Table table{app::code(r.kind), "", {{"rank", true}}, {}};
    if (for_machines) table.columns.push_back({"tied"});
    if (speakers) table.columns.push_back({"speaker"});
    table.columns.push_back({"team"});
    if (!speakers || for_machines) table.columns.push_back({"institution"});
    for (const std::string& key : r.columns()) table.columns.push_back({key, true});
    for (const app::LivenessColumn& c : r.liveness) table.columns.push_back({liveness_key(c)});
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
        for (const std::optional<Liveness>& status : line.liveness)
            row.push_back(!status        ? Cell::none()
                          : for_machines ? Cell::of(std::string(code_text(*status)))
                                         : Cell::of(cat.tr("liveness." + std::string(code_text(*status)))));
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
    if (ctx.format() == OutputFormat::json) {
        ctx.print(app::to_json(*r).dump(2) + "\n");
        return exit_code::ok;
    }
    // A liveness column is headed by its category's name: "Live (Open)".
    Catalogue cat = ctx.catalogue();
    for (const app::LivenessColumn& c : r->liveness)
        cat.override_entry("col." + liveness_key(c), format_message(cat.tr("col.liveness"), {{"category", c.name}}));
    ctx.print({standings_table(*r, is_machine_format(ctx.format()), cat)}, cat);
    return exit_code::ok;
}

}  // namespace tab::cli

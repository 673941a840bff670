// tab results ROUND: each debate's outcome (app::results) as a table, or as JSON with every speech.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/results.hpp"

namespace tab::cli {
namespace {

// People read the translated side and result ("Win", or the BP place) and votes as "2/3";
// machines read codes and one number per cell.
Table results_table(const app::RoundResultsReport& r, const Catalogue& cat, bool for_machines) {
    Table table{"debates", "", {{"room", true}, {"side"}, {"team"}, {"result"}}, {}};
    if (for_machines) table.columns.push_back({"place", true});
    for (const char* key : {"points", "total", "margin", "votes"}) table.columns.push_back({key, true});
    if (for_machines) table.columns.push_back({"panel", true});
    for (const app::DebateLine& d : r.debates)
        for (const app::TeamLine& team : d.teams) {
            std::string result;
            if (for_machines) result = team.outcome ? app::code(*team.outcome) : "";
            else if (team.outcome) result = cat.tr(*team.outcome == app::Outcome::win ? "protocol.win" : "protocol.loss");
            else if (team.place) result = std::to_string(*team.place);
            else result = "-";
            std::vector<Cell> row = {Cell::of(d.room), Cell::of(for_machines ? team.side : cat.tr("side." + team.side)),
                                     Cell::of(team.team), Cell::of(result)};
            if (for_machines) row.push_back(optional_cell(team.place));
            row.push_back(optional_cell(team.points));
            row.push_back(team.total ? number_cell(*team.total) : Cell::none());
            row.push_back(team.margin ? number_cell(*team.margin) : Cell::none());
            if (for_machines) {
                row.push_back(optional_cell(team.votes));
                row.push_back(optional_cell(team.panel));
            } else {
                row.push_back(team.votes ? Cell::of(std::to_string(*team.votes) + "/" + std::to_string(*team.panel)) : Cell::none());
            }
            table.rows.push_back(std::move(row));
        }
    return table;
}

}  // namespace

int run_results(Context& ctx, const ResultsOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::RoundResultsReport> r = app::results(*t, ctx.fs(), {o.round}, diags);
    if (!r) return ctx.finish(diags);
    ctx.report(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else ctx.print(results_table(*r, ctx.catalogue(), is_machine_format(ctx.format())));
    return exit_code::ok;
}

}  // namespace tab::cli

// tab simulate ROUND [--seed N] [--force]: parse, call the core (tab/app/simulate.hpp); "wrote …"
// on stderr, and with --format json|csv|tsv what was written on stdout.
#include "commands.hpp"
#include "tab/app/simulate.hpp"

namespace tab::cli {

int run_simulate(Context& ctx, const SimulateOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::SimulateResult> result = app::simulate_round(*t, ctx.fs(), {o.round, o.seed, o.force}, diags);
    if (!result) return ctx.finish(diags);
    if (ctx.format() == OutputFormat::json) {
        ctx.print(app::to_json(*result).dump(2) + "\n");
    } else if (ctx.format() == OutputFormat::csv || ctx.format() == OutputFormat::tsv) {
        ctx.print(Table{"simulated", "", {{"round"}, {"path"}, {"seed", true}, {"sheets", true}, {"rooms", true}},
                        {{Cell::of(result->round), Cell::of(result->path), Cell::of(std::to_string(result->seed)),
                          Cell::of(result->sheets), Cell::of(result->rooms)}}});
    }
    const Catalogue cat = ctx.catalogue();
    ctx.note(format_message(cat.tr("note.simulated"), {{"path", ctx.path(result->path)},
                                                       {"sheets", cat.count("count.sheet", result->sheets)},
                                                       {"rooms", cat.count("count.room", result->rooms)}}));
    return ctx.finish(diags);
}

}  // namespace tab::cli

// tab simulate ROUND [--seed N] [--force]: plausible random ballots for a drawn round, written to
// rounds/<ROUND>/ballots.csv (never over an existing file without --force).
#include "commands.hpp"
#include "tab/base/rng.hpp"
#include "tab/ballots/simulate.hpp"

namespace tab::cli {

int run_simulate(Context& ctx, const SimulateOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    if (int code = ctx.check_round(*t, o.round, true)) return code;
    const std::string path = ballots_path(o.round);
    if (ctx.fs().exists(path) && !o.force) {
        ctx.error(path + " exists; use --force to replace it with simulated ballots");
        return exit_code::refused_overwrite;
    }
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(ctx.fs(), *t, o.round, diags);
    ctx.report(diags);
    if (!draw) return exit_code::invalid_input;
    const uint64_t seed = o.seed.value_or(derive_seed(t->seed, "simulate/" + o.round));
    BallotFile ballots = simulate_ballots(*t, *draw, seed);
    std::string error;
    if (!ctx.fs().write_atomic(path, ballots_to_csv(*t, *draw, ballots), &error)) {
        ctx.error("cannot write " + path + ": " + error);
        return exit_code::cannot;
    }
    ctx.print("wrote " + path + " (" + std::to_string(ballots.sheets.size()) + " sheets for " +
              std::to_string(draw->debates.size()) + " rooms)\n");
    return exit_code::ok;
}

}  // namespace tab::cli

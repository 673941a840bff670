// tab ballots check ROUND: every problem in rounds/<ROUND>/ballots.csv, then the rooms whose
// ballots are still missing. Exit 1 if any problem is an error.
#include "commands.hpp"
#include "tab/ballots/ballots.hpp"

namespace tab::cli {

int run_ballots_check(Context& ctx, const BallotsCheckOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    if (int code = ctx.check_round(*t, o.round, true)) return code;
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(ctx.fs(), *t, o.round, diags);
    if (!draw) {
        ctx.report(diags);
        return exit_code::invalid_input;
    }
    if (!ctx.fs().exists(ballots_path(o.round))) {
        ctx.error(o.round + " has no ballots yet (" + ballots_path(o.round) + ")");
        return exit_code::cannot;
    }
    BallotFile ballots = read_ballots(ctx.fs(), *t, *draw, diags);
    check_ballots(*t, *draw, ballots, diags);
    diags.sort_by_position();
    int errors = ctx.report(diags);
    std::vector<int> missing = rooms_missing_ballots(*draw, ballots);
    std::string text = o.round + ": " + std::to_string(draw->debates.size() - missing.size()) + " of " +
                       std::to_string(draw->debates.size()) + " rooms have a confirmed ballot";
    if (!missing.empty()) {
        text += "; missing:";
        for (int room : missing) text += " " + std::to_string(room);
    }
    text += errors > 0 ? "; " + std::to_string(errors) + " error(s)\n" : "; no errors\n";
    ctx.print(text);
    return errors > 0 ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace tab::cli

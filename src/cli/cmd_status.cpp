// tab status: for each round, whether it is drawn and how many ballots are in, then the one
// thing the director should do next.
#include "commands.hpp"
#include "tab/ballots/ballots.hpp"

namespace tab::cli {

int run_status(Context& ctx, const StatusOptions&) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Table table{"rounds", "", {{"round"}, {"stage"}, {"draw"}, {"ballots"}, {"note"}}, {}};
    std::string next;
    for (const Round& round : t->rounds) {
        const std::string stage = round.stage == Stage::prelim ? "prelim" : "elimination";
        if (!ctx.fs().exists(draw_path(round.id))) {
            table.rows.push_back({Cell::of(round.id), Cell::of(stage), Cell::of(std::string("no")), Cell::none(), Cell::none()});
            if (next.empty())
                next = round.stage == Stage::prelim ? "draw " + round.id + ": tab draw " + round.id
                                                    : "break and draw " + round.id + ": tab break, then tab draw " + round.id;
            continue;
        }
        Diagnostics diags;
        std::optional<Draw> draw = read_draw(ctx.fs(), *t, round.id, diags);
        if (!draw) {
            table.rows.push_back({Cell::of(round.id), Cell::of(stage), Cell::of(std::string("invalid")), Cell::none(),
                                  Cell::of(std::string("run tab check"))});
            if (next.empty()) next = "fix " + draw_path(round.id) + " (tab check)";
            continue;
        }
        BallotFile ballots = read_ballots(ctx.fs(), *t, *draw, diags);
        check_ballots(*t, *draw, ballots, diags);
        const size_t rooms = draw->debates.size();
        const size_t in = rooms - rooms_missing_ballots(*draw, ballots).size();
        std::string note = diags.has_errors() ? std::to_string(diags.error_count()) + " problem(s) in ballots" : "";
        table.rows.push_back({Cell::of(round.id), Cell::of(stage), Cell::of(std::string("yes")),
                              Cell::of(std::to_string(in) + "/" + std::to_string(rooms)), Cell::of(note)});
        if (next.empty() && diags.has_errors()) next = "fix the ballots of " + round.id + ": tab ballots check " + round.id;
        else if (next.empty() && in < rooms) next = "enter the ballots of " + round.id + " (" + ballots_path(round.id) + ")";
    }
    if (next.empty()) next = "all rounds are drawn and every ballot is in: tab standings, tab awards";
    ctx.print(table);
    if (ctx.format() == OutputFormat::text) ctx.print("next: " + next + "\n");
    return exit_code::ok;
}

}  // namespace tab::cli

// tab replay [DIR]: parse, call the core (tab/app/replay.hpp), present the result. Exit 5 when
// the result has differences (the core decides what is one), else the first failure's code.
#include "commands.hpp"
#include "tab/app/replay.hpp"
#include "tab/draw/draw_document.hpp"

namespace tab::cli {
namespace {

Table rounds_table(const app::ReplayResult& r) {
    Table table{"rounds", "", {{"round"}, {"stage"}, {"draw"}, {"seed"}, {"ballot_errors", true}, {"standings_same"}}, {}};
    for (const app::ReplayRound& round : r.rounds)
        table.rows.push_back({Cell::of(round.round), Cell::of(std::string(stage_code(round.stage))),
                              Cell::of(std::string(app::draw_check_code(round.draw))),
                              round.seed ? Cell::of(std::to_string(*round.seed)) : Cell::none(), Cell::of(round.ballot_errors),
                              round.standings_same ? Cell::of(std::string(*round.standings_same ? "true" : "false")) : Cell::none()});
    return table;
}

}  // namespace

int run_replay(Context& ctx, const ReplayOptions& o) {
    if (!o.dir.empty()) {
        GlobalOptions options = ctx.options();
        options.dir = o.dir;
        Context inner(options);
        return run_replay(inner, ReplayOptions{});
    }
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::ReplayResult> result =
        app::replay(*t, ctx.fs(), diags, [&](int done, int total) { ctx.progress(ctx.catalogue().tr("status.replaying"), done, total); });
    if (!result) return ctx.finish(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result).dump(2) + "\n");
    else if (ctx.format() == OutputFormat::csv || ctx.format() == OutputFormat::tsv) ctx.print(rounds_table(*result));
    else {
        const Catalogue cat = ctx.catalogue();
        ctx.print(format_message(cat.tr("replay.summary"),
                                 {{"draws", cat.count("count.draw", result->draws_made_again)},
                                  {"tables", cat.count("count.standings_table", result->standings_tables)},
                                  {"differences", cat.count("count.difference", static_cast<long long>(result->differences.size()))}}) +
                  "\n");
    }
    for (const app::ReplayDifference& d : result->differences) ctx.error(d.message);
    const int code = ctx.finish(diags);
    return result->has_differences() ? exit_code::replay_mismatch : code;
}

}  // namespace tab::cli

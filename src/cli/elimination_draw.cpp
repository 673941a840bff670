// tab draw ROUND for an elimination round: see elimination_draw.hpp.
#include "elimination_draw.hpp"

#include "tab/breaks/elimination.hpp"
#include "tab/base/rng.hpp"

namespace tab::cli {

int run_elimination_draw(Context& ctx, const Tournament& t, const Round& round, std::optional<uint64_t> seed,
                         bool dry_run, bool force) {
    if (ctx.fs().exists(draw_path(round.id)) && !force && !dry_run) {
        ctx.error(draw_path(round.id) + " exists; use --force to draw round " + round.id + " again");
        return exit_code::refused_overwrite;
    }
    uint64_t round_seed = seed ? *seed
                               : round.settings.has("seed") ? static_cast<uint64_t>(round.settings.get_int("seed"))
                                                            : derive_seed(t.seed, "draw:" + round.id);
    Diagnostics diags;
    EliminationDraw e = generate_elimination_draw(t, ctx.fs(), round.id, round_seed, diags);
    ctx.report(diags);
    if (e.status == EliminationStatus::invalid) return exit_code::invalid_input;
    if (e.status == EliminationStatus::prerequisite_missing) return exit_code::cannot;
    if (!dry_run) {
        std::string error;
        if (!write_draw(ctx.fs(), t, e.draw, &error)) {
            ctx.error("cannot write " + draw_path(round.id) + ": " + error);
            return exit_code::internal;
        }
    }
    const Catalogue cat = ctx.catalogue();
    Table rooms{"debates", cat.tr("col.round") + " " + round.id + " (elimination)", {{"room", true}}, {}};
    for (const std::string& side : t.format.sides) rooms.columns.push_back({side});
    rooms.columns.push_back({"flags"});
    for (const Debate& d : e.draw.debates) {
        std::vector<Cell> row{Cell::of(d.room)};
        for (int team : d.teams) row.push_back(Cell::of(t.teams[static_cast<size_t>(team)].name));
        std::string flags;
        for (const std::string& f : d.flags) flags += (flags.empty() ? "" : "; ") + f;
        row.push_back(Cell::of(flags));
        rooms.rows.push_back(std::move(row));
    }
    ctx.print(rooms);
    for (const std::string& note : e.notes) ctx.warn(note);
    return exit_code::ok;
}

}  // namespace tab::cli

// tab allocate ROUND: adjudicators and venues into a round's draw (see tab/allocation/allocation.hpp for
// the rules and src/core/allocation/panels.cpp for the method). Refuses to replace panels that
// are already in the draw without --force (they may be a director's hand-made allocation);
// reports every room where the hard rules cannot all hold and exits 4; checks the result once
// more before writing it.
#include <algorithm>

#include <fmt/format.h>

#include "commands.hpp"
#include "tab/allocation/allocation.hpp"
#include "tab/model/draw.hpp"

namespace tab::cli {
namespace {

std::string names(const Tournament& t, const std::vector<int>& adjudicators) {
    std::string out;
    for (int a : adjudicators) out += (out.empty() ? "" : "; ") + t.adjudicators[static_cast<size_t>(a)].name;
    return out;
}

std::string teams_of(const Tournament& t, const Draw& draw, int room) {
    std::string out;
    for (const Debate& d : draw.debates)
        for (int team : d.teams)
            if (d.room == room && team >= 0) out += (out.empty() ? "" : ", ") + t.teams[static_cast<size_t>(team)].name;
    return out;
}

bool has_panels(const Draw& d) {
    for (const Debate& debate : d.debates)
        if (debate.chair >= 0 || !debate.panellists.empty() || !debate.trainees.empty()) return true;
    return false;
}

// One row per room: venue, chair, panellists, trainees.
Table summary_table(const Tournament& t, const AllocationOutcome& out, const Catalogue& cat) {
    Table table{"allocation", format_message(cat.tr("title.allocation"), {{"round", out.draw.round}}),
                {{"room", true}, {"venue"}, {"chair"}, {"panellists"}, {"trainees"}}, {}};
    for (const Debate& d : out.draw.debates)
        table.rows.push_back({Cell::of(d.room), Cell::of(d.venue), Cell::of(names(t, {d.chair})), Cell::of(names(t, d.panellists)),
                              Cell::of(names(t, d.trainees))});
    return table;
}

// One row per member: rank of the room, role, strength (blended with feedback); the room's
// trade-offs on its first row and on rows of their own.
Table explain_table(const Tournament& t, const AllocationInputs& in, const AllocationOutcome& out, const Catalogue& cat) {
    Table table{"allocation", format_message(cat.tr("title.allocation"), {{"round", out.draw.round}}),
                {{"room", true}, {"rank", true}, {"venue"}, {"role"}, {"adjudicator"}, {"strength", true}, {"note"}}, {}};
    for (size_t r = 0; r < out.draw.debates.size(); ++r) {
        const Debate& d = out.draw.debates[r];
        const RoomReport& report = out.rooms[r];
        std::vector<std::pair<std::string, int>> members{{"role.chair", d.chair}};
        for (int p : d.panellists) members.push_back({"role.panellist", p});
        for (int p : d.trainees) members.push_back({"role.trainee", p});
        const size_t lines = std::max(members.size(), report.trade_offs.size());
        for (size_t i = 0; i < lines; ++i) {
            std::vector<Cell> row{Cell::of(d.room), Cell::of(report.rank), Cell::of(i == 0 ? d.venue : std::string())};
            if (i < members.size() && members[i].second >= 0) {
                const size_t a = static_cast<size_t>(members[i].second);
                row.insert(row.end(), {Cell::of(cat.tr(members[i].first)), Cell::of(t.adjudicators[a].name), Cell::of(in.strength[a], 1)});
            } else {
                row.insert(row.end(), {Cell::none(), Cell::none(), Cell::none()});
            }
            row.push_back(i < report.trade_offs.size() ? Cell::of(report.trade_offs[i]) : Cell::none());
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

}  // namespace

int allocate_round(Context& ctx, const Tournament& t, const Round& round, const Draw& draw, const AllocateOptions& o) {
    if (has_panels(draw) && !o.force && !o.dry_run) {
        ctx.error(draw_path(round.id) + " already has adjudicators (perhaps placed by hand); use --force to allocate round " +
                  round.id + " again");
        return exit_code::refused_overwrite;
    }
    Diagnostics diags;
    std::optional<AllocationInputs> in = load_allocation_inputs(t, ctx.fs(), draw, diags);
    if (ctx.report(diags) > 0 || !in) return exit_code::invalid_input;
    AllocationOutcome out = allocate(t, draw, *in, allocation_settings(t, round));
    for (const RoomProblem& p : out.problems) ctx.error(fmt::format("round {}, room {} ({}): {}", round.id, p.room, teams_of(t, draw, p.room), p.reason));
    if (!out.problems.empty()) {
        ctx.error(fmt::format("cannot allocate round {}: the hard rules cannot all hold in {} room{}", round.id,
                              out.problems.size(), out.problems.size() == 1 ? "" : "s"));
        return exit_code::cannot;
    }
    std::vector<std::string> broken = verify_allocation(t, out.draw, in->available);
    for (const std::string& b : broken) ctx.error("internal error: the allocation breaks a rule: " + b);
    if (!broken.empty()) return exit_code::internal;
    for (const std::string& w : out.warnings) ctx.warn(w);
    if (!o.dry_run) {
        std::string error;
        if (!write_draw(ctx.fs(), t, out.draw, &error)) {
            ctx.error("cannot write " + draw_path(round.id) + ": " + error);
            return exit_code::cannot;
        }
    }
    const Catalogue cat = ctx.catalogue();
    ctx.print(o.explain ? explain_table(t, *in, out, cat) : summary_table(t, out, cat));
    if (!out.unused.empty())
        ctx.warn(fmt::format("{} adjudicator{} not allocated: {}", out.unused.size(), out.unused.size() == 1 ? "" : "s",
                             names(t, out.unused)));
    return exit_code::ok;
}

int run_allocate(Context& ctx, const AllocateOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    const int r = t->find_round(o.round);
    if (r < 0) {
        ctx.error("no round '" + o.round + "' in tournament.toml");
        return exit_code::invalid_input;
    }
    const Round& round = t->rounds[static_cast<size_t>(r)];
    if (!ctx.fs().exists(draw_path(round.id))) {
        ctx.error("round " + round.id + " has no draw yet: run tab draw " + round.id + " first");
        return exit_code::cannot;
    }
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(ctx.fs(), *t, round.id, diags);
    if (ctx.report(diags) > 0 || !draw) return exit_code::invalid_input;
    return allocate_round(ctx, *t, round, *draw, o);
}

}  // namespace tab::cli

// tab allocate (tab/app/allocate.hpp): the rules are in tab/allocation/allocation.hpp and the method
// in src/core/allocation/panels.cpp; here the refusal to replace panels, the problems as
// failures, the check of the result before it is written, and the typed details of --explain.
#include "tab/app/allocate.hpp"

#include <stdexcept>

#include "tab/allocation/allocation.hpp"
#include "tab/app/rounds.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

std::string names(const Tournament& t, const std::vector<int>& adjudicators) {
    std::string out;
    for (int a : adjudicators) out += (out.empty() ? "" : ", ") + t.adjudicators[static_cast<size_t>(a)].name;
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

RoomAllocation room_allocation(const Tournament& t, const AllocationInputs& in, const Debate& d, const RoomReport& report) {
    RoomAllocation room{d.room, report.rank, {}, report.trade_offs};
    auto add = [&](PanelRole role, int a) {
        if (a >= 0) room.members.push_back({role, t.adjudicators[static_cast<size_t>(a)].name, in.strength[static_cast<size_t>(a)]});
    };
    add(PanelRole::chair, d.chair);
    for (int p : d.panellists) add(PanelRole::panellist, p);
    for (int p : d.trainees) add(PanelRole::trainee, p);
    return room;
}

}  // namespace

const char* role_code(PanelRole role) {
    switch (role) {
        case PanelRole::chair: return "chair";
        case PanelRole::panellist: return "panellist";
        case PanelRole::trainee: return "trainee";
    }
    return "chair";
}

std::optional<AllocateResult> allocate_draw(const Tournament& t, FileSystem& fs, const Round& round, const Draw& draw,
                                            const AllocateRequest& request, Diagnostics& diags) {
    if (has_panels(draw) && !request.force && !request.dry_run) {
        diags.fail(Failure::refused_overwrite, message("diag.allocate.already", {{"file", draw_path(round.id)}, {"round", round.id}}));
        return std::nullopt;
    }
    const int errors_before = diags.error_count();
    std::optional<AllocationInputs> in = load_allocation_inputs(t, fs, draw, diags);
    if (!in || diags.error_count() > errors_before) return std::nullopt;
    AllocationOutcome out = allocate(t, draw, *in, allocation_settings(t, round));
    for (const RoomProblem& p : out.problems)
        diags.fail(Failure::cannot, message("diag.allocate.room",
                                            {{"round", round.id}, {"room", std::to_string(p.room)}, {"teams", teams_of(t, draw, p.room)}},
                                            {{"reason", &p.reason}}));
    if (!out.problems.empty()) {
        diags.fail(Failure::cannot, message("diag.allocate.infeasible", {{"round", round.id}, {"n", std::to_string(out.problems.size())}}));
        return std::nullopt;
    }
    std::vector<std::string> broken = verify_allocation(t, out.draw, in->available);
    if (!broken.empty()) throw std::logic_error("the allocation breaks a rule: " + broken.front());
    for (const Message& w : out.warnings) diags.warning("", 0, 0, w);
    if (!out.unused.empty())
        diags.warning("", 0, 0, message("diag.allocate.unused", {{"n", std::to_string(out.unused.size())}, {"names", names(t, out.unused)}}));
    AllocateResult result;
    if (!request.dry_run) {
        if (!write_draw(fs, t, out.draw, diags)) return std::nullopt;
        result.written = true;
    }
    result.draw = draw_document(t, &round, out.draw);
    for (size_t r = 0; r < out.draw.debates.size(); ++r) result.rooms.push_back(room_allocation(t, *in, out.draw.debates[r], out.rooms[r]));
    for (int a : out.unused) result.unused.push_back(t.adjudicators[static_cast<size_t>(a)].name);
    return result;
}

std::optional<AllocateResult> allocate_round(const Tournament& t, FileSystem& fs, const AllocateRequest& request, Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round || (!request.dry_run && !lock_for_writing(fs, diags))) return std::nullopt;
    std::optional<Draw> draw = stored_draw(t, fs, *round, diags);
    if (!draw) return std::nullopt;
    return allocate_draw(t, fs, *round, *draw, request, diags);
}

nlohmann::ordered_json to_json(const AllocateResult& result, bool explain) {
    nlohmann::ordered_json doc = to_json(result.draw, false);
    if (!explain) return doc;
    for (size_t r = 0; r < result.rooms.size(); ++r) {
        const RoomAllocation& room = result.rooms[r];
        nlohmann::ordered_json members = nlohmann::ordered_json::array();
        for (const PanelMember& m : room.members)
            members.push_back({{"role", role_code(m.role)}, {"adjudicator", m.adjudicator}, {"strength", m.strength}});
        doc["rooms"][r]["allocation"] = {{"rank", room.rank}, {"members", members}, {"trade_offs", english_texts(room.trade_offs)}};
    }
    return doc;
}

}  // namespace tab::app

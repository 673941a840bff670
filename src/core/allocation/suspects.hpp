// The rooms of a round where an adjudicator is not a plain choice: a room with a team they
// conflict with or judged before, or with a seated adjudicator they conflict with. Found from
// the adjudicator's own lists (conflicts, institution, history) instead of by testing every
// room, so that preparing a layer of seats costs time linear in rooms + adjudicators +
// conflicts, not rooms x adjudicators. Every other room is plain: the adjudicator may sit there
// and has judged none of its teams.
#pragma once

#include <cstddef>
#include <vector>

#include "tab/allocation/allocation.hpp"

namespace tab::allocation {

class SuspectRooms {
public:
    SuspectRooms(const Tournament& t, const AllocationInputs& in, const Draw& draw);

    // The debates (indices into the draw) where adjudicator a may conflict with a team, may have
    // judged a team, or sits with an adjudicator a conflicts with, given room_of (per
    // adjudicator: the debate they are seated in, or -1). Ascending, each once; a superset: the
    // caller decides each listed room exactly.
    std::vector<size_t> of(int a, const std::vector<int>& room_of) const;

private:
    const Tournament& t_;
    const AllocationInputs& in_;
    std::vector<std::vector<size_t>> rooms_of_team_;        // per team: the debates it is drawn in
    std::vector<std::vector<int>> teams_of_institution_;    // per institution: its teams
    std::vector<std::vector<int>> linked_;                  // per adjudicator: who lists them or whom they list
};

}  // namespace tab::allocation

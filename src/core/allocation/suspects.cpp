// Suspect rooms (see suspects.hpp). The conflict rules are those of conflicts.cpp: a team
// conflicts when it is listed, or its institution is the adjudicator's own or a conflicted one;
// two adjudicators conflict when either lists the other. History counts the teams judged before.
#include "suspects.hpp"

#include <algorithm>

namespace tab::allocation {

SuspectRooms::SuspectRooms(const Tournament& t, const AllocationInputs& in, const Draw& draw)
    : t_(t), in_(in), rooms_of_team_(t.teams.size()), teams_of_institution_(t.institutions.size()),
      linked_(t.adjudicators.size()) {
    for (size_t r = 0; r < draw.debates.size(); ++r)
        for (int team : draw.debates[r].teams)
            if (team >= 0) rooms_of_team_[static_cast<size_t>(team)].push_back(r);
    for (size_t team = 0; team < t.teams.size(); ++team)
        if (t.teams[team].institution >= 0)
            teams_of_institution_[static_cast<size_t>(t.teams[team].institution)].push_back(static_cast<int>(team));
    for (size_t a = 0; a < t.adjudicators.size(); ++a)
        for (int b : t.adjudicators[a].adjudicator_conflicts) {
            linked_[a].push_back(b);
            linked_[static_cast<size_t>(b)].push_back(static_cast<int>(a));
        }
}

std::vector<size_t> SuspectRooms::of(int a, const std::vector<int>& room_of) const {
    const Adjudicator& adj = t_.adjudicators[static_cast<size_t>(a)];
    std::vector<size_t> rooms;
    auto add_team = [&](int team) {
        if (team < 0) return;
        const auto& in = rooms_of_team_[static_cast<size_t>(team)];
        rooms.insert(rooms.end(), in.begin(), in.end());
    };
    auto add_institution = [&](int inst) {
        if (inst >= 0)
            for (int team : teams_of_institution_[static_cast<size_t>(inst)]) add_team(team);
    };
    for (int team : adj.team_conflicts) add_team(team);
    add_institution(adj.institution);
    for (int inst : adj.institution_conflicts) add_institution(inst);
    for (int team : in_.judged[static_cast<size_t>(a)]) add_team(team);
    for (int b : linked_[static_cast<size_t>(a)])
        if (room_of[static_cast<size_t>(b)] >= 0) rooms.push_back(static_cast<size_t>(room_of[static_cast<size_t>(b)]));
    std::sort(rooms.begin(), rooms.end());
    rooms.erase(std::unique(rooms.begin(), rooms.end()), rooms.end());
    return rooms;
}

}  // namespace tab::allocation

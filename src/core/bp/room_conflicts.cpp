// Optional conflict avoidance for BP draws outside WUDC rules: same-institution teams and teams
// that have met before are kept apart where that costs nothing in position balance.
//
// Problem. Such costs depend on which teams share a room, not on one team's slot, so they are
// not part of the position assignment. The WUDC rules forbid using them at all; some circuits
// want them. Positions stay optimal: two teams holding the same position in two rooms of the
// same bracket may trade rooms (each still allowed by its new room), which leaves every team's
// position and bracket, and so the total position cost, unchanged.
//
// Algorithm. Room cost = institution_penalty x same-institution pairs + history_penalty x earlier
// meetings, in thousandths (int64). Passes over the pairs of rooms of each bracket in random
// order, for each position, swap when the two rooms' cost strictly falls; stop when a pass
// changes nothing (each swap lowers a non-negative integer total, so this ends). A local
// optimum, not a global one.
//
// Example: rooms A = (X1, Y1, Z1, W1) and B = (X2, X3, Z2, W2) where X1, X2, X3 share an
// institution: A has no clash, B has one pair. Swapping the OG teams X1 and X2 gives A one pair
// and B one pair: worse. Swapping the OO teams Y1 and X3 gives A (X1, X3) and B none: no gain.
// No swap of this pair of rooms helps; a third room's OG team could take X2's place.
#include <algorithm>
#include <cmath>

#include "bp/bp_generator.hpp"

namespace tab::bp {

int same_institution_pairs(const DrawRequest& request, const DrawnRoom& room) {
    int pairs = 0;
    for (size_t a = 0; a < room.teams.size(); ++a) {
        for (size_t b = a + 1; b < room.teams.size(); ++b) {
            const std::string& inst = request.teams[room.teams[a]].institution;
            pairs += !inst.empty() && inst == request.teams[room.teams[b]].institution;
        }
    }
    return pairs;
}

int earlier_meetings(const DrawRequest& request, const DrawnRoom& room) {
    int met = 0;
    for (size_t a = 0; a < room.teams.size(); ++a) {
        const std::vector<std::string>& opponents = request.teams[room.teams[a]].opponents;
        for (size_t b = a + 1; b < room.teams.size(); ++b) {
            met += static_cast<int>(std::count(opponents.begin(), opponents.end(), request.teams[room.teams[b]].id));
        }
    }
    return met;
}

void reduce_room_conflicts(const DrawRequest& request, const BpOptions& options, const std::vector<RoomSpec>& specs,
                           Rng& rng, std::vector<DrawnRoom>& rooms) {
    const int64_t institution_weight = std::llround(options.institution_penalty * 1000);
    const int64_t history_weight = std::llround(options.history_penalty * 1000);
    auto room_cost = [&](const DrawnRoom& room) {
        return institution_weight * same_institution_pairs(request, room) + history_weight * earlier_meetings(request, room);
    };
    std::vector<std::pair<int, int>> candidates;  // pairs of rooms in the same bracket
    for (size_t a = 0; a < rooms.size(); ++a) {
        for (size_t b = a + 1; b < rooms.size() && rooms[b].bracket == rooms[a].bracket; ++b) {
            candidates.emplace_back(static_cast<int>(a), static_cast<int>(b));
        }
    }
    rng.shuffle(candidates);
    for (bool changed = true; changed;) {
        changed = false;
        for (auto [a, b] : candidates) {
            for (int s = 0; s < 4; ++s) {
                DrawnRoom& ra = rooms[a];
                DrawnRoom& rb = rooms[b];
                double pa = request.teams[ra.teams[s]].points, pb = request.teams[rb.teams[s]].points;
                if (!specs[a].allows(pb) || !specs[b].allows(pa)) continue;
                int64_t before = room_cost(ra) + room_cost(rb);
                std::swap(ra.teams[s], rb.teams[s]);
                if (room_cost(ra) + room_cost(rb) < before) {
                    std::vector<bool>::swap(ra.pullups[s], rb.pullups[s]);
                    changed = true;
                } else {
                    std::swap(ra.teams[s], rb.teams[s]);
                }
            }
        }
    }
}

}  // namespace tab::bp

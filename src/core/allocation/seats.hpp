// Private pieces shared by the adjudicator and venue allocators: the order of rooms by
// importance, and one "layer" of seats filled by the assignment solver.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "tab/model/draw.hpp"
#include "tab/solve/assignment.hpp"

namespace tab::allocation {

// Leaving a seat empty costs more than any real choice, and more in a more important room (one
// step per place in the room order), so that when the pool runs short the least important rooms
// are the ones left wanting.
inline constexpr int64_t empty_seat_cost = 1'000'000'000'000'000;  // 1e15
inline constexpr int64_t empty_seat_step = 1'000'000'000;           // per place in the room order

// A soft cost (strength, history) of one seat never exceeds this, whatever the settings, so that
// no sum of soft costs over a round (up to 1000 rooms) outweighs one empty seat: a preference can
// never leave a room without a chair it could have had.
inline constexpr int64_t soft_cost_cap = 100'000'000'000;  // 1e11

// weight * amount + more, saturated to 0..soft_cost_cap (huge or negative settings included).
int64_t soft_cost(int64_t weight, int64_t amount, int64_t more = 0);

// Rooms ranked by importance, then bracket (both higher first). Equal keys share a rank.
struct RoomOrder {
    std::vector<int> rank;            // per debate: 1 = the most important
    std::vector<int64_t> weight;      // per debate: 1 (least important) .. 101 (most)
    std::vector<size_t> by_importance;  // debate indices, most important first (room number breaks ties)
};
RoomOrder order_rooms(const Draw& draw, const std::vector<int>& importance);

// Replaces `out` with the candidates seat s may take and their costs (col = the candidate), in
// candidate order. fill_seats asks again whenever its solver needs a seat's candidates, so that
// no list of every (seat, candidate) pair is ever held: each call must give the same answer.
using SeatOptions = std::function<void(size_t seat, std::vector<AssignmentPair>& out)>;

// Fills each of `empty_cost.size()` seats with at most one of `candidates`, no candidate twice,
// at least total cost, where leaving seat s empty costs empty_cost[s]. Returns per seat the
// candidate, or -1 if empty.
std::vector<int> fill_seats(int candidates, const std::vector<int64_t>& empty_cost, const SeatOptions& options);

}  // namespace tab::allocation

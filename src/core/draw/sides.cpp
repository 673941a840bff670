// Sides of a two-team room, after the pairing is made (DOMAIN.md §3; Tabbycat pairing.py).
// balance: the team with the larger gov − opp goes opposition; equal histories are settled by
// a coin from the round's seed. random: a coin. preallocated: each team's allocated side.
// A format's max_side_imbalance is respected whenever one orientation keeps both teams within it.
#include "methods.hpp"
#include "rooms.hpp"
#include "tab/base/rng.hpp"

namespace tab {

void order_sides(const DrawRequest& req, DrawnRoom& room, Rng& rng) {
    SideAllocation rule = req.side_allocation();
    int& first = room.teams[0];
    int& second = room.teams[1];
    if (rule == SideAllocation::preallocated) {
        if (req.teams[first].allocated_side == 1 || req.teams[second].allocated_side == 0) std::swap(first, second);
        return;
    }
    int limit = req.max_side_imbalance();
    auto within = [&](int gov, int opp) {
        return limit <= 0 || (side_imbalance_after(req, gov, 0) <= limit && side_imbalance_after(req, opp, 1) <= limit);
    };
    if (within(first, second) != within(second, first)) {
        if (!within(first, second)) std::swap(first, second);
        return;
    }
    if (rule == SideAllocation::random) {
        if (rng.coin()) std::swap(first, second);
        return;
    }
    auto lean = [&](int team) {
        const std::vector<int>& h = req.teams[team].side_history;
        return h.size() >= 2 ? h[0] - h[1] : 0;
    };
    if (lean(first) > lean(second) || (lean(first) == lean(second) && rng.coin())) std::swap(first, second);
}

DrawnRoom plain_room(const DrawRequest& req, int a, int b, Rng& rng) {
    DrawnRoom room;
    room.teams = {a, b};
    room.pullups = {false, false};
    order_sides(req, room, rng);
    annotate_room(req, room);
    return room;
}

}  // namespace tab

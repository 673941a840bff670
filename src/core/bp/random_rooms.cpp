// Random BP rooms (round 1): random, but with as few same-institution rooms as possible.
//
// Problem. School leagues send several teams per school; a random cut of the field into fours
// puts two of one school together in most rounds 1. Any partition into rooms is a fair random
// draw, so we may choose one without clashes when one exists.
//
// Fewest clashes. With R rooms, an institution of c teams adds the fewest pairs when its teams
// are spread as evenly as possible: c mod R rooms get ⌈c/R⌉ of them, the rest ⌊c/R⌋. Those
// minima are reached for every institution at once by listing the teams institution by
// institution and dealing them round the rooms (team k to room k mod R): each institution is a
// run of consecutive teams, and a run of c goes to c consecutive rooms mod R. So a clash-free
// draw exists exactly when no institution has more teams than there are rooms.
//
// Algorithm. Shuffle and cut into fours (as without institutions); then trade teams between
// rooms while that lowers the rooms' weight (room_conflicts.cpp), which also keeps earlier
// meetings apart when a later round is drawn at random. If the same-institution pairs are still
// above the fewest possible, deal instead: institutions in the order of their first team in the
// shuffle, each institution's teams in shuffled order, round the rooms, positions shuffled in
// each room. Every step draws from the round's Rng, so the draw is reproducible.
//
// Example: 24 teams from 8 schools of 3, 6 rooms. A shuffle almost always puts two of a school
// together; no school has more than 6 teams, so the result has none.
#include <algorithm>
#include <map>

#include "bp/bp_generator.hpp"

namespace tab::bp {

namespace {

DrawnRoom room_of(const DrawRequest& request, std::vector<int> teams) {
    DrawnRoom room;
    room.teams = std::move(teams);
    room.pullups.assign(4, false);
    for (int t : room.teams) room.bracket = std::max(room.bracket, request.teams[t].points);
    return room;
}

int institution_pairs(const DrawRequest& request, const std::vector<DrawnRoom>& rooms) {
    int pairs = 0;
    for (const DrawnRoom& room : rooms) pairs += same_institution_pairs(request, room);
    return pairs;
}

// The teams dealt institution by institution round the rooms (see above).
std::vector<DrawnRoom> dealt_by_institution(const DrawRequest& request, const std::vector<int>& shuffled, Rng& rng) {
    std::map<std::string, size_t> rank;  // institution -> place of its first team in the shuffle
    auto rank_of = [&](int t) {
        const std::string& inst = request.teams[t].institution;
        // A team without an institution is an institution of its own: its place is its own.
        std::string key = inst.empty() ? "\x01" + request.teams[t].id : inst;
        return rank.emplace(key, rank.size()).first->second;
    };
    std::vector<std::pair<size_t, int>> listed;
    for (int t : shuffled) listed.emplace_back(rank_of(t), t);
    std::stable_sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const size_t room_count = shuffled.size() / 4;
    std::vector<std::vector<int>> teams(room_count);
    for (size_t k = 0; k < listed.size(); ++k) teams[k % room_count].push_back(listed[k].second);
    std::vector<DrawnRoom> rooms;
    for (std::vector<int>& room : teams) {
        rng.shuffle(room);
        rooms.push_back(room_of(request, room));
    }
    return rooms;
}

}  // namespace

DrawOutcome draw_random(const DrawRequest& request, const BpOptions& options, Rng& rng) {
    std::vector<int> order(request.teams.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    rng.shuffle(order);
    DrawOutcome outcome;
    for (size_t i = 0; i + 4 <= order.size(); i += 4) {
        outcome.rooms.push_back(room_of(request, {order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(i) + 4}));
    }
    ConflictWeights weights(request, options);
    if (!weights.active()) return outcome;
    improve_by_swaps(weights, [](int, int, int, int) { return true; }, outcome.rooms);
    if (options.institution_penalty > 0 &&
        institution_pairs(request, outcome.rooms) > fewest_institution_pairs(request, static_cast<int>(outcome.rooms.size()))) {
        outcome.rooms = dealt_by_institution(request, order, rng);
    }
    for (DrawnRoom& room : outcome.rooms) room.bracket = room_of(request, room.teams).bracket;
    return outcome;
}

}  // namespace tab::bp

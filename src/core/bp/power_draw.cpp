// WUDC power pairing for BP: rooms by brackets, positions by an exact assignment.
//
// Problem. Teams are ranked by points. The rules fix which teams may share a room (brackets with
// pull-ups, bp_rooms.cpp) and leave the rooms otherwise random; the one thing a director may
// optimise is position balance. So: place every team in a (room, position) slot its points allow,
// minimising the sum of the position costs (position_cost.cpp).
//
// Algorithm. This is exactly an assignment problem: rows are teams, columns are the 4 x rooms
// slots, and a team's cost for a slot depends only on the position. Two reductions keep it
// small, both exact. Sparse: only slots of rooms that admit the team's points are allowed pairs,
// about two brackets' worth per team instead of the whole field. Capacities: the rooms of one
// group (same bracket, same allowed points) are interchangeable, so "position s in group g" is
// one column whose capacity is the group's room count: 4000 teams give about 80 columns and
// 8 pairs per team, where the slot matrix has 16 million entries. The teams found for
// (g, s) are then dealt to the group's rooms, one per room. Following Tabbycat's
// "hungarian_preshuffled", rows and columns are permuted at random from the seed before solving:
// the solver is deterministic, so the permutation decides which of the many optimal draws is
// returned, and the deal in that random order decides which room of the bracket each team and
// each pull-up lands in. The optimum itself does not depend on it.
//
// Pull-ups. The lower bracket's teams are all equally eligible; which ones go up falls out of
// the same assignment (a pull-up is chosen where it balances positions best, ties at random),
// never from speaks or rank. With avoid_repeat_pullups (WUDC since 2020) a pulled-up team costs
// M x (times pulled up before), where M exceeds the total position cost of any draw: the
// assignment first pulls up teams that have not been pulled up, then balances positions.
//
// Rooms. Same-institution rooms and rematches (institution_penalty, history_penalty) are then
// lowered among the draws of exactly this position cost (conflict_redeal.cpp).
//
// Example: 8 teams, points 3,3,3,1,1,1,1,1, all with history (1,1,0,0) except one 1-point team
// with (0,0,1,1). The 3s need one pull-up from the five 1s. Each room needs a CG and a CO taker;
// the (0,0,1,1) team costs least in OG or OO, so the optimum puts it in OG/OO of either room
// and the other teams' CG/CO slots are filled by the rest; ties among the equal teams are random.
#include <algorithm>
#include <fmt/format.h>

#include "bp/bp_generator.hpp"
#include "tab/solve/assignment.hpp"
#include "tab/translate/translate.hpp"

namespace tab::bp {

namespace {

// Identity or, with preshuffle, a random permutation of 0..n-1.
std::vector<int> order_of(size_t n, bool shuffle, Rng& rng) {
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
    if (shuffle) rng.shuffle(order);
    return order;
}

}  // namespace

std::optional<DrawOutcome> draw_power(const DrawRequest& request, const BpOptions& options, Rng& rng,
                                      Diagnostics& diags) {
    const std::vector<TeamState>& teams = request.teams;
    const size_t n = teams.size();
    std::vector<double> points;
    for (const TeamState& t : teams) points.push_back(t.points);
    std::vector<RoomSpec> specs = define_rooms(options.pullup, points);

    // Each team's four position costs, and the largest, to size the pull-up weight.
    std::vector<std::array<int64_t, 4>> cost(n);
    int64_t largest = 0;
    int most_pullups = 0;
    for (size_t t = 0; t < n; ++t) {
        for (int s = 0; s < 4; ++s) {
            cost[t][s] = scaled_position_cost(options.cost, history_of(teams[t]), s);
            largest = std::max(largest, cost[t][s]);
        }
        most_pullups = std::max(most_pullups, teams[t].pullups);
    }
    const long double limit = 4e18L;  // leaves room for the solver's distances
    long double worst_total = static_cast<long double>(largest) * static_cast<long double>(n + 1);
    int64_t pullup_weight = 0;
    if (options.avoid_repeat_pullups && most_pullups > 0) {
        pullup_weight = static_cast<int64_t>(worst_total) + 1;
        worst_total += static_cast<long double>(pullup_weight) * most_pullups * static_cast<long double>(n);
    }
    if (worst_total > limit) {
        diags.error("", 0, 0, message("diag.draw.exponent", {{"exponent", fmt::format("{}", options.cost.exponent)}}));
        return std::nullopt;
    }

    // Rooms with the same spec are interchangeable: one column per (group, position), its
    // capacity the group's room count. Teams are dealt into the group's rooms afterwards.
    std::vector<size_t> group_start;  // first room of each group
    for (size_t r = 0; r < specs.size(); ++r) {
        if (r == 0 || specs[r].level != specs[r - 1].level || specs[r].allowed != specs[r - 1].allowed) {
            group_start.push_back(r);
        }
    }
    group_start.push_back(specs.size());
    const size_t groups = group_start.size() - 1;
    std::vector<int> row_of_team = order_of(n, options.preshuffle, rng);
    std::vector<int> col_of_slot = order_of(4 * groups, options.preshuffle, rng);
    AssignmentProblem problem(static_cast<int>(n), static_cast<int>(4 * groups));
    for (size_t g = 0; g < groups; ++g) {
        const RoomSpec& spec = specs[group_start[g]];
        for (int s = 0; s < 4; ++s) {
            problem.set_capacity(col_of_slot[4 * g + s], static_cast<int>(group_start[g + 1] - group_start[g]));
        }
        for (size_t t = 0; t < n; ++t) {
            if (!spec.allows(teams[t].points)) continue;
            int64_t pullup = teams[t].points < spec.level ? pullup_weight * teams[t].pullups : 0;
            for (int s = 0; s < 4; ++s) problem.allow(row_of_team[t], col_of_slot[4 * g + s], cost[t][s] + pullup);
        }
    }
    std::optional<Assignment> solution = solve_assignment(problem);
    if (!solution) {
        diags.error("", 0, 0, message("diag.draw.bp_no_assignment"));
        return std::nullopt;
    }

    // The teams of each (group, position), in row order (random when preshuffled), dealt to rooms.
    std::vector<int> slot_of_col(4 * groups);
    for (size_t slot = 0; slot < slot_of_col.size(); ++slot) slot_of_col[col_of_slot[slot]] = static_cast<int>(slot);
    std::vector<int> team_of_row(n);
    for (size_t t = 0; t < n; ++t) team_of_row[row_of_team[t]] = static_cast<int>(t);
    std::vector<std::vector<int>> dealt(4 * groups);
    for (size_t row = 0; row < n; ++row) dealt[slot_of_col[solution->col_of_row[row]]].push_back(team_of_row[row]);
    DrawOutcome outcome;
    outcome.rooms.resize(specs.size());
    for (size_t g = 0; g < groups; ++g) {
        for (int s = 0; s < 4; ++s) {
            const std::vector<int>& members = dealt[4 * g + s];
            for (size_t k = 0; k < members.size(); ++k) {
                DrawnRoom& room = outcome.rooms[group_start[g] + k];
                room.teams.resize(4, -1);
                room.pullups.resize(4, false);
                room.bracket = specs[group_start[g]].level;
                room.teams[s] = members[k];
                room.pullups[s] = teams[members[k]].points < room.bracket;
            }
        }
    }
    ConflictWeights weights(request, options);
    if (weights.active()) {
        PlacementCosts placement{cost, std::vector<int64_t>(n), &points};
        for (size_t t = 0; t < n; ++t) placement.pullup[t] = pullup_weight * teams[t].pullups;
        reduce_room_conflicts(weights, specs, placement, outcome.rooms);
    }
    return outcome;
}

}  // namespace tab::bp

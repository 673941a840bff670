// WUDC power pairing for BP: rooms by brackets, positions by an exact assignment.
//
// Problem. Teams are ranked by points. The rules fix which teams may share a room (brackets with
// pull-ups, bp_rooms.cpp) and leave the rooms otherwise random; the one thing a director may
// optimise is position balance. So: place every team in a (room, position) slot its points allow,
// minimising the sum of the position costs (position_cost.cpp).
//
// Algorithm. This is exactly an assignment problem: rows are teams, columns are the 4 x rooms
// slots, and a team's cost for a slot depends only on the position. Only the slots of rooms
// that admit the team's points are allowed pairs, so the sparse solver (assignment.cpp) sees
// about two brackets' worth of slots per team instead of the whole field. Following Tabbycat's
// "hungarian_preshuffled", rows and columns are permuted at random from the seed before solving:
// the solver is deterministic, so the permutation decides which of the many optimal draws is
// returned, and which rooms of a bracket a team and its pull-ups land in. The optimum itself
// does not depend on it.
//
// Pull-ups. The lower bracket's teams are all equally eligible; which ones go up falls out of
// the same assignment (a pull-up is chosen where it balances positions best, ties at random),
// never from speaks or rank. With avoid_repeat_pullups (WUDC since 2020) a pulled-up team costs
// M x (times pulled up before), where M exceeds the total position cost of any draw: the
// assignment first pulls up teams that have not been pulled up, then balances positions.
//
// Example: 8 teams, points 3,3,3,1,1,1,1,1, all with history (1,1,0,0) except one 1-point team
// with (0,0,1,1). The 3s need one pull-up from the five 1s. Each room needs a CG and a CO taker;
// the (0,0,1,1) team costs least in OG or OO, so the optimum puts it in OG/OO of either room
// and the other teams' CG/CO slots are filled by the rest; ties among the equal teams are random.
#include <algorithm>
#include <fmt/format.h>

#include "bp/bp_generator.hpp"
#include "tab/assignment.hpp"

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
        diags.error("", 0, 0, fmt::format("position costs with exponent {} are too large to compare exactly; "
                                          "use a smaller [draw] exponent", options.cost.exponent));
        return std::nullopt;
    }

    std::vector<int> row_of_team = order_of(n, options.preshuffle, rng);
    std::vector<int> col_of_slot = order_of(4 * specs.size(), options.preshuffle, rng);
    AssignmentProblem problem(static_cast<int>(n), static_cast<int>(4 * specs.size()));
    for (size_t r = 0; r < specs.size(); ++r) {
        for (size_t t = 0; t < n; ++t) {
            if (!specs[r].allows(teams[t].points)) continue;
            int64_t pullup = teams[t].points < specs[r].level ? pullup_weight * teams[t].pullups : 0;
            for (int s = 0; s < 4; ++s) problem.allow(row_of_team[t], col_of_slot[4 * r + s], cost[t][s] + pullup);
        }
    }
    std::optional<Assignment> solution = solve_assignment(problem);
    if (!solution) {
        diags.error("", 0, 0, "internal error: the BP rooms admit no assignment of teams");
        return std::nullopt;
    }

    std::vector<int> slot_of_col(4 * specs.size());
    for (size_t slot = 0; slot < slot_of_col.size(); ++slot) slot_of_col[col_of_slot[slot]] = static_cast<int>(slot);
    DrawOutcome outcome;
    outcome.rooms.resize(specs.size());
    for (size_t r = 0; r < specs.size(); ++r) {
        outcome.rooms[r].teams.assign(4, -1);
        outcome.rooms[r].pullups.assign(4, false);
        outcome.rooms[r].bracket = specs[r].level;
    }
    for (size_t t = 0; t < n; ++t) {
        int slot = slot_of_col[solution->col_of_row[row_of_team[t]]];
        DrawnRoom& room = outcome.rooms[slot / 4];
        room.teams[slot % 4] = static_cast<int>(t);
        room.pullups[slot % 4] = teams[t].points < room.bracket;
    }
    if (options.institution_penalty > 0 || options.history_penalty > 0) {
        reduce_room_conflicts(request, options, specs, rng, outcome.rooms);
    }
    return outcome;
}

}  // namespace tab::bp

// The `round-robin` method: every team meets every other exactly once over n − 1 rounds
// (n rounds and one bye each when n is odd), for small leagues.
//
// Algorithm (the circle method): list the teams in a fixed order (their order in the
// tournament's teams file), adding an empty seat when n is odd. Round r keeps the first team in
// place and rotates the others r − 1 steps; seat i meets seat n − 1 − i, and the team facing the
// empty seat has the bye. Rounds beyond n − 1 start the cycle again.
// Example, 4 teams A B C D: R1 A–D B–C, R2 A–C D–B, R3 A–B C–D.
// Sides are balanced by history like every other method.
#include <algorithm>
#include <numeric>

#include "methods.hpp"
#include "rooms.hpp"
#include "tab/base/rng.hpp"

namespace tab {

std::optional<DrawOutcome> generate_round_robin_draw(const DrawRequest& req, Diagnostics& diags) {
    int n = static_cast<int>(req.teams.size());
    if (n < 2) {
        cannot_draw(req, message("diag.draw.round_robin_two"), diags);
        return std::nullopt;
    }
    std::vector<int> seats(n);
    std::iota(seats.begin(), seats.end(), 0);
    std::stable_sort(seats.begin(), seats.end(), [&](int a, int b) { return req.teams[a].team < req.teams[b].team; });
    if (n % 2 != 0) seats.push_back(-1);
    int m = static_cast<int>(seats.size());
    int rotation = (std::max(1, req.round_number) - 1) % (m - 1);
    std::rotate(seats.begin() + 1, seats.end() - rotation, seats.end());

    Rng rng(req.seed);
    DrawOutcome outcome;
    for (int i = 0; i < m / 2; ++i) {
        int a = seats[i], b = seats[m - 1 - i];
        if (a < 0 || b < 0) {
            outcome.byes.push_back(a < 0 ? b : a);
            continue;
        }
        outcome.rooms.push_back(plain_room(req, a, b, rng));
    }
    outcome.quality = summarize_quality(req, outcome);
    return outcome;
}

}  // namespace tab

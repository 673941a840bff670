// The `random` method: rooms at random, with rematches and institution clashes avoided where
// any draw can avoid them.
//
// Algorithm: shuffle the teams with the round's seed, then take the minimum-cost perfect
// matching where a pair costs rematches × n³ + clash × n² + (distance in the shuffled order − 1).
// The last term is below n² in total, so it never outweighs a clash; it makes the shuffled
// neighbours (1st v 2nd, 3rd v 4th, ...) the draw whenever they have no conflict, so the draw is
// as random as the shuffle. Candidate pairs are the 16 nearest in the shuffled order; the
// complete graph is used when that leaves a conflict or no perfect matching.
// Example: shuffled A B C D with A, B of one institution: A v B costs n² = 16, so the matching
// takes A v C, B v D (costs 1 and 1).
#include <algorithm>
#include <numeric>

#include "methods.hpp"
#include "rooms.hpp"
#include "tab/solve/matching.hpp"
#include "tab/base/rng.hpp"

namespace tab {

std::optional<DrawOutcome> generate_random_draw(const DrawRequest& req, Diagnostics& diags) {
    int n = static_cast<int>(req.teams.size());
    Rng rng(req.seed);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(order);

    const int64_t clash_weight = static_cast<int64_t>(n) * n;
    const int64_t rematch_weight = clash_weight * n;
    auto conflicts = [&](int a, int b) {
        return int64_t{std::max(meetings(req, a, b), meetings(req, b, a))} * rematch_weight +
               int64_t{institution_clash(req, a, b)} * clash_weight;
    };
    std::optional<std::vector<int>> mate;
    for (int radius : {16, n}) {
        std::vector<MatchingEdge> edges;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n && j - i <= radius; ++j)
                edges.push_back({i, j, conflicts(order[i], order[j]) + (j - i - 1)});
        mate = min_cost_perfect_matching(n, edges);
        bool clean = mate.has_value();
        for (int i = 0; clean && i < n; ++i) clean = conflicts(order[i], order[(*mate)[i]]) == 0;
        if (clean) break;
    }
    if (!mate) {
        cannot_draw(req, message("diag.draw.no_pairing"), diags);
        return std::nullopt;
    }
    DrawOutcome outcome;
    for (int i = 0; i < n; ++i) {
        if (i > (*mate)[i]) continue;
        outcome.rooms.push_back(plain_room(req, order[i], order[(*mate)[i]], rng));
    }
    outcome.quality = summarize_quality(req, outcome);
    return outcome;
}

}  // namespace tab

// Which pairs the `power` draw hands to the matching solver, and how it checks the rest.
//
// The draw is a least-cost perfect matching over all pairs of teams, solved by pricing
// (priced_matching.cpp): a sparse graph first, then whatever pairs the dual solution says could
// still improve it. This file supplies both halves for the cost of power_cost.cpp.
//
// Candidates. Teams are in standings order, so brackets are runs of consecutive teams.
//  - Every pair of neighbours in the standings, i and i+1: these alone hold a perfect matching
//    (0-1, 2-3, ...), so the sparse graph always has one.
//  - For each team, its kCheapest cheapest partners in its own bracket, in the bracket above and
//    in the bracket below. An optimal draw pairs within brackets and pulls up across one
//    boundary unless a hard constraint or a rematch forces more; a team's partner in it is
//    nearly always among its few cheapest there.
// These cost one evaluation per pair of teams at most one bracket apart, and leave about
// 4 × kCheapest pairs per team.
//
// Pricing. Given the potentials y, a pair u, v must be reported if 4 cost(u, v) + y_u + y_v < 0.
// Pairs at most one bracket apart are priced one by one at their exact cost. Brackets further
// apart are priced in bulk: no pair d brackets apart costs less than the cost floor (a pull-up
// of d brackets costs d² × weight_pullup), so if 4 × floor + y_u + min y over that bracket is
// at least 0, no pair of u with it needs a look. Only when that bound fails (a rematch or a
// hard constraint makes a long pull-up worth it) are its pairs priced one by one. With negative
// weights there is no floor and every pair is priced.
// Example: 400 teams after five rounds fall in 6 brackets. The candidates are some 5,000 of the
// 80,000 pairs; two or three rounds of pricing add a few hundred and prove the draw optimal,
// each round pricing the 52,000 pairs at most one bracket apart and skipping the rest in bulk.
#include "power_graph.hpp"

#include <algorithm>

namespace tab {

namespace {

constexpr int kCheapest = 4;

// First team of each bracket, and one past the last team as the end of the last bracket.
std::vector<int> bracket_starts(const PowerCostModel& model, int n) {
    std::vector<int> starts;
    for (int t = 0; t < n; ++t)
        if (t == 0 || model.bracket_of(t) != model.bracket_of(t - 1)) starts.push_back(t);
    starts.push_back(n);
    return starts;
}

}  // namespace

std::vector<MatchingEdge> power_candidates(const PowerCostModel& model, int n) {
    std::vector<MatchingEdge> edges;
    for (int t = 0; t + 1 < n; ++t) edges.push_back({t, t + 1, model.cost(t, t + 1)});

    // cheapest[t][side]: t's cheapest partners in the bracket above (0), its own (1), below (2).
    std::vector<std::vector<std::vector<MatchingEdge>>> cheapest(n, std::vector<std::vector<MatchingEdge>>(3));
    auto by_cost = [](const MatchingEdge& x, const MatchingEdge& y) {
        return x.cost != y.cost ? x.cost < y.cost : std::minmax(x.u, x.v) < std::minmax(y.u, y.v);
    };
    auto offer = [&](std::vector<MatchingEdge>& best, const MatchingEdge& e) {
        if (static_cast<int>(best.size()) == kCheapest && !by_cost(e, best.back())) return;
        if (static_cast<int>(best.size()) == kCheapest) best.pop_back();
        best.insert(std::upper_bound(best.begin(), best.end(), e, by_cost), e);
    };
    std::vector<int> starts = bracket_starts(model, n);
    for (int a = 0; a < n; ++a) {
        int k = model.bracket_of(a);
        int end = starts[std::min(k + 2, static_cast<int>(starts.size()) - 1)];
        for (int b = a + 1; b < end; ++b) {
            MatchingEdge e{a, b, model.cost(a, b)};
            int below = model.bracket_of(b) - k;  // 0 or 1
            offer(cheapest[a][1 + below], e);
            offer(cheapest[b][1 - below], e);
        }
    }
    for (const auto& sides : cheapest)
        for (const auto& best : sides) edges.insert(edges.end(), best.begin(), best.end());
    return edges;
}

PairPricer power_pricer(const PowerCostModel& model, int n) {
    return [&model, n](const std::vector<int64_t>& y, std::vector<MatchingEdge>& out) {
        std::vector<int> starts = bracket_starts(model, n);
        int brackets = static_cast<int>(starts.size()) - 1;
        std::vector<int64_t> lowest(brackets);
        for (int k = 0; k < brackets; ++k) lowest[k] = *std::min_element(y.begin() + starts[k], y.begin() + starts[k + 1]);
        for (int a = 0; a < n; ++a) {
            int ka = model.bracket_of(a);
            for (int k = ka; k < brackets; ++k) {
                std::optional<int64_t> floor = model.cost_floor(k - ka);
                if (k - ka > 1 && floor && kDualScale * *floor + y[a] + lowest[k] >= 0) continue;
                for (int b = std::max(a + 1, starts[k]); b < starts[k + 1]; ++b) {
                    int64_t cost = model.cost(a, b);
                    if (kDualScale * cost + y[a] + y[b] < 0) out.push_back({a, b, cost});
                }
            }
        }
    };
}

}  // namespace tab

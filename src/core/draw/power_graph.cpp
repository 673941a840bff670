// Which pairs the `power` draw hands to the matching solver, and how it checks the rest.
//
// The draw is a least-cost perfect matching over all pairs of teams, solved by pricing
// (priced_matching.cpp): a sparse graph first, then whatever pairs the dual solution says could
// still improve it. This file supplies both halves for the cost of power_cost.cpp.
//
// Candidates. Teams are in standings order, so brackets are runs of consecutive teams.
//  - Every pair of neighbours in the standings, i and i+1: these alone hold a perfect matching
//    (0-1, 2-3, ...), so the sparse graph always has one.
//  - For each team, its kCheapestWithin = 8 cheapest partners in its own bracket, and its
//    kCheapestAcross = 1 cheapest in the bracket above and in the bracket below. An optimal draw
//    pairs within brackets and pulls up across one boundary unless a hard constraint or a
//    rematch forces more; a team's partner in it is nearly always among its few cheapest there,
//    and the few pull-ups it makes are the cheapest ones or are found by pricing.
// These cost one evaluation per pair of teams at most one bracket apart, and leave about ten
// pairs per team. More candidates mean slower solves, fewer mean more rounds of pricing. On the
// benchmark's fields of 400 to 4000 teams, 8 within was fastest, and 1 across solved as many
// rounds as 8 across on half the edges, in half the time.
//
// Pricing. Given the potentials y, a pair u, v must be reported if 4 cost(u, v) + y_u + y_v < 0.
// No pair d brackets apart costs less than the cost floor of power_cost.cpp (about d² ×
// weight_pullup), so for team u only the partners v in that bracket with
// y_v < −y_u − 4 × floor can qualify: with each bracket's teams sorted by potential, they are a
// prefix of the list. In it, a pair whose pull-up and pairing terms (the model's cheap lower
// bound) already make 4 × bound + y_u + y_v ≥ 0 is skipped; only the rest are priced at their
// exact cost. Brackets far away usually have an empty prefix; a long pull-up is looked at only
// when the duals say a rematch or a hard constraint might make it pay. With negative weights
// there is no floor and no bound, and every pair is priced.
// Example: 400 teams after five rounds fall in 6 brackets. The candidates are some 4,400 of
// the 80,000 pairs; two rounds of pricing add some 750 and prove the draw optimal, each
// reporting about 23,000 of the 52,000 pairs at most one bracket apart and none further apart.
#include "power_graph.hpp"

#include <algorithm>

namespace tab {

namespace {

constexpr int kCheapestWithin = 8;
constexpr int kCheapestAcross = 1;

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
    auto offer = [&](std::vector<MatchingEdge>& best, const MatchingEdge& e, int keep) {
        if (static_cast<int>(best.size()) == keep && !by_cost(e, best.back())) return;
        if (static_cast<int>(best.size()) == keep) best.pop_back();
        best.insert(std::upper_bound(best.begin(), best.end(), e, by_cost), e);
    };
    std::vector<int> starts = bracket_starts(model, n);
    for (int a = 0; a < n; ++a) {
        int k = model.bracket_of(a);
        int end = starts[std::min(k + 2, static_cast<int>(starts.size()) - 1)];
        for (int b = a + 1; b < end; ++b) {
            MatchingEdge e{a, b, model.cost(a, b)};
            int below = model.bracket_of(b) - k;  // 0 or 1
            int keep = below == 0 ? kCheapestWithin : kCheapestAcross;
            offer(cheapest[a][1 + below], e, keep);
            offer(cheapest[b][1 - below], e, keep);
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
        // Each bracket's teams by potential, lowest first: a team's possible partners there are
        // a prefix of the list.
        std::vector<std::vector<int>> by_potential(brackets);
        for (int k = 0; k < brackets; ++k) {
            std::vector<int>& teams = by_potential[k];
            for (int t = starts[k]; t < starts[k + 1]; ++t) teams.push_back(t);
            std::stable_sort(teams.begin(), teams.end(), [&](int p, int q) { return y[p] < y[q]; });
        }
        for (int a = 0; a < n; ++a) {
            int ka = model.bracket_of(a);
            for (int k = ka; k < brackets; ++k) {
                std::optional<int64_t> floor = model.cost_floor(k - ka);
                for (int b : by_potential[k]) {
                    if (floor && kDualScale * *floor + y[a] + y[b] >= 0) break;
                    if (b <= a) continue;
                    std::optional<int64_t> bound = model.cost_lower_bound(a, b);
                    if (bound && kDualScale * *bound + y[a] + y[b] >= 0) continue;
                    int64_t cost = model.cost(a, b);
                    if (kDualScale * cost + y[a] + y[b] < 0) out.push_back({a, b, cost});
                }
            }
        }
    };
}

}  // namespace tab

// A least-cost perfect matching of a complete graph, solved on a sparse graph and proven exact.
//
// Problem: the `power` draw wants the best perfect matching over all n(n−1)/2 pairs of teams,
// but the blossom solver is slow on the dense graph of a large field: within a bracket many
// pairs cost nearly the same, and the solver's work grows with the edges it must keep in
// order. Yet an optimal draw uses few of the pairs; most are far from anything a good draw does.
//
// Method (pricing, as in column generation; Derigs and Metz, "Solving (large scale) matching
// problems combinatorially", 1991): solve on a sparse graph of candidate pairs, which the caller
// chooses so that it holds a perfect matching and, ideally, the optimum. Edmonds' algorithm
// returns with the matching a solution of the dual linear programme: a potential y per vertex
// and a value z ≥ 0 per blossom (an odd set of vertices), with a reduced cost
//     r(u, v) = 4 cost(u, v) + y_u + y_v + Σ z over the blossoms holding both u and v
// that is at least 0 on every edge of the sparse graph and 0 on every matched edge (the 4 is
// LEMON's integer scaling). If r(u, v) ≥ 0 for every pair of the complete graph too, the same
// duals are feasible there, and they bound every perfect matching of the complete graph from
// below by the cost of ours (weak duality): ours is optimal, exactly, in integers. Otherwise the
// pairs with r < 0 are the ones that could improve the draw; add them (the most negative first,
// a few per vertex, so the graph stays small) and solve again. Every round adds at least one
// new pair, so the loop ends, at worst on the complete graph.
// The caller prices pairs with y alone (r without blossoms): z ≥ 0, so that finds every pair
// with r < 0, and here the blossoms clear the ones that are not. The caller can skip whole
// groups of pairs at once from a lower bound on their cost (e.g. two brackets apart).
// Example: four teams; 0-1 and 2-3 cost 10 each, 0-2 and 1-3 cost 0, and the candidates are
// 0-1, 2-3 and 1-2. The sparse optimum is 0-1, 2-3 (cost 20), with r(0, 1) = r(2, 3) = 0, that
// is y0 + y1 = y2 + y3 = −40. So r(0, 2) + r(1, 3) = 4 × 0 + y0 + y1 + y2 + y3 = −80: pricing
// finds a negative pair and adds it, and again a round later, until the solve returns 0-2, 1-3
// (cost 0), whose duals price every pair at r ≥ 0.
#include <algorithm>

#include "tab/solve/matching.hpp"

namespace tab {

namespace {

// Pairs added per vertex and round: enough to repair a sparse optimum in a few rounds, few
// enough that the graph stays sparse.
constexpr int kAddedPerVertex = 4;

// Σ z over the blossoms holding both u and v. chain[v] lists v's blossoms from the innermost
// out; blossoms nest, so the common ones are the common tail of the two lists.
int64_t shared_blossom_value(const std::vector<std::vector<int>>& chain, const std::vector<DualBlossom>& blossoms,
                             int u, int v) {
    int64_t sum = 0;
    auto a = chain[u].rbegin(), b = chain[v].rbegin();
    for (; a != chain[u].rend() && b != chain[v].rend() && *a == *b; ++a, ++b) sum += blossoms[*a].value;
    return sum;
}

// The priced pairs whose reduced cost, blossoms included, is negative: at most kAddedPerVertex
// per vertex, the most negative first (ties by vertex numbers, so the result is deterministic).
std::vector<MatchingEdge> violated_pairs(int n, const MatchingWithDuals& solution, const std::vector<MatchingEdge>& priced) {
    std::vector<std::vector<int>> chain(n);
    for (int b = 0; b < static_cast<int>(solution.blossoms.size()); ++b)
        for (int v : solution.blossoms[b].members) chain[v].push_back(b);
    struct Violation {
        int64_t reduced;
        MatchingEdge edge;
    };
    std::vector<Violation> found;
    for (const MatchingEdge& e : priced) {
        int64_t reduced = kDualScale * e.cost + solution.potential[e.u] + solution.potential[e.v];
        if (reduced < 0) reduced += shared_blossom_value(chain, solution.blossoms, e.u, e.v);
        if (reduced < 0 && e.u != e.v) found.push_back({reduced, e});
    }
    std::sort(found.begin(), found.end(), [](const Violation& x, const Violation& y) {
        return x.reduced != y.reduced ? x.reduced < y.reduced
                                      : std::minmax(x.edge.u, x.edge.v) < std::minmax(y.edge.u, y.edge.v);
    });
    std::vector<int> added(n, 0);
    std::vector<MatchingEdge> out;
    for (const Violation& v : found) {
        if (added[v.edge.u] >= kAddedPerVertex && added[v.edge.v] >= kAddedPerVertex) continue;
        ++added[v.edge.u];
        ++added[v.edge.v];
        out.push_back(v.edge);
    }
    return out;
}

}  // namespace

std::optional<std::vector<int>> min_cost_perfect_matching_priced(int n, std::vector<MatchingEdge> candidates,
                                                                 const PairPricer& price) {
    std::vector<MatchingEdge> priced;
    for (;;) {
        std::optional<MatchingWithDuals> solution = min_cost_perfect_matching_with_duals(n, candidates);
        if (!solution) return std::nullopt;
        priced.clear();
        price(solution->potential, priced);
        std::vector<MatchingEdge> added = violated_pairs(n, *solution, priced);
        if (added.empty()) return std::move(solution->mate);
        candidates.insert(candidates.end(), added.begin(), added.end());
    }
}

}  // namespace tab

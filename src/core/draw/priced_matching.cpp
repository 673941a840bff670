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

// The blossoms as a forest: a blossom's parent is the smallest blossom holding it (blossoms nest
// or are disjoint). Σ z over the blossoms holding both u and v is the sum of z from the innermost
// blossom holding both out to its root: the lowest common ancestor of u's and v's innermost
// blossoms, found by binary lifting in O(log depth). (Walking both chains from the root costs
// the depth per pair, and a large field nests blossoms hundreds deep.)
class BlossomForest {
public:
    BlossomForest(int n, const std::vector<DualBlossom>& blossoms)
        : innermost_(static_cast<size_t>(n), -1), depth_(blossoms.size(), 0), sum_(blossoms.size(), 0) {
        const int count = static_cast<int>(blossoms.size());
        std::vector<int> parent(blossoms.size(), -1), largest(static_cast<size_t>(n), -1);
        for (int b = 0; b < count; ++b)  // inner blossoms come before the blossoms holding them
            for (int v : blossoms[static_cast<size_t>(b)].members) {
                int& held = largest[static_cast<size_t>(v)];
                if (held < 0) innermost_[static_cast<size_t>(v)] = b;
                else if (parent[static_cast<size_t>(held)] < 0) parent[static_cast<size_t>(held)] = b;
                held = b;
            }
        for (int b = count - 1; b >= 0; --b) {
            const int p = parent[static_cast<size_t>(b)];
            depth_[static_cast<size_t>(b)] = p < 0 ? 0 : depth_[static_cast<size_t>(p)] + 1;
            sum_[static_cast<size_t>(b)] = blossoms[static_cast<size_t>(b)].value + (p < 0 ? 0 : sum_[static_cast<size_t>(p)]);
        }
        up_.push_back(std::move(parent));
        for (size_t k = 1; (size_t{1} << k) <= blossoms.size(); ++k) {
            std::vector<int> next(blossoms.size(), -1);
            for (size_t b = 0; b < blossoms.size(); ++b)
                if (const int half = up_[k - 1][b]; half >= 0) next[b] = up_[k - 1][static_cast<size_t>(half)];
            up_.push_back(std::move(next));
        }
    }

    int64_t shared_value(int u, int v) const {
        int x = innermost_[static_cast<size_t>(u)], y = innermost_[static_cast<size_t>(v)];
        if (x < 0 || y < 0) return 0;
        if (depth_[static_cast<size_t>(x)] < depth_[static_cast<size_t>(y)]) std::swap(x, y);
        for (size_t k = up_.size(); k-- > 0;)
            if (const int a = up_[k][static_cast<size_t>(x)]; a >= 0 && depth_[static_cast<size_t>(a)] >= depth_[static_cast<size_t>(y)]) x = a;
        if (x == y) return sum_[static_cast<size_t>(x)];
        for (size_t k = up_.size(); k-- > 0;) {
            const int a = up_[k][static_cast<size_t>(x)], b = up_[k][static_cast<size_t>(y)];
            if (a != b) {
                x = a;
                y = b;
            }
        }
        const int common = up_[0][static_cast<size_t>(x)];
        return common < 0 ? 0 : sum_[static_cast<size_t>(common)];
    }

private:
    std::vector<int> innermost_;          // per vertex: the smallest blossom holding it, or -1
    std::vector<int> depth_;              // per blossom: blossoms holding it
    std::vector<int64_t> sum_;            // per blossom: z of it and of every blossom holding it
    std::vector<std::vector<int>> up_;    // up_[k][b]: the 2^k-th blossom out from b, or -1
};

// The priced pairs whose reduced cost, blossoms included, is negative: at most kAddedPerVertex
// per vertex, the most negative first (ties by vertex numbers, so the result is deterministic).
// Taken in that order, a pair is kept unless both its ends already have kAddedPerVertex pairs;
// an end is full exactly when kAddedPerVertex of its pairs come first (each of them was kept, or
// skipped because that end was full already). So a pair is kept if and only if it is among the
// first kAddedPerVertex pairs of one of its ends: each vertex's best few are chosen on their own
// (a partial selection, not a sort of every violation, which at 4000 teams runs to millions).
std::vector<MatchingEdge> violated_pairs(int n, const MatchingWithDuals& solution, const std::vector<MatchingEdge>& priced) {
    const BlossomForest forest(n, solution.blossoms);
    struct Violation {
        int64_t reduced;
        MatchingEdge edge;
    };
    std::vector<Violation> found;
    for (const MatchingEdge& e : priced) {
        int64_t reduced = kDualScale * e.cost + solution.potential[e.u] + solution.potential[e.v];
        if (reduced < 0) reduced += forest.shared_value(e.u, e.v);
        if (reduced < 0 && e.u != e.v) found.push_back({reduced, e});
    }
    // Violations by index: two copies of one pair are two violations, as in a sort of `found`.
    auto before = [&](size_t x, size_t y) {
        const Violation& a = found[x];
        const Violation& b = found[y];
        if (a.reduced != b.reduced) return a.reduced < b.reduced;
        const auto ka = std::minmax(a.edge.u, a.edge.v), kb = std::minmax(b.edge.u, b.edge.v);
        return ka != kb ? ka < kb : x < y;
    };
    std::vector<std::vector<size_t>> best(n);  // per vertex: its first violations, in order
    auto offer = [&](int v, size_t i) {
        std::vector<size_t>& list = best[v];
        if (static_cast<int>(list.size()) == kAddedPerVertex && !before(i, list.back())) return;
        if (static_cast<int>(list.size()) == kAddedPerVertex) list.pop_back();
        list.insert(std::upper_bound(list.begin(), list.end(), i, before), i);
    };
    for (size_t i = 0; i < found.size(); ++i) {
        offer(found[i].edge.u, i);
        offer(found[i].edge.v, i);
    }
    std::vector<size_t> kept;
    for (const std::vector<size_t>& list : best) kept.insert(kept.end(), list.begin(), list.end());
    std::sort(kept.begin(), kept.end(), before);
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    std::vector<MatchingEdge> out;
    for (size_t i : kept) out.push_back(found[i].edge);
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

// Minimum-cost perfect matching on a general graph: the optimiser behind the `power` draw.
//
// The solver is LEMON's MaxWeightedPerfectMatching (Edmonds' blossom algorithm with dual
// variables kept in integers), compiled in its own C++17 target because LEMON's headers do not
// compile as C++20. Boost 1.74's maximum_weighted_matching is not used: it crashes, hangs or
// returns non-optimal matchings on some small graphs (tests/data/cases/boost-mwm-failures.txt).
// priced_matching.cpp builds on the optimal duals to solve a complete graph from a sparse one.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tab {

struct MatchingEdge {
    int u = 0;
    int v = 0;
    int64_t cost = 0;  // |cost| below 2^60 / (number of vertices), so that duals cannot overflow
};

// A perfect matching of vertices 0..n-1 of least total cost, as mate[v] for every v;
// nullopt if the graph has no perfect matching. Loops are ignored; parallel edges are allowed
// (the solver uses the better one).
std::optional<std::vector<int>> min_cost_perfect_matching(int n, const std::vector<MatchingEdge>& edges);

// An optimal matching with the optimal solution of the dual linear programme, which proves it
// optimal. The reduced cost of a pair u, v is
//     kDualScale × cost(u, v) + potential[u] + potential[v] + Σ value of the blossoms holding both,
// at least 0 for every edge of the graph and 0 for matched edges. The matching is also optimal
// on any larger graph whose extra pairs all have reduced cost at least 0 (LP duality).
struct DualBlossom {
    int64_t value = 0;         // at least 0
    std::vector<int> members;  // vertices; blossoms are nested or disjoint
};
struct MatchingWithDuals {
    std::vector<int> mate;
    std::vector<int64_t> potential;    // per vertex, scaled by kDualScale
    std::vector<DualBlossom> blossoms; // inner blossoms before the blossoms holding them
};
constexpr int64_t kDualScale = 4;
std::optional<MatchingWithDuals> min_cost_perfect_matching_with_duals(int n, const std::vector<MatchingEdge>& edges);

// A least-cost perfect matching of the complete graph on 0..n-1, found on a sparse graph: solve
// on `candidates`, ask `price` for the pairs that might have negative reduced cost, add those
// that do, and solve again until none does. `candidates` must hold a perfect matching; `price`
// receives the potentials and appends, with their costs, at least every pair (u, v) with
// kDualScale × cost + potential[u] + potential[v] < 0. Exact; see priced_matching.cpp.
using PairPricer = std::function<void(const std::vector<int64_t>& potential, std::vector<MatchingEdge>& out)>;
std::optional<std::vector<int>> min_cost_perfect_matching_priced(int n, std::vector<MatchingEdge> candidates,
                                                                 const PairPricer& price);

// Total cost of a matching given as mate[] (each edge counted once), using the cheapest edge
// between each matched pair; nullopt if a matched pair has no edge.
std::optional<int64_t> matching_cost(const std::vector<int>& mate, const std::vector<MatchingEdge>& edges);

}  // namespace tab

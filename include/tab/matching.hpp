// Minimum-cost perfect matching on a general graph: the optimiser behind the `power` draw.
//
// The solver is LEMON's MaxWeightedPerfectMatching (Edmonds' blossom algorithm with dual
// variables kept in integers), compiled in its own C++17 target because LEMON's headers do not
// compile as C++20. Boost 1.74's maximum_weighted_matching is not used: it crashes, hangs or
// returns non-optimal matchings on some small graphs (../shared/docs/cases/boost-mwm-failures.txt).
#pragma once

#include <cstdint>
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

// Total cost of a matching given as mate[] (each edge counted once), using the cheapest edge
// between each matched pair; nullopt if a matched pair has no edge.
std::optional<int64_t> matching_cost(const std::vector<int>& mate, const std::vector<MatchingEdge>& edges);

}  // namespace tab

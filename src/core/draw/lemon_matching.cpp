// The one translation unit that includes LEMON. It is compiled as C++17 (LEMON 1.3.1's headers
// use constructs C++20 removed) and exposes only the plain interface of tab/matching.hpp.
//
// LEMON maximises weight over perfect matchings, so costs are negated. With integer weights it
// keeps its dual variables multiplied by 4, exactly, so the optimum it returns is exact.
#include "tab/matching.hpp"

#include <lemon/matching.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <map>
#include <utility>

namespace tab {

std::optional<std::vector<int>> min_cost_perfect_matching(int n, const std::vector<MatchingEdge>& edges) {
    if (n % 2 != 0) return std::nullopt;
    if (n == 0) return std::vector<int>{};

    lemon::SmartGraph graph;
    graph.reserveNode(n);
    graph.reserveEdge(static_cast<int>(edges.size()));
    std::vector<lemon::SmartGraph::Node> nodes;
    nodes.reserve(n);
    for (int i = 0; i < n; ++i) nodes.push_back(graph.addNode());
    lemon::SmartGraph::EdgeMap<long long> weight(graph);
    for (const MatchingEdge& edge : edges) {
        if (edge.u == edge.v || edge.u < 0 || edge.v < 0 || edge.u >= n || edge.v >= n) continue;
        lemon::SmartGraph::Edge e = graph.addEdge(nodes[edge.u], nodes[edge.v]);
        weight[e] = -static_cast<long long>(edge.cost);
    }

    lemon::MaxWeightedPerfectMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<long long>> solver(graph,
                                                                                                         weight);
    if (!solver.run()) return std::nullopt;
    std::vector<int> mate(n, -1);
    for (int i = 0; i < n; ++i) mate[i] = graph.id(solver.mate(nodes[i]));
    return mate;
}

std::optional<int64_t> matching_cost(const std::vector<int>& mate, const std::vector<MatchingEdge>& edges) {
    std::map<std::pair<int, int>, int64_t> cheapest;
    for (const MatchingEdge& e : edges) {
        std::pair<int, int> key{std::min(e.u, e.v), std::max(e.u, e.v)};
        auto it = cheapest.find(key);
        if (it == cheapest.end() || e.cost < it->second) cheapest[key] = e.cost;
    }
    int64_t total = 0;
    for (int v = 0; v < static_cast<int>(mate.size()); ++v) {
        int w = mate[v];
        if (w < 0 || w >= static_cast<int>(mate.size()) || mate[w] != v) return std::nullopt;
        if (v > w) continue;
        auto it = cheapest.find({v, w});
        if (it == cheapest.end()) return std::nullopt;
        total += it->second;
    }
    return total;
}

}  // namespace tab

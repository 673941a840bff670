// The one translation unit that includes LEMON. It is compiled as C++17 (LEMON 1.3.1's headers
// use constructs C++20 removed) and exposes only the plain interface of tab/solve/matching.hpp.
//
// LEMON maximises weight over perfect matchings, so costs are negated. With integer weights it
// keeps its dual variables multiplied by 4, exactly, so the optimum it returns is exact, and so
// are the duals handed back: LEMON's condition potential[u] + potential[v] + Σ blossoms ≥ 4 ×
// weight reads, with weight = −cost, as a reduced cost 4 × cost + potential[u] + potential[v] +
// Σ blossoms ≥ 0.
#include "tab/solve/matching.hpp"

#include <lemon/matching.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <map>
#include <utility>

namespace tab {

namespace {

using Graph = lemon::SmartGraph;
using Solver = lemon::MaxWeightedPerfectMatching<Graph, Graph::EdgeMap<long long>>;
static_assert(Solver::dualScale == kDualScale);

// Runs the solver on the graph; `read` takes the finished solver while it is alive.
template <typename Read>
bool solve(int n, const std::vector<MatchingEdge>& edges, Read read) {
    Graph graph;
    graph.reserveNode(n);
    graph.reserveEdge(static_cast<int>(edges.size()));
    std::vector<Graph::Node> nodes;
    nodes.reserve(n);
    for (int i = 0; i < n; ++i) nodes.push_back(graph.addNode());
    Graph::EdgeMap<long long> weight(graph);
    for (const MatchingEdge& edge : edges) {
        if (edge.u == edge.v || edge.u < 0 || edge.v < 0 || edge.u >= n || edge.v >= n) continue;
        Graph::Edge e = graph.addEdge(nodes[edge.u], nodes[edge.v]);
        weight[e] = -static_cast<long long>(edge.cost);
    }
    Solver solver(graph, weight);
    if (!solver.run()) return false;
    read(graph, nodes, solver);
    return true;
}

std::vector<int> mates(const Graph& graph, const std::vector<Graph::Node>& nodes, const Solver& solver) {
    std::vector<int> mate(nodes.size(), -1);
    for (size_t i = 0; i < nodes.size(); ++i) mate[i] = graph.id(solver.mate(nodes[i]));
    return mate;
}

}  // namespace

std::optional<std::vector<int>> min_cost_perfect_matching(int n, const std::vector<MatchingEdge>& edges) {
    if (n % 2 != 0) return std::nullopt;
    if (n == 0) return std::vector<int>{};
    std::vector<int> mate;
    auto read = [&](const Graph& graph, const std::vector<Graph::Node>& nodes, const Solver& solver) {
        mate = mates(graph, nodes, solver);
    };
    if (!solve(n, edges, read)) return std::nullopt;
    return mate;
}

std::optional<MatchingWithDuals> min_cost_perfect_matching_with_duals(int n, const std::vector<MatchingEdge>& edges) {
    if (n % 2 != 0) return std::nullopt;
    if (n == 0) return MatchingWithDuals{};
    MatchingWithDuals out;
    auto read = [&](const Graph& graph, const std::vector<Graph::Node>& nodes, const Solver& solver) {
        out.mate = mates(graph, nodes, solver);
        for (const Graph::Node& node : nodes) out.potential.push_back(solver.nodeValue(node));
        for (int b = 0; b < solver.blossomNum(); ++b) {
            DualBlossom blossom;
            blossom.value = solver.blossomValue(b);
            for (Solver::BlossomIt it(solver, b); it != lemon::INVALID; ++it) blossom.members.push_back(graph.id(it));
            out.blossoms.push_back(std::move(blossom));
        }
    };
    if (!solve(n, edges, read)) return std::nullopt;
    return out;
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

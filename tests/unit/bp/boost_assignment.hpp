// A second, independent assignment solver for tests and the benchmark: the problem as a
// min-cost flow (source -> rows -> columns -> sink, unit capacities) solved by Boost.Graph's
// successive_shortest_path_nonnegative_weights. Correct but slow (about 1 s for 400 x 400).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>
#include <cmath>
#include <boost/graph/find_flow_cost.hpp>

#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

namespace tab::testing {

struct Pair {
    int row;
    int col;
    int64_t cost;  // must be >= 0
};

// The least total cost of an assignment of every row to a distinct column using only `pairs`,
// or nullopt if there is none.
inline std::optional<int64_t> boost_min_cost_assignment(int rows, int cols, const std::vector<Pair>& pairs) {
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using Graph = boost::adjacency_list<
        boost::vecS, boost::vecS, boost::directedS, boost::no_property,
        boost::property<boost::edge_capacity_t, long,
            boost::property<boost::edge_residual_capacity_t, long,
                boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                    boost::property<boost::edge_weight_t, double>>>>>;
    Graph g(rows + cols + 2);
    const int source = rows + cols, sink = rows + cols + 1;
    auto capacity = boost::get(boost::edge_capacity, g);
    auto reverse = boost::get(boost::edge_reverse, g);
    auto weight = boost::get(boost::edge_weight, g);
    // Weights are doubles: with integer weights Boost's Dijkstra adds two "infinite" distances
    // and overflows (undefined behaviour that UBSan reports). The test costs are small integers,
    // exact in a double.
    auto add = [&](int u, int v, double w) {
        auto e = boost::add_edge(u, v, g).first;
        auto back = boost::add_edge(v, u, g).first;
        capacity[e] = 1;
        capacity[back] = 0;
        weight[e] = w;
        weight[back] = -w;
        reverse[e] = back;
        reverse[back] = e;
    };
    for (int r = 0; r < rows; ++r) add(source, r, 0);
    for (int c = 0; c < cols; ++c) add(rows + c, sink, 0);
    for (const Pair& p : pairs) add(p.row, rows + p.col, static_cast<double>(p.cost));
    boost::successive_shortest_path_nonnegative_weights(g, source, sink);
    auto residual = boost::get(boost::edge_residual_capacity, g);
    long flow = 0;
    for (auto [e, end] = boost::out_edges(source, g); e != end; ++e) flow += capacity[*e] - residual[*e];
    if (flow < rows) return std::nullopt;
    return std::llround(boost::find_flow_cost(g));
}

}  // namespace tab::testing

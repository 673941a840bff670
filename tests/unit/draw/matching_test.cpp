// The matching solver against brute force: thousands of small random graphs (seeded), and the
// graphs on which Boost 1.74's maximum_weighted_matching fails, read from the shared cases file.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <fstream>
#include <sstream>
#include <string>

#include "tab/solve/matching.hpp"
#include "tab/base/rng.hpp"

namespace {

constexpr int64_t kNone = INT64_MAX;

// Least cost of a perfect matching by dynamic programming over subsets; kNone if there is none.
int64_t brute_min_perfect(int n, const std::vector<tab::MatchingEdge>& edges) {
    std::vector<std::vector<int64_t>> cost(n, std::vector<int64_t>(n, kNone));
    for (const auto& e : edges) {
        if (e.u == e.v) continue;
        cost[e.u][e.v] = std::min(cost[e.u][e.v], e.cost);
        cost[e.v][e.u] = cost[e.u][e.v];
    }
    std::vector<int64_t> best(size_t{1} << n, kNone);
    best[0] = 0;
    for (size_t mask = 0; mask < best.size(); ++mask) {
        if (best[mask] == kNone) continue;
        int i = 0;
        while (i < n && (mask >> i & 1)) ++i;
        if (i == n) continue;
        for (int j = i + 1; j < n; ++j) {
            if ((mask >> j & 1) || cost[i][j] == kNone) continue;
            size_t next = mask | (size_t{1} << i) | (size_t{1} << j);
            best[next] = std::min(best[next], best[mask] + cost[i][j]);
        }
    }
    return best.back();
}

// Greatest weight of any matching (not necessarily perfect), by brute force.
int64_t brute_max_weight(int n, const std::vector<tab::MatchingEdge>& edges) {
    std::vector<std::vector<int64_t>> w(n, std::vector<int64_t>(n, 0));
    for (const auto& e : edges)
        if (e.u != e.v) w[e.u][e.v] = w[e.v][e.u] = std::max(w[e.u][e.v], e.cost);
    std::vector<int64_t> best(size_t{1} << n, 0);
    for (size_t mask = 1; mask < best.size(); ++mask) {
        int i = 0;
        while (!(mask >> i & 1)) ++i;
        size_t rest = mask & ~(size_t{1} << i);
        best[mask] = best[rest];  // i unmatched
        for (int j = i + 1; j < n; ++j)
            if ((rest >> j & 1) && w[i][j] > 0)
                best[mask] = std::max(best[mask], best[rest & ~(size_t{1} << j)] + w[i][j]);
    }
    return best.back();
}

// Maximum-weight matching through the perfect-matching solver: two copies of the graph, each
// vertex joined to its copy at weight 0; a best perfect matching there has twice the weight.
int64_t solver_max_weight(int n, const std::vector<tab::MatchingEdge>& edges) {
    std::vector<tab::MatchingEdge> doubled;
    for (const auto& e : edges) {
        doubled.push_back({e.u, e.v, -e.cost});
        doubled.push_back({e.u + n, e.v + n, -e.cost});
    }
    for (int v = 0; v < n; ++v) doubled.push_back({v, v + n, 0});
    std::optional<std::vector<int>> mate = tab::min_cost_perfect_matching(2 * n, doubled);
    REQUIRE(mate.has_value());
    std::optional<int64_t> cost = tab::matching_cost(*mate, doubled);
    REQUIRE(cost.has_value());
    return -*cost / 2;
}

void check_perfect(int n, const std::vector<tab::MatchingEdge>& edges) {
    int64_t expected = brute_min_perfect(n, edges);
    std::optional<std::vector<int>> mate = tab::min_cost_perfect_matching(n, edges);
    if (expected == kNone) {
        CHECK_FALSE(mate.has_value());
        return;
    }
    REQUIRE(mate.has_value());
    std::optional<int64_t> cost = tab::matching_cost(*mate, edges);
    REQUIRE(cost.has_value());
    CHECK(*cost == expected);
}

std::vector<tab::MatchingEdge> random_graph(tab::Rng& rng, int n, int density_percent, int64_t max_cost,
                                            int64_t offset) {
    std::vector<tab::MatchingEdge> edges;
    for (int u = 0; u < n; ++u)
        for (int v = u + 1; v < n; ++v)
            if (static_cast<int>(rng.below(100)) < density_percent)
                edges.push_back({u, v, offset + static_cast<int64_t>(rng.below(max_cost + 1))});
    rng.shuffle(edges);
    return edges;
}

}  // namespace

TEST_CASE("matching: tiny graphs") {
    CHECK(tab::min_cost_perfect_matching(0, {})->empty());
    CHECK_FALSE(tab::min_cost_perfect_matching(3, {{0, 1, 1}, {1, 2, 1}}).has_value());
    CHECK_FALSE(tab::min_cost_perfect_matching(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}).has_value());
    // A square 0-1-2-3-0 with one cheap diagonal pair of sides.
    std::vector<tab::MatchingEdge> square{{0, 1, 5}, {1, 2, 1}, {2, 3, 5}, {3, 0, 1}};
    std::optional<std::vector<int>> mate = tab::min_cost_perfect_matching(4, square);
    REQUIRE(mate.has_value());
    CHECK(*mate == std::vector<int>{3, 2, 1, 0});
}

TEST_CASE("matching: minimum-cost perfect matching equals brute force on random graphs") {
    tab::Rng rng(20240601);
    for (int trial = 0; trial < 6000; ++trial) {
        int n = 2 * (1 + static_cast<int>(rng.below(6)));  // 2..12
        int density = 30 + static_cast<int>(rng.below(71));
        int64_t max_cost = std::vector<int64_t>{1, 3, 100, 1000, 1000000000}[rng.below(5)];
        int64_t offset = rng.coin() ? -max_cost / 2 : 0;
        std::vector<tab::MatchingEdge> edges = random_graph(rng, n, density, max_cost, offset);
        CAPTURE(trial);
        check_perfect(n, edges);
    }
}

TEST_CASE("matching: maximum-weight matching by reduction equals brute force on random graphs") {
    tab::Rng rng(77);
    for (int trial = 0; trial < 3000; ++trial) {
        int n = 2 + static_cast<int>(rng.below(11));  // 2..12, odd too
        std::vector<tab::MatchingEdge> edges = random_graph(rng, n, 20 + static_cast<int>(rng.below(81)),
                                                            std::vector<int64_t>{1, 3, 100}[rng.below(3)], 1);
        CAPTURE(trial);
        CHECK(solver_max_weight(n, edges) == brute_max_weight(n, edges));
    }
}

TEST_CASE("matching: the graphs on which Boost's maximum_weighted_matching fails") {
    std::ifstream in(TAB_DATA_DIR "/cases/boost-mwm-failures.txt");
    REQUIRE(in.good());
    std::string line;
    int graphs = 0;
    while (std::getline(in, line)) {
        if (line.rfind("FAIL", 0) != 0) continue;
        size_t at_n = line.find("n=");
        size_t at_edges = line.find("edges:");
        REQUIRE(at_n != std::string::npos);
        REQUIRE(at_edges != std::string::npos);
        int n = std::stoi(line.substr(at_n + 2));
        std::vector<tab::MatchingEdge> edges;
        std::string text = line.substr(at_edges + 6);
        std::replace(text.begin(), text.end(), '{', ' ');
        std::replace(text.begin(), text.end(), '}', ' ');
        std::replace(text.begin(), text.end(), ',', ' ');
        std::istringstream numbers(text);
        long long u, v, w;
        while (numbers >> u >> v >> w) edges.push_back({static_cast<int>(u), static_cast<int>(v), w});
        REQUIRE_FALSE(edges.empty());
        CAPTURE(line);
        CHECK(solver_max_weight(n, edges) == brute_max_weight(n, edges));
        std::vector<tab::MatchingEdge> negated = edges;
        for (auto& e : negated) e.cost = -e.cost;
        check_perfect(n, negated);
        ++graphs;
    }
    CHECK(graphs >= 5);
}

TEST_CASE("matching: complete graphs of 200 and 400 vertices (where Boost segfaults)") {
    tab::Rng rng(5);
    for (int n : {200, 400}) {
        std::vector<tab::MatchingEdge> edges = random_graph(rng, n, 100, 1000, 0);
        std::optional<std::vector<int>> mate = tab::min_cost_perfect_matching(n, edges);
        REQUIRE(mate.has_value());
        std::optional<int64_t> cost = tab::matching_cost(*mate, edges);
        REQUIRE(cost.has_value());
        // No better than optimal: at least n/2 times the cheapest edge; and no worse than pairing
        // 0-1, 2-3, ... in index order.
        std::vector<int> in_order(n);
        for (int v = 0; v < n; ++v) in_order[v] = v ^ 1;
        CHECK(*cost <= *tab::matching_cost(in_order, edges));
        CHECK(*cost >= 0);
    }
}

TEST_CASE("matching: the priced solve of a complete graph equals the solve of the whole graph") {
    tab::Rng rng(31337);
    int repaired = 0;  // trials in which the candidates alone were not enough
    for (int trial = 0; trial < 300; ++trial) {
        int n = 2 * (5 + static_cast<int>(rng.below(26)));  // 10..60
        int64_t max_cost = std::vector<int64_t>{3, 100, 1000000}[rng.below(3)];
        std::vector<tab::MatchingEdge> all = random_graph(rng, n, 100, max_cost, rng.coin() ? -max_cost / 2 : 0);
        // Candidates: neighbours 0-1, 2-3, ... (a perfect matching) and a random fifth of the rest.
        std::vector<tab::MatchingEdge> candidates;
        for (const auto& e : all)
            if ((std::min(e.u, e.v) % 2 == 0 && std::max(e.u, e.v) == std::min(e.u, e.v) + 1) || rng.below(5) == 0)
                candidates.push_back(e);
        int rounds = 0;
        auto price = [&](const std::vector<int64_t>& y, std::vector<tab::MatchingEdge>& out) {
            ++rounds;
            for (const auto& e : all)
                if (tab::kDualScale * e.cost + y[e.u] + y[e.v] < 0) out.push_back(e);
        };
        std::optional<std::vector<int>> priced = tab::min_cost_perfect_matching_priced(n, candidates, price);
        std::optional<std::vector<int>> whole = tab::min_cost_perfect_matching(n, all);
        CAPTURE(trial);
        REQUIRE(priced.has_value());
        REQUIRE(whole.has_value());
        CHECK(*tab::matching_cost(*priced, all) == *tab::matching_cost(*whole, all));
        repaired += rounds > 1;
    }
    CHECK(repaired > 250);
}

TEST_CASE("matching: the duals price every edge of the graph at 0 or more, matched edges at 0") {
    tab::Rng rng(8);
    for (int trial = 0; trial < 200; ++trial) {
        int n = 2 * (2 + static_cast<int>(rng.below(20)));
        std::vector<tab::MatchingEdge> edges = random_graph(rng, n, 100, std::vector<int64_t>{2, 50, 1000}[rng.below(3)], 0);
        std::optional<tab::MatchingWithDuals> solution = tab::min_cost_perfect_matching_with_duals(n, edges);
        REQUIRE(solution.has_value());
        std::vector<std::vector<int>> holding(n);  // blossoms holding each vertex
        for (int b = 0; b < static_cast<int>(solution->blossoms.size()); ++b) {
            CHECK(solution->blossoms[b].value >= 0);
            for (int v : solution->blossoms[b].members) holding[v].push_back(b);
        }
        CAPTURE(trial);
        for (const auto& e : edges) {
            int64_t reduced = tab::kDualScale * e.cost + solution->potential[e.u] + solution->potential[e.v];
            for (int b : holding[e.u])
                if (std::count(holding[e.v].begin(), holding[e.v].end(), b) > 0) reduced += solution->blossoms[b].value;
            CHECK(reduced >= 0);
            if (solution->mate[e.u] == e.v) CHECK(reduced == 0);
        }
    }
}

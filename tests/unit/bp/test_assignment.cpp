// The sparse assignment solver against two oracles: exhaustive search on small problems and
// Boost.Graph's min-cost flow on medium ones. Every random problem comes from a fixed seed.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "boost_assignment.hpp"
#include "tab/solve/assignment.hpp"
#include "tab/base/rng.hpp"

using tab::testing::Pair;

namespace {

// The cheapest cost of each allowed pair (duplicates keep the least).
std::map<std::pair<int, int>, int64_t> cheapest(const std::vector<Pair>& pairs) {
    std::map<std::pair<int, int>, int64_t> best;
    for (const Pair& p : pairs) {
        auto [it, fresh] = best.emplace(std::make_pair(p.row, p.col), p.cost);
        if (!fresh) it->second = std::min(it->second, p.cost);
    }
    return best;
}

// Exhaustive search: the least total over every injective choice of columns.
void search(const std::map<std::pair<int, int>, int64_t>& cost, int rows, int cols, int row,
            std::vector<char>& used, int64_t sum, std::optional<int64_t>& best) {
    if (row == rows) {
        if (!best || sum < *best) best = sum;
        return;
    }
    for (int c = 0; c < cols; ++c) {
        auto it = cost.find({row, c});
        if (used[c] || it == cost.end()) continue;
        used[c] = 1;
        search(cost, rows, cols, row + 1, used, sum + it->second, best);
        used[c] = 0;
    }
}

std::optional<int64_t> brute_force(int rows, int cols, const std::vector<Pair>& pairs) {
    std::vector<char> used(cols, 0);
    std::optional<int64_t> best;
    search(cheapest(pairs), rows, cols, 0, used, 0, best);
    return best;
}

std::optional<tab::Assignment> solve(int rows, int cols, const std::vector<Pair>& pairs) {
    tab::AssignmentProblem problem(rows, cols);
    for (const Pair& p : pairs) problem.allow(p.row, p.col, p.cost);
    return tab::solve_assignment(problem);
}

// The assignment uses allowed pairs, distinct columns, and its total is what it claims.
void check_consistent(const tab::Assignment& a, int rows, const std::vector<Pair>& pairs) {
    auto cost = cheapest(pairs);
    REQUIRE(static_cast<int>(a.col_of_row.size()) == rows);
    std::set<int> cols(a.col_of_row.begin(), a.col_of_row.end());
    CHECK(static_cast<int>(cols.size()) == rows);
    int64_t sum = 0;
    for (int r = 0; r < rows; ++r) {
        auto it = cost.find({r, a.col_of_row[r]});
        REQUIRE(it != cost.end());
        sum += it->second;
    }
    CHECK(sum == a.total_cost);
}

std::vector<Pair> random_pairs(tab::Rng& rng, int rows, int cols, uint64_t percent_allowed, int64_t low,
                               int64_t high) {
    std::vector<Pair> pairs;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (rng.below(100) >= percent_allowed) continue;
            pairs.push_back({r, c, low + static_cast<int64_t>(rng.below(static_cast<uint64_t>(high - low + 1)))});
            if (rng.below(20) == 0) {  // a duplicate pair now and then
                pairs.push_back({r, c, low + static_cast<int64_t>(rng.below(static_cast<uint64_t>(high - low + 1)))});
            }
        }
    }
    rng.shuffle(pairs);
    return pairs;
}

// The same pairs over copies of each column, one per unit of capacity.
std::vector<Pair> expand(const std::vector<Pair>& pairs, const std::vector<int>& capacity, int* copies) {
    std::vector<int> first(capacity.size() + 1, 0);
    for (size_t c = 0; c < capacity.size(); ++c) first[c + 1] = first[c] + capacity[c];
    std::vector<Pair> out;
    for (const Pair& p : pairs) {
        for (int k = 0; k < capacity[p.col]; ++k) out.push_back({p.row, first[p.col] + k, p.cost});
    }
    *copies = first.back();
    return out;
}

std::optional<tab::Assignment> solve_with_capacity(int rows, const std::vector<int>& capacity,
                                                   const std::vector<Pair>& pairs) {
    tab::AssignmentProblem problem(rows, static_cast<int>(capacity.size()));
    for (size_t c = 0; c < capacity.size(); ++c) problem.set_capacity(static_cast<int>(c), capacity[c]);
    for (const Pair& p : pairs) problem.allow(p.row, p.col, p.cost);
    return tab::solve_assignment(problem);
}

// Each column holds at most its capacity, pairs are allowed, the total is what it claims.
void check_capacity_consistent(const tab::Assignment& a, int rows, const std::vector<int>& capacity,
                               const std::vector<Pair>& pairs) {
    auto cost = cheapest(pairs);
    REQUIRE(static_cast<int>(a.col_of_row.size()) == rows);
    std::vector<int> load(capacity.size(), 0);
    int64_t sum = 0;
    for (int r = 0; r < rows; ++r) {
        auto it = cost.find({r, a.col_of_row[r]});
        REQUIRE(it != cost.end());
        sum += it->second;
        ++load[a.col_of_row[r]];
    }
    for (size_t c = 0; c < capacity.size(); ++c) CHECK(load[c] <= capacity[c]);
    CHECK(sum == a.total_cost);
}

}  // namespace

TEST_CASE("assignment: the worked example of the file comment") {
    std::vector<Pair> pairs = {{0, 0, 4}, {0, 1, 1}, {1, 0, 2}, {1, 1, 1}};
    auto a = solve(2, 2, pairs);
    REQUIRE(a);
    CHECK(a->total_cost == 3);
    CHECK(a->col_of_row == std::vector<int>{1, 0});
}

TEST_CASE("assignment: no perfect assignment gives nullopt") {
    CHECK_FALSE(solve(2, 2, {{0, 0, 1}, {1, 0, 1}}));  // both rows want only column 0
    CHECK_FALSE(solve(3, 2, {{0, 0, 1}, {1, 1, 1}, {2, 0, 1}}));  // more rows than columns
    CHECK_FALSE(solve(1, 3, {}));  // a row with no allowed column
    auto empty = solve(0, 0, {});
    REQUIRE(empty);
    CHECK(empty->total_cost == 0);
}

TEST_CASE("assignment: equals brute force on 5000 small random problems") {
    tab::Rng rng(20240604);
    int feasible = 0;
    for (int trial = 0; trial < 5000; ++trial) {
        int rows = static_cast<int>(rng.below(7));
        int cols = rows + static_cast<int>(rng.below(3));
        uint64_t percent = 30 + rng.below(71);
        bool wide_costs = rng.coin();
        std::vector<Pair> pairs = random_pairs(rng, rows, cols, percent, wide_costs ? -1000 : -2, wide_costs ? 1000 : 3);
        auto expected = brute_force(rows, cols, pairs);
        auto got = solve(rows, cols, pairs);
        INFO("trial " << trial << " rows " << rows << " cols " << cols);
        REQUIRE(expected.has_value() == got.has_value());
        if (!got) continue;
        ++feasible;
        CHECK(got->total_cost == *expected);
        check_consistent(*got, rows, pairs);
    }
    CHECK(feasible > 3000);  // the sample exercises mostly feasible problems
}

TEST_CASE("assignment: equals Boost min-cost flow on medium random problems (n = 30..80)") {
    tab::Rng rng(77);
    for (int trial = 0; trial < 40; ++trial) {
        int rows = 30 + static_cast<int>(rng.below(51));
        int cols = rows + static_cast<int>(rng.below(6));
        uint64_t percent = 5 + rng.below(60);
        int64_t high = rng.coin() ? 5 : 100000;  // many ties, or almost none
        std::vector<Pair> pairs = random_pairs(rng, rows, cols, percent, 0, high);
        std::vector<Pair> unique;
        for (auto [key, cost] : cheapest(pairs)) unique.push_back({key.first, key.second, cost});
        auto expected = tab::testing::boost_min_cost_assignment(rows, cols, unique);
        auto got = solve(rows, cols, pairs);
        INFO("trial " << trial << " rows " << rows << " percent " << percent);
        REQUIRE(expected.has_value() == got.has_value());
        if (!got) continue;
        CHECK(got->total_cost == *expected);
        check_consistent(*got, rows, pairs);
    }
}

TEST_CASE("assignment: same problem, same answer") {
    tab::Rng rng(5);
    std::vector<Pair> pairs = random_pairs(rng, 60, 60, 40, 0, 3);
    auto first = solve(60, 60, pairs);
    auto second = solve(60, 60, pairs);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->col_of_row == second->col_of_row);
}

TEST_CASE("assignment: column capacities equal brute force over copied columns (3000 problems)") {
    tab::Rng rng(99);
    for (int trial = 0; trial < 3000; ++trial) {
        int cols = 1 + static_cast<int>(rng.below(4));
        std::vector<int> capacity(cols);
        int total = 0;
        for (int& k : capacity) total += (k = 1 + static_cast<int>(rng.below(3)));
        int rows = static_cast<int>(rng.below(static_cast<uint64_t>(std::min(total, 7) + 1)));
        std::vector<Pair> pairs = random_pairs(rng, rows, cols, 40 + rng.below(61), -5, 5);
        int copies = 0;
        std::vector<Pair> expanded = expand(pairs, capacity, &copies);
        auto expected = brute_force(rows, copies, expanded);
        auto got = solve_with_capacity(rows, capacity, pairs);
        INFO("trial " << trial);
        REQUIRE(expected.has_value() == got.has_value());
        if (!got) continue;
        CHECK(got->total_cost == *expected);
        check_capacity_consistent(*got, rows, capacity, pairs);
    }
}

TEST_CASE("assignment: column capacities equal Boost min-cost flow on medium problems") {
    tab::Rng rng(314);
    for (int trial = 0; trial < 20; ++trial) {
        int cols = 5 + static_cast<int>(rng.below(20));
        std::vector<int> capacity(cols);
        int total = 0;
        for (int& k : capacity) total += (k = 1 + static_cast<int>(rng.below(8)));
        int rows = total - static_cast<int>(rng.below(4));
        std::vector<Pair> pairs = random_pairs(rng, rows, cols, 20 + rng.below(50), 0, rng.coin() ? 4 : 10000);
        std::vector<Pair> unique;
        for (auto [key, cost] : cheapest(pairs)) unique.push_back({key.first, key.second, cost});
        int copies = 0;
        std::vector<Pair> expanded = expand(unique, capacity, &copies);
        auto expected = tab::testing::boost_min_cost_assignment(rows, copies, expanded);
        auto got = solve_with_capacity(rows, capacity, pairs);
        INFO("trial " << trial << " rows " << rows);
        REQUIRE(expected.has_value() == got.has_value());
        if (!got) continue;
        CHECK(got->total_cost == *expected);
        check_capacity_consistent(*got, rows, capacity, pairs);
    }
}

namespace {

// The same pairs, handed to the solver one row at a time (the way the allocator does).
class RowsOnDemand : public tab::AssignmentRows {
public:
    RowsOnDemand(int rows, int cols, const std::vector<Pair>& pairs) : rows_(rows), cols_(cols), by_row_(rows) {
        for (const Pair& p : pairs) by_row_[p.row].push_back({p.col, p.cost});
    }
    int rows() const override { return rows_; }
    int cols() const override { return cols_; }
    void pairs(int row, std::vector<tab::AssignmentPair>& out) const override { out = by_row_[row]; }

private:
    int rows_, cols_;
    std::vector<std::vector<tab::AssignmentPair>> by_row_;
};

}  // namespace

TEST_CASE("assignment: pairs asked for row by row give the same assignment as stored pairs (2000 problems)") {
    tab::Rng rng(2027);
    for (int trial = 0; trial < 2000; ++trial) {
        const int rows = 1 + static_cast<int>(rng.below(12)), cols = rows + static_cast<int>(rng.below(8));
        // Few distinct costs, so that many assignments tie and the choice among them is tested too.
        const std::vector<Pair> pairs = random_pairs(rng, rows, cols, 40 + rng.below(61), 0, 1 + static_cast<int64_t>(rng.below(6)));
        std::optional<tab::Assignment> stored = solve(rows, cols, pairs);
        std::optional<tab::Assignment> on_demand = tab::solve_assignment(RowsOnDemand(rows, cols, pairs));
        REQUIRE(stored.has_value() == on_demand.has_value());
        if (!stored) continue;
        CHECK(stored->col_of_row == on_demand->col_of_row);
        CHECK(stored->total_cost == on_demand->total_cost);
    }
}

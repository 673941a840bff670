// The assignment problem: give each row (a team, an adjudicator) its own column (a room
// position, a panel seat) so that the total cost of the chosen pairs is least. Only the allowed
// pairs are stored: a BP draw of 400 teams has 160,000 (team, slot) entries of which about 85%
// are forbidden by the brackets, and a dense solver would spend most of its time on them.
//
// Algorithm: successive shortest augmenting paths with dual prices (the Jonker-Volgenant /
// Hungarian family, in the sparse form of Jonker & Volgenant's LAPJVsp). Columns carry prices
// v; a row i matched to column j has u_i = c(i,j) - v_j, and every allowed pair keeps a
// non-negative reduced cost c(i,k) - u_i - v_k, zero on matched pairs. Rows are added one at a
// time: Dijkstra's algorithm over columns, along reduced costs, finds the cheapest alternating
// path from the new row to a free column; the path is flipped and the prices of the columns it
// settled are lowered by how much shorter their distance was than the path's, which keeps every
// reduced cost non-negative. After the last row the matching is optimal by LP duality. If the
// search runs out of columns before reaching a free one, no assignment covers that row.
//
// Worked example: costs  r0: c0=4 c1=1   r1: c0=2 c1=1 (all four pairs allowed).
//   r0: the cheapest column is c1 (1), free: r0->c1. Prices stay 0.
//   r1: distances c0 = 2, c1 = 1 (taken by r0). Settle c1 at 1 and continue from r0, whose
//       reduced cost to c0 is 4 - 1 = 3 more: 1 + 3 = 4 > 2, so c0 keeps 2. Settle c0 at 2, free:
//       r1->c0. Total 1 + 2 = 3, which beats r0->c0, r1->c1 (4 + 1 = 5).
// Capacities: a column of capacity k is free while it holds fewer than k rows; settling a full
// column continues the search from every row it holds. Prices of columns that are not full stay
// zero, which is what LP duality asks of a column with spare capacity.
// Shortcut: a free column reached at the distance being settled ends the search at once (no
// path can be shorter); with the many equal costs of a BP draw this ends most searches early.
//
// Pairs: a stored problem keeps its pairs by row; a generated one (AssignmentRows) is asked for a
// row's pairs each time the search relaxes that row, so nothing of size rows x columns is ever
// held. The search keeps, per column, the row and cost by which it was reached and, per row, the
// cost of its matched pair: the same steps in the same order either way, so the same answer.
//
// Correctness is checked against brute force on thousands of small random problems and against
// Boost.Graph's min-cost flow on larger ones (tests/unit/bp/test_assignment.cpp).
#include "tab/solve/assignment.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <span>

namespace tab {

AssignmentProblem::AssignmentProblem(int rows, int cols) : rows_(rows), cols_(cols), capacity_(cols, 1) {}

void AssignmentProblem::set_capacity(int col, int capacity) { capacity_[col] = capacity; }

void AssignmentProblem::allow(int row, int col, int64_t cost) {
    pair_row_.push_back(row);
    pair_col_.push_back(col);
    pair_cost_.push_back(cost);
}

namespace {

// The pairs of an AssignmentProblem, grouped by row in the order they were allowed.
class StoredRows {
public:
    StoredRows(int rows, int cols, const std::vector<int>& pair_row, const std::vector<int>& pair_col,
               const std::vector<int64_t>& pair_cost, const std::vector<int>& capacity)
        : rows_(rows), cols_(cols), start_(static_cast<size_t>(rows) + 1, 0), pairs_(pair_row.size()), capacity_(capacity) {
        for (int r : pair_row) ++start_[static_cast<size_t>(r) + 1];
        for (size_t r = 0; r < static_cast<size_t>(rows_); ++r) start_[r + 1] += start_[r];
        std::vector<int> next(start_.begin(), start_.end() - 1);
        for (size_t e = 0; e < pair_row.size(); ++e)
            pairs_[static_cast<size_t>(next[static_cast<size_t>(pair_row[e])]++)] = {pair_col[e], pair_cost[e]};
    }
    int rows() const { return rows_; }
    int cols() const { return cols_; }
    int capacity(int col) const { return capacity_[static_cast<size_t>(col)]; }
    std::span<const AssignmentPair> row(int r) {
        return {pairs_.data() + start_[static_cast<size_t>(r)], pairs_.data() + start_[static_cast<size_t>(r) + 1]};
    }

private:
    int rows_, cols_;
    std::vector<int> start_;  // pairs of row r are [start_[r], start_[r+1])
    std::vector<AssignmentPair> pairs_;
    const std::vector<int>& capacity_;
};

// The pairs of an AssignmentRows, asked for one row at a time into a buffer.
class GeneratedRows {
public:
    explicit GeneratedRows(const AssignmentRows& p) : p_(p) {}
    int rows() const { return p_.rows(); }
    int cols() const { return p_.cols(); }
    int capacity(int) const { return 1; }
    std::span<const AssignmentPair> row(int r) {
        p_.pairs(r, buffer_);
        return buffer_;
    }

private:
    const AssignmentRows& p_;
    std::vector<AssignmentPair> buffer_;
};

// Holds the working state of one solve: the matching and the prices.
template <class Rows>
class AssignmentSolver {
public:
    explicit AssignmentSolver(Rows& rows);
    // Runs the augmentations; false if some row cannot be assigned.
    bool solve();
    Assignment result() const;

private:
    static constexpr int64_t unreached = std::numeric_limits<int64_t>::max();
    using Entry = std::pair<int64_t, int>;  // (distance, column)

    // Adds `row` to the matching by the shortest augmenting path; false if there is none.
    bool augment(int row);
    // Relaxes the pairs of `row`, reached at distance `base`; returns a free column reached at
    // exactly `base` (a shortest path's end), or -1.
    int relax(int row, int64_t base);
    void touch(int col, int64_t dist, int row, int64_t cost);
    // Removes `row` from the rows held by `col`.
    void unlink(int row, int col);
    bool is_free(int col) const { return load_[static_cast<size_t>(col)] < rows_.capacity(col); }

    Rows& rows_;
    std::vector<int> load_;         // rows held by each column
    std::vector<int> first_row_;    // rows held by a column: a list through next_row_ / prev_row_
    std::vector<int> next_row_;
    std::vector<int> prev_row_;
    std::vector<int> col_of_row_;
    std::vector<int64_t> matched_cost_;  // the cost of each row's matched pair, for u_i
    std::vector<int64_t> price_;    // v
    // Per-search state, reset lazily through touched_.
    std::vector<int64_t> dist_;
    std::vector<int> pred_row_;     // the row and pair cost by which the search reached a column
    std::vector<int64_t> pred_cost_;
    std::vector<char> settled_;
    std::vector<int> touched_;
    std::vector<int> settled_list_;
    std::vector<Entry> heap_;       // a min-heap through std::push_heap / pop_heap
};

template <class Rows>
AssignmentSolver<Rows>::AssignmentSolver(Rows& rows)
    : rows_(rows), load_(static_cast<size_t>(rows.cols()), 0), first_row_(static_cast<size_t>(rows.cols()), -1),
      next_row_(static_cast<size_t>(rows.rows()), -1), prev_row_(static_cast<size_t>(rows.rows()), -1),
      col_of_row_(static_cast<size_t>(rows.rows()), -1), matched_cost_(static_cast<size_t>(rows.rows()), 0),
      price_(static_cast<size_t>(rows.cols()), 0), dist_(static_cast<size_t>(rows.cols()), unreached),
      pred_row_(static_cast<size_t>(rows.cols()), -1), pred_cost_(static_cast<size_t>(rows.cols()), 0),
      settled_(static_cast<size_t>(rows.cols()), 0) {}

template <class Rows>
void AssignmentSolver<Rows>::touch(int col, int64_t dist, int row, int64_t cost) {
    const size_t c = static_cast<size_t>(col);
    if (dist_[c] == unreached) touched_.push_back(col);
    dist_[c] = dist;
    pred_row_[c] = row;
    pred_cost_[c] = cost;
    heap_.emplace_back(dist, col);
    std::push_heap(heap_.begin(), heap_.end(), std::greater<Entry>());
}

template <class Rows>
int AssignmentSolver<Rows>::relax(int row, int64_t base) {
    const std::span<const AssignmentPair> pairs = rows_.row(row);
    // u_row: the reduced cost of the row's matched pair is zero; a new row takes the minimum.
    int64_t u = unreached;
    const int matched = col_of_row_[static_cast<size_t>(row)];
    if (matched >= 0) {
        u = matched_cost_[static_cast<size_t>(row)] - price_[static_cast<size_t>(matched)];
    } else {
        for (const AssignmentPair& p : pairs) u = std::min(u, p.cost - price_[static_cast<size_t>(p.col)]);
    }
    for (const AssignmentPair& p : pairs) {
        const size_t k = static_cast<size_t>(p.col);
        if (settled_[k]) continue;
        int64_t d = base + (p.cost - price_[k] - u);
        if (d < dist_[k]) {
            touch(p.col, d, row, p.cost);
            if (d == base && is_free(p.col)) return p.col;
        }
    }
    return -1;
}

template <class Rows>
bool AssignmentSolver<Rows>::augment(int row) {
    for (int c : touched_) {
        dist_[static_cast<size_t>(c)] = unreached;
        settled_[static_cast<size_t>(c)] = 0;
    }
    touched_.clear();
    settled_list_.clear();
    heap_.clear();

    int sink = relax(row, 0);
    int64_t sink_dist = 0;
    while (sink < 0) {
        if (heap_.empty()) return false;
        std::pop_heap(heap_.begin(), heap_.end(), std::greater<Entry>());
        auto [d, c] = heap_.back();
        heap_.pop_back();
        if (settled_[static_cast<size_t>(c)] || d != dist_[static_cast<size_t>(c)]) continue;
        if (is_free(c)) {
            sink = c;
            sink_dist = d;
            break;
        }
        settled_[static_cast<size_t>(c)] = 1;
        settled_list_.push_back(c);
        sink_dist = d;
        for (int r = first_row_[static_cast<size_t>(c)]; r >= 0 && sink < 0; r = next_row_[static_cast<size_t>(r)])
            sink = relax(r, d);
    }
    // Lower the prices of settled columns by how much closer than the sink they were.
    for (int c : settled_list_) price_[static_cast<size_t>(c)] -= sink_dist - dist_[static_cast<size_t>(c)];
    // Flip the path back to the new row: each row on it moves to the column it reached.
    ++load_[static_cast<size_t>(sink)];
    for (int c = sink; c >= 0;) {
        const size_t k = static_cast<size_t>(c);
        const int r = pred_row_[k];
        const size_t i = static_cast<size_t>(r);
        const int previous = col_of_row_[i];
        if (previous >= 0) unlink(r, previous);
        next_row_[i] = first_row_[k];
        prev_row_[i] = -1;
        if (first_row_[k] >= 0) prev_row_[static_cast<size_t>(first_row_[k])] = r;
        first_row_[k] = r;
        col_of_row_[i] = c;
        matched_cost_[i] = pred_cost_[k];
        c = previous;
    }
    return true;
}

template <class Rows>
void AssignmentSolver<Rows>::unlink(int row, int col) {
    const size_t i = static_cast<size_t>(row);
    if (prev_row_[i] >= 0) {
        next_row_[static_cast<size_t>(prev_row_[i])] = next_row_[i];
    } else {
        first_row_[static_cast<size_t>(col)] = next_row_[i];
    }
    if (next_row_[i] >= 0) prev_row_[static_cast<size_t>(next_row_[i])] = prev_row_[i];
}

template <class Rows>
bool AssignmentSolver<Rows>::solve() {
    for (int r = 0; r < rows_.rows(); ++r) {
        if (!augment(r)) return false;
    }
    return true;
}

template <class Rows>
Assignment AssignmentSolver<Rows>::result() const {
    Assignment a;
    a.col_of_row = col_of_row_;
    for (int64_t cost : matched_cost_) a.total_cost += cost;
    return a;
}

template <class Rows>
std::optional<Assignment> solve_rows(Rows& rows) {
    AssignmentSolver<Rows> solver(rows);
    if (!solver.solve()) return std::nullopt;
    return solver.result();
}

}  // namespace

std::optional<Assignment> solve_assignment(const AssignmentProblem& problem) {
    StoredRows rows(problem.rows_, problem.cols_, problem.pair_row_, problem.pair_col_, problem.pair_cost_, problem.capacity_);
    return solve_rows(rows);
}

std::optional<Assignment> solve_assignment(const AssignmentRows& problem) {
    GeneratedRows rows(problem);
    return solve_rows(rows);
}

}  // namespace tab

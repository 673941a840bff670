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
// Correctness is checked against brute force on thousands of small random problems and against
// Boost.Graph's min-cost flow on larger ones (tests/unit/bp/test_assignment.cpp).
#include "tab/solve/assignment.hpp"

#include <algorithm>
#include <limits>
#include <functional>

namespace tab {

AssignmentProblem::AssignmentProblem(int rows, int cols) : rows_(rows), cols_(cols), capacity_(cols, 1) {}

void AssignmentProblem::set_capacity(int col, int capacity) { capacity_[col] = capacity; }

void AssignmentProblem::allow(int row, int col, int64_t cost) {
    pair_row_.push_back(row);
    pair_col_.push_back(col);
    pair_cost_.push_back(cost);
}

// Holds the working state of one solve: the pairs by row, the matching and the prices.
class AssignmentSolver {
public:
    explicit AssignmentSolver(const AssignmentProblem& p);
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
    void touch(int col, int64_t dist, int pair);
    // Removes `row` from the rows held by `col`.
    void unlink(int row, int col);

    int rows_, cols_;
    std::vector<int> start_;        // pairs of row r are [start_[r], start_[r+1])
    std::vector<int> col_;
    std::vector<int64_t> cost_;
    std::vector<int> capacity_;
    std::vector<int> load_;         // rows held by each column
    std::vector<int> first_row_;    // rows held by a column: a list through next_row_ / prev_row_
    std::vector<int> next_row_;
    std::vector<int> prev_row_;
    std::vector<int> col_of_row_;
    std::vector<int> pair_of_row_;  // index of the matched pair, for u_i
    std::vector<int64_t> price_;    // v
    // Per-search state, reset lazily through touched_.
    std::vector<int64_t> dist_;
    std::vector<int> pred_pair_;    // the pair by which the search reached a column
    std::vector<int> row_of_pair_;
    std::vector<char> settled_;
    std::vector<int> touched_;
    std::vector<int> settled_list_;
    std::vector<Entry> heap_;       // a min-heap through std::push_heap / pop_heap
};

AssignmentSolver::AssignmentSolver(const AssignmentProblem& p)
    : rows_(p.rows_), cols_(p.cols_), start_(p.rows_ + 1, 0), col_(p.pair_count()),
      cost_(p.pair_count()), capacity_(p.capacity_), load_(p.cols_, 0), first_row_(p.cols_, -1),
      next_row_(p.rows_, -1), prev_row_(p.rows_, -1), col_of_row_(p.rows_, -1),
      pair_of_row_(p.rows_, -1), price_(p.cols_, 0), dist_(p.cols_, unreached),
      pred_pair_(p.cols_, -1), row_of_pair_(p.pair_count()), settled_(p.cols_, 0) {
    for (int r : p.pair_row_) ++start_[r + 1];
    for (int r = 0; r < rows_; ++r) start_[r + 1] += start_[r];
    std::vector<int> next(start_.begin(), start_.end() - 1);
    for (size_t e = 0; e < p.pair_count(); ++e) {
        int slot = next[p.pair_row_[e]]++;
        col_[slot] = p.pair_col_[e];
        row_of_pair_[slot] = p.pair_row_[e];
        cost_[slot] = p.pair_cost_[e];
    }
}

void AssignmentSolver::touch(int col, int64_t dist, int pair) {
    if (dist_[col] == unreached) touched_.push_back(col);
    dist_[col] = dist;
    pred_pair_[col] = pair;
    heap_.emplace_back(dist, col);
    std::push_heap(heap_.begin(), heap_.end(), std::greater<Entry>());
}

int AssignmentSolver::relax(int row, int64_t base) {
    // u_row: the reduced cost of the row's matched pair is zero; a new row takes the minimum.
    int64_t u = unreached;
    if (pair_of_row_[row] >= 0) {
        u = cost_[pair_of_row_[row]] - price_[col_of_row_[row]];
    } else {
        for (int e = start_[row]; e < start_[row + 1]; ++e) u = std::min(u, cost_[e] - price_[col_[e]]);
    }
    for (int e = start_[row]; e < start_[row + 1]; ++e) {
        int k = col_[e];
        if (settled_[k]) continue;
        int64_t d = base + (cost_[e] - price_[k] - u);
        if (d < dist_[k]) {
            touch(k, d, e);
            if (d == base && load_[k] < capacity_[k]) return k;
        }
    }
    return -1;
}

bool AssignmentSolver::augment(int row) {
    for (int c : touched_) {
        dist_[c] = unreached;
        settled_[c] = 0;
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
        if (settled_[c] || d != dist_[c]) continue;
        if (load_[c] < capacity_[c]) {
            sink = c;
            sink_dist = d;
            break;
        }
        settled_[c] = 1;
        settled_list_.push_back(c);
        sink_dist = d;
        for (int r = first_row_[c]; r >= 0 && sink < 0; r = next_row_[r]) sink = relax(r, d);
    }
    // Lower the prices of settled columns by how much closer than the sink they were.
    for (int c : settled_list_) price_[c] -= sink_dist - dist_[c];
    // Flip the path back to the new row: each row on it moves to the column it reached.
    ++load_[sink];
    for (int c = sink; c >= 0;) {
        int e = pred_pair_[c];
        int r = row_of_pair_[e];
        int previous = col_of_row_[r];
        if (previous >= 0) unlink(r, previous);
        next_row_[r] = first_row_[c];
        prev_row_[r] = -1;
        if (first_row_[c] >= 0) prev_row_[first_row_[c]] = r;
        first_row_[c] = r;
        col_of_row_[r] = c;
        pair_of_row_[r] = e;
        c = previous;
    }
    return true;
}

void AssignmentSolver::unlink(int row, int col) {
    if (prev_row_[row] >= 0) {
        next_row_[prev_row_[row]] = next_row_[row];
    } else {
        first_row_[col] = next_row_[row];
    }
    if (next_row_[row] >= 0) prev_row_[next_row_[row]] = prev_row_[row];
}

bool AssignmentSolver::solve() {
    for (int r = 0; r < rows_; ++r) {
        if (!augment(r)) return false;
    }
    return true;
}

Assignment AssignmentSolver::result() const {
    Assignment a;
    a.col_of_row = col_of_row_;
    for (int r = 0; r < rows_; ++r) a.total_cost += cost_[pair_of_row_[r]];
    return a;
}

std::optional<Assignment> solve_assignment(const AssignmentProblem& problem) {
    AssignmentSolver solver(problem);
    if (!solver.solve()) return std::nullopt;
    return solver.result();
}

}  // namespace tab

// Minimum-cost assignment of rows to columns over a sparse set of allowed (row, column) pairs:
// every row gets a column (a column takes one row, or up to its capacity) and the sum of the
// chosen pairs' costs is as small as possible. Used for BP positions (teams x (room, position) slots) and adjudicator allocation
// (adjudicators x panel seats). Costs are int64 so that optimal solutions compare exactly.
// A problem comes in one of two forms: AssignmentProblem stores its allowed pairs (memory linear
// in the pairs), AssignmentRows computes a row's pairs whenever the solver needs them (memory
// linear in rows + columns however dense the pairs: adjudicator allocation, where almost every
// adjudicator may sit in almost every room). The solver is the same, and so is its answer.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace tab {

struct Assignment;
class AssignmentProblem;
std::optional<Assignment> solve_assignment(const AssignmentProblem& problem);

// The allowed pairs of an assignment problem with their costs. Pairs not added are forbidden.
class AssignmentProblem {
public:
    // A problem of `rows` rows and `cols` columns with no allowed pairs yet.
    AssignmentProblem(int rows, int cols);
    // Allows row r to take column c at this cost. Adding the same pair twice keeps both
    // entries; the solver will use the cheaper.
    void allow(int row, int col, int64_t cost);
    // Lets column c take up to `capacity` rows (default 1): identical slots, such as the same
    // position in several interchangeable rooms, become one column.
    void set_capacity(int col, int capacity);

    int rows() const { return rows_; }
    int cols() const { return cols_; }
    size_t pair_count() const { return pair_row_.size(); }

private:
    friend std::optional<Assignment> solve_assignment(const AssignmentProblem& problem);
    int rows_;
    int cols_;
    std::vector<int> pair_row_;
    std::vector<int> pair_col_;
    std::vector<int64_t> pair_cost_;
    std::vector<int> capacity_;
};

// One allowed pair of a row: the column and its cost.
struct AssignmentPair {
    int col = 0;
    int64_t cost = 0;
};

// A problem whose allowed pairs are computed one row at a time (every column has capacity 1).
class AssignmentRows {
public:
    virtual ~AssignmentRows() = default;
    virtual int rows() const = 0;
    virtual int cols() const = 0;
    // Replaces `out` with row r's allowed pairs. The solver asks for a row more than once: every
    // call must give the same pairs in the same order.
    virtual void pairs(int row, std::vector<AssignmentPair>& out) const = 0;
};

struct Assignment {
    std::vector<int> col_of_row;  // the column each row takes (distinct unless capacities allow)
    int64_t total_cost = 0;
};

// An optimal assignment that gives every row a column within the columns' capacities, or
// nullopt if none exists (more rows than capacity, or the allowed pairs admit none). Deterministic:
// among optimal assignments the same one is returned for the same problem. Time
// O(rows * pairs * log cols) in the worst case; memory linear in rows + cols + pairs.
std::optional<Assignment> solve_assignment(const AssignmentProblem& problem);
// The same for pairs computed on demand: memory linear in rows + columns + the longest row; the
// same answer as an AssignmentProblem holding the same pairs in the same order.
std::optional<Assignment> solve_assignment(const AssignmentRows& problem);

}  // namespace tab

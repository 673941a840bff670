// Room order and seat layers (see seats.hpp). A layer is one call of the assignment solver with
// a private "empty" column per seat, so that it always has an answer: a seat that only the empty
// column can take is a seat no remaining candidate may fill, which the callers turn into a
// message naming the room. The solver asks for a seat's pairs when it needs them (AssignmentRows):
// a layer of 2000 rooms and 6000 adjudicators would otherwise hold 12 million pairs.
#include "seats.hpp"

#include <algorithm>


namespace tab::allocation {

RoomOrder order_rooms(const Draw& draw, const std::vector<int>& importance) {
    const size_t n = draw.debates.size();
    auto key = [&](size_t i) { return std::make_pair(importance[i], draw.debates[i].bracket); };
    RoomOrder order;
    order.by_importance.resize(n);
    for (size_t i = 0; i < n; ++i) order.by_importance[i] = i;
    std::stable_sort(order.by_importance.begin(), order.by_importance.end(), [&](size_t a, size_t b) {
        if (key(a) != key(b)) return key(a) > key(b);
        return draw.debates[a].room < draw.debates[b].room;
    });
    std::vector<std::pair<int, double>> keys;
    for (size_t i : order.by_importance)
        if (keys.empty() || keys.back() != key(i)) keys.push_back(key(i));
    const int64_t levels = static_cast<int64_t>(keys.size());
    order.rank.resize(n);
    order.weight.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const int64_t from_top = std::find(keys.begin(), keys.end(), key(i)) - keys.begin();
        order.rank[i] = static_cast<int>(from_top) + 1;
        order.weight[i] = levels > 1 ? 1 + 100 * (levels - 1 - from_top) / (levels - 1) : 1;
    }
    return order;
}

int64_t soft_cost(int64_t weight, int64_t amount, int64_t more) {
    int64_t product = 0, sum = 0;
    if (__builtin_mul_overflow(weight, amount, &product)) return (weight < 0) == (amount < 0) ? soft_cost_cap : 0;
    if (__builtin_add_overflow(product, more, &sum)) return more > 0 ? soft_cost_cap : 0;
    return std::clamp<int64_t>(sum, 0, soft_cost_cap);
}

namespace {

// A layer as the solver sees it: the seats' options, then each seat's own empty column.
class SeatRows : public AssignmentRows {
public:
    SeatRows(int candidates, const std::vector<int64_t>& empty_cost, const SeatOptions& options)
        : candidates_(candidates), empty_cost_(empty_cost), options_(options) {}
    int rows() const override { return static_cast<int>(empty_cost_.size()); }
    int cols() const override { return candidates_ + rows(); }
    void pairs(int row, std::vector<AssignmentPair>& out) const override {
        out.clear();
        options_(static_cast<size_t>(row), out);
        out.push_back({candidates_ + row, empty_cost_[static_cast<size_t>(row)]});
    }

private:
    int candidates_;
    const std::vector<int64_t>& empty_cost_;
    const SeatOptions& options_;
};

}  // namespace

std::vector<int> fill_seats(int candidates, const std::vector<int64_t>& empty_cost, const SeatOptions& options) {
    std::optional<Assignment> solved = solve_assignment(SeatRows(candidates, empty_cost, options));
    std::vector<int> chosen(empty_cost.size(), -1);
    if (!solved) return chosen;  // cannot happen: every seat has its own empty column
    for (size_t s = 0; s < chosen.size(); ++s) {
        const int c = solved->col_of_row[s];
        if (c < candidates) chosen[s] = c;
    }
    return chosen;
}

}  // namespace tab::allocation

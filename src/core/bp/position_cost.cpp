// The position cost of BP draws: how far a team's position history would be from even if it
// took position s this round (DOMAIN.md §3, tabbycat.md §3.2). With ĥ = h plus one at s,
// n' = Σĥ and p = ĥ / n':
//   entropy   C = n' (2 - H_α(p)), H in bits: α = 1 Shannon, α = 0 log2(#nonzero), else
//             log2(Σ p^α) / (1 - α). A perfectly even history has H = 2 and costs nothing.
//   variance  the population variance of the four counts of ĥ.
//   simple    h[s], the times already in s (Tabbycat's code; its docs subtract min h).
// The cost is raised to the exponent (default 4) so that one very uneven team weighs more than
// several slightly uneven ones.
// Example: h = (1,1,1,0). CO gives ĥ = (1,1,1,1): H = 2, cost 0. OG gives ĥ = (2,1,1,0): H = 1.5,
// C = 4 (2 - 1.5) = 2, cost 2^4 = 16.
//
// Exact ties. The optimiser compares int64 costs: round(cost × 2^20). The real cost is computed
// from ĥ sorted, so two histories that are permutations of each other (which have equal real
// costs) give bit-identical doubles and so exactly equal integers; simple and variance costs
// with an integer exponent are multiples of 2^-16 and are represented exactly.
#include "bp/position_cost.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace tab::bp {

namespace {

long double entropy_bits(const PositionHistory& counts, long double n, double alpha) {
    if (alpha == 0.0) {
        int nonzero = static_cast<int>(std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }));
        return std::log2(static_cast<long double>(nonzero));
    }
    if (alpha == 1.0) {
        long double h = 0;
        for (int c : counts) {
            if (c > 0) h -= (c / n) * std::log2(c / n);
        }
        return h;
    }
    long double sum = 0;
    for (int c : counts) {
        if (c > 0) sum += std::pow(c / n, static_cast<long double>(alpha));
    }
    return std::log2(sum) / (1 - static_cast<long double>(alpha));
}

}  // namespace

double position_cost(const PositionCostModel& model, const PositionHistory& history, int position) {
    PositionHistory after = history;
    ++after[position];
    std::sort(after.begin(), after.end(), std::greater<int>());
    long double n = 0;
    for (int c : after) n += c;
    long double cost = 0;
    if (model.kind == PositionCostKind::simple) {
        cost = history[position];
    } else if (model.kind == PositionCostKind::variance) {
        long double squares = 0;
        for (int c : after) squares += static_cast<long double>(c) * c;
        cost = (4 * squares - n * n) / 16;
    } else {
        cost = n * (2 - entropy_bits(after, n, model.renyi_order));
    }
    if (cost < 0) cost = 0;  // rounding below an exact zero
    return static_cast<double>(std::pow(cost, static_cast<long double>(model.exponent)));
}

int64_t scaled_position_cost(const PositionCostModel& model, const PositionHistory& history, int position) {
    return std::llround(position_cost(model, history, position) * cost_scale);
}

int position_spread(const PositionHistory& history) {
    auto [low, high] = std::minmax_element(history.begin(), history.end());
    return *high - *low;
}

}  // namespace tab::bp

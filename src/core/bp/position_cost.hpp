// What it costs a team to take a BP position, given how often it has held each position before.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "tab/model/setting_codes.hpp"

namespace tab::bp {

using PositionHistory = std::array<int, 4>;  // times in OG, OO, CG, CO

struct PositionCostModel {
    PositionCostKind kind = PositionCostKind::entropy;
    double renyi_order = 1.0;      // α of the Rényi entropy (entropy only); >= 0
    double exponent = 4.0;         // each cost is raised to this power; >= 0
};

// Optimiser costs are real costs times this, rounded to the nearest integer.
inline constexpr double cost_scale = 1 << 20;

// The real cost C(h, s)^exponent of DOMAIN.md §3 (Tabbycat's definitions, including n' = Σh + 1).
double position_cost(const PositionCostModel& model, const PositionHistory& history, int position);
// The same, times cost_scale and rounded: equal histories up to order give equal integers.
int64_t scaled_position_cost(const PositionCostModel& model, const PositionHistory& history, int position);
// Most-held minus least-held position count.
int position_spread(const PositionHistory& history);

}  // namespace tab::bp

// The sparse graph on which the `power` draw is solved, and the pricer that proves its optimum
// optimal over every pair of teams (see power_graph.cpp and priced_matching.cpp).
#pragma once

#include <vector>

#include "power_cost.hpp"
#include "tab/solve/matching.hpp"

namespace tab {

// Pairs likely in an optimal draw: neighbours in the standings, and each team's cheapest
// partners in its own and the adjacent brackets.
std::vector<MatchingEdge> power_candidates(const PowerCostModel& model, int n);

// Appends every pair of the n teams whose reduced cost under `potential` may be negative.
PairPricer power_pricer(const PowerCostModel& model, int n);

}  // namespace tab

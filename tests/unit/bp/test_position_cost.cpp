// The BP position cost of DOMAIN.md §3 on its worked example and on hand-computed values.
#include <doctest/doctest.h>

#include <cmath>

#include "bp/position_cost.hpp"

using tab::bp::PositionCostModel;
using tab::bp::PositionHistory;

TEST_CASE("position cost: DOMAIN.md example, h = (1,1,1,0) costs 0 for CO and 16 elsewhere") {
    PositionCostModel entropy;
    PositionHistory h{1, 1, 1, 0};
    CHECK(tab::bp::position_cost(entropy, h, 3) == doctest::Approx(0));
    for (int s = 0; s < 3; ++s) CHECK(tab::bp::position_cost(entropy, h, s) == doctest::Approx(16));
    CHECK(tab::bp::scaled_position_cost(entropy, h, 0) == 16 * (1 << 20));
    CHECK(tab::bp::scaled_position_cost(entropy, h, 3) == 0);
}

TEST_CASE("position cost: variance, simple and the Rényi orders by hand") {
    PositionHistory h{2, 0, 1, 0};
    // variance of (3,0,1,0): mean 1, squares 4+1+0+1 = 6, /4 = 1.5; squared (exponent 2) 2.25
    CHECK(tab::bp::position_cost({tab::PositionCostKind::variance, 1, 2}, h, 0) == doctest::Approx(2.25));
    // simple: times already in the position, raised: 2^3
    CHECK(tab::bp::position_cost({tab::PositionCostKind::simple, 1, 3}, h, 0) == doctest::Approx(8));
    CHECK(tab::bp::position_cost({tab::PositionCostKind::simple, 1, 3}, h, 1) == doctest::Approx(0));
    // α = 0 (Hartley): ĥ = (2,1,1,0), 3 nonzero, n' = 4: 4 (2 - log2 3)
    CHECK(tab::bp::position_cost({tab::PositionCostKind::entropy, 0, 1}, h, 1) == doctest::Approx(4 * (2 - std::log2(3.0))));
    // α = 2 (collision): ĥ = (2,1,1,0), Σp² = 6/16, H = -log2(6/16)
    CHECK(tab::bp::position_cost({tab::PositionCostKind::entropy, 2, 1}, h, 1) == doctest::Approx(4 * (2 + std::log2(6.0 / 16))));
}

TEST_CASE("position cost: histories equal up to order give exactly equal integer costs") {
    PositionCostModel entropy;
    // (3,1,2,0) + CO and (0,2,1,3) + OG both give the multiset {3,2,1,1}.
    CHECK(tab::bp::scaled_position_cost(entropy, {3, 1, 2, 0}, 3) == tab::bp::scaled_position_cost(entropy, {0, 2, 1, 3}, 0));
    CHECK(tab::bp::scaled_position_cost({tab::PositionCostKind::entropy, 2.5, 4}, {1, 4, 2, 0}, 3) ==
          tab::bp::scaled_position_cost({tab::PositionCostKind::entropy, 2.5, 4}, {0, 2, 1, 4}, 0));
    CHECK(tab::bp::position_spread({3, 1, 2, 0}) == 3);
}

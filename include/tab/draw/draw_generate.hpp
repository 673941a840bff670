// The one entry point of the draw generators: a request in, the rooms out. Two-team methods
// (power, tabbycat, random, seeded, round-robin) are in src/core/draw; BP requests go to
// generate_bp_draw (tab/bp/bp_draw.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"

namespace tab {

// Generates the draw; nullopt (with an error in diags) when the method or its options are
// make no draw (manual, elimination) or no draw satisfies them. With an odd number of teams (two-team), one team gets a
// bye (option bye_selection: lowest = the lowest-ranked team with the fewest byes, or random).
std::optional<DrawOutcome> generate_draw(const DrawRequest& request, Diagnostics& diags);

}  // namespace tab

// The parts of the BP draw generator (generate_bp_draw in bp_draw.cpp puts them together).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bp/bp_rooms.hpp"
#include "bp/position_cost.hpp"
#include "bp/room_conflicts.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"
#include "tab/base/rng.hpp"

namespace tab::bp {

struct BpOptions {
    BpPullup pullup = BpPullup::anywhere;
    PositionCostModel cost;
    bool preshuffle = true;            // hungarian_preshuffled: optimal ties broken at random
    bool avoid_repeat_pullups = false;
    double institution_penalty = 1;    // per same-institution pair in a room
    double history_penalty = 1;        // per earlier meeting of two teams in a room
    bool swing_teams = false;
};

// The options of a request, checked; nullopt with one diagnostic per value out of range.
std::optional<BpOptions> read_bp_options(const Settings& options, Diagnostics& diags);
// The team's OG/OO/CG/CO counts (zeros if it has none).
PositionHistory history_of(const TeamState& team);

// Round 1: teams shuffled and cut into rooms of four, positions in shuffled order; then as few
// same-institution pairs and earlier meetings as trades reach, and never more same-institution
// pairs than the fewest possible (zero whenever a clash-free draw exists).
DrawOutcome draw_random(const DrawRequest& request, const BpOptions& options, Rng& rng);
// WUDC power pairing with optimal positions; nullopt (and an internal error) only if the
// assignment has no solution, which the room definition rules out.
std::optional<DrawOutcome> draw_power(const DrawRequest& request, const BpOptions& options, Rng& rng,
                                      Diagnostics& diags);

// Same-institution pairs and earlier meetings among the teams of one room.
int same_institution_pairs(const DrawRequest& request, const DrawnRoom& room);
int earlier_meetings(const DrawRequest& request, const DrawnRoom& room);

// Fills each room's flags and cost terms and the outcome's quality summary for --explain.
void explain_bp_draw(const DrawRequest& request, const BpOptions& options, DrawOutcome& outcome);

}  // namespace tab::bp

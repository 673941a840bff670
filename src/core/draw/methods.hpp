// The two-team draw methods behind generate_draw(). Each takes a request with an even number of
// teams (byes are taken out before) and returns the rooms, or nullopt with the reason in diags
// (through cannot_draw).
#pragma once

#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"
#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

// Global minimum-cost perfect matching under the published cost (power_cost.cpp).
std::optional<DrawOutcome> generate_power_draw(const DrawRequest& req, Diagnostics& diags);
// Random rooms, avoiding rematches and institution clashes where possible.
std::optional<DrawOutcome> generate_random_draw(const DrawRequest& req, Diagnostics& diags);
// Every team meets every other once over n − 1 rounds (circle method); round_number picks the round.
std::optional<DrawOutcome> generate_round_robin_draw(const DrawRequest& req, Diagnostics& diags);
// Round 1 from seeds: teams ordered by seed (highest first, ties by lot) in one bracket,
// then paired by the compatibility method (pairing_method, default fold: best v worst).
std::optional<DrawOutcome> generate_seeded_draw(const DrawRequest& req, Diagnostics& diags);

// Tells in diags why round req.round_id cannot be drawn (Failure::cannot).
void cannot_draw(const DrawRequest& req, const Message& reason, Diagnostics& diags);

// Sides for a room of two teams by the request's side rule: balance (the team that has been
// government more often goes opposition, ties by coin), random, or preallocated.
void order_sides(const DrawRequest& req, DrawnRoom& room, Rng& rng);
// A room of teams a and b, neither pulled up, with sides by the request's rule and its flags set.
DrawnRoom plain_room(const DrawRequest& req, int a, int b, Rng& rng);

}  // namespace tab

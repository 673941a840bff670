// Plausible random ballots for a drawn round, for rehearsals and for tests that run whole
// tournaments. Everything follows from the seed: the same draw and seed give the same ballots.
#pragma once

#include <cstdint>

#include "tab/ballots/ballots.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// One valid sheet per voting adjudicator of each debate (one consensus sheet in BP or when a
// room has no adjudicators). Each team has a hidden strength drawn from the tournament seed and
// its name, so stronger teams score higher and win more often across rounds; each round's
// noise comes from `seed`. Scores lie within the format's range and on its step; BP elimination
// rounds get result-only sheets naming the two teams that advance, except the final, which is
// scored (so its teams can be placed 1–4) and names the team with the highest total.
BallotFile simulate_ballots(const Tournament& t, const Draw& draw, uint64_t seed);

}  // namespace tab

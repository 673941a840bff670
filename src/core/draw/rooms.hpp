// What every two-team method reports about the rooms it drew: the flags a director must see
// (rematch, same institution, side imbalance) and the summary of draw quality.
#pragma once

#include <vector>

#include "tab/model/draw_state.hpp"

namespace tab {

// Past meetings of two teams (a's opponents naming b).
int meetings(const DrawRequest& req, int a, int b);
// Both teams name the same, non-empty institution.
bool institution_clash(const DrawRequest& req, int a, int b);
// |gov − opp| for the team after this round if it takes side `side` (two-team).
int side_imbalance_after(const DrawRequest& req, int team, int side);

// Adds "rematch", "same-institution" and "side-imbalance" to a room whose teams are placed.
void annotate_room(const DrawRequest& req, DrawnRoom& room);
// pull-ups, rematches, same-institution pairings, teams with side imbalance >= 2, byes, total cost.
std::vector<CostTerm> summarize_quality(const DrawRequest& req, const DrawOutcome& outcome);

}  // namespace tab

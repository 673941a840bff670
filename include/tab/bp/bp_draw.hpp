// British Parliamentary preliminary draws: four teams a room in positions OG, OO, CG, CO.
//
// Methods: "random" (round 1: rooms and positions at random, schools kept apart) and "power" (WUDC power pairing:
// brackets by points, pull-ups from the bracket below anywhere in the bracket above, positions
// by an exact minimum-cost assignment of teams to (room, position) slots). Options, read from
// DrawRequest::options ([draw] in tournament.toml, "options" of a --state file):
//   pullup = "anywhere" | "one_room"                    default anywhere (WUDC)
//   position_cost = "entropy" | "variance" | "simple"   default entropy
//   renyi_order = α >= 0                                default 1 (Shannon)
//   exponent = β >= 0                                   default 4
//   assignment_method = "hungarian_preshuffled" | "hungarian"   default preshuffled (ties random)
//   avoid_repeat_pullups = bool                         default false: when true, teams pulled up
//        before are pulled up again only when no other choice exists (WUDC since 2020)
//   institution_penalty, history_penalty = number       default 1 (0 = off): weights of a
//        same-institution pair / a previous meeting in one room, lowered among the draws with the
//        optimal position cost (power) or the fewest same-institution pairs possible (random)
//   swing_teams = bool                                  default false: fill the last room with
//        swing teams instead of refusing a team count that is not a multiple of four
#pragma once

#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"

namespace tab {

// The draw of one BP prelim round, or nullopt with the reasons in diags (an unknown method, a
// bad option, a team count not divisible by four without swing teams). Room teams are listed in
// position order og, oo, cg, co. Swing teams added get the indices request.teams.size() + k
// (k = 0, 1, ...), are listed in DrawOutcome::swings and are named "Swing k+1"; they sit in the
// lowest bracket and their results count for no one's standings but the other teams'.
std::optional<DrawOutcome> generate_bp_draw(const DrawRequest& request, Diagnostics& diags);

// The name of team `index` of a drawn room: the request's team id, or "Swing k+1" for the
// swing teams a BP draw added past the end of request.teams.
std::string drawn_team_name(const DrawRequest& request, int index);

}  // namespace tab

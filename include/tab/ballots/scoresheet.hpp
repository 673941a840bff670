// One sheet's decision from its team totals and declared winner: who won (two-team) or the
// order of the teams (BP). The rules are Tabbycat's scoresheet types (tabbycat.md §7.3, §7.5).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tab/ballots/ballots.hpp"
#include "tab/base/fraction.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// The tournament's rule: [ballots] winners, else low-points if the format allows low-point wins,
// else high-points.
WinRule tournament_win_rule(const Tournament& t);

struct SheetDecision {
    bool complete = false;         // every total (or the needed declaration) is there
    bool valid = false;            // complete and consistent with the rule
    std::vector<int> order;        // sides from first to last (two-team: winner first); empty if invalid
};

// Two-team sheets: totals per side (nullopt = missing), the declared winning side (or none).
SheetDecision decide_two_team(const std::vector<std::optional<Fraction>>& totals, std::optional<int> declared,
                              WinRule rule);
// BP prelim sheets: sides ranked by total; any two equal totals make the sheet invalid.
SheetDecision decide_by_totals(const std::vector<std::optional<Fraction>>& totals);
// Recorded sheets: sides ranked by the places the record gives; invalid unless every side has a
// place and no two share one.
SheetDecision decide_by_places(const std::vector<std::optional<int>>& places);
// Whether the places of a recorded sheet rank its sides: it is recorded and gives every side one.
bool ranked_by_places(const BallotSheet& s);

}  // namespace tab

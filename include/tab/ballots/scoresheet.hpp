// One sheet's decision from its team totals and declared winner: who won (two-team) or the
// order of the teams (BP). The rules are Tabbycat's scoresheet types (tabbycat.md §7.3, §7.5).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tab/base/fraction.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

enum class WinRule {
    high_points,   // the higher total wins; equal totals are invalid (a declared winner must agree)
    tied_points,   // the declared winner must have at least the other total
    low_points,    // the declared winner wins whatever the totals
    result_only,   // no scores: the declared winner wins
};
std::optional<WinRule> parse_win_rule(std::string_view name);  // high-points, tied-points, low-points
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

}  // namespace tab

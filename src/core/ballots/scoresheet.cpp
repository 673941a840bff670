// Deciding one sheet. A two-team sheet has two totals and perhaps a declared winner; what the
// declaration may do depends on the circuit:
//
//   totals 183 v 196.5, declared aff   high-points: opp wins (the declaration is ignored here;
//                                      check_ballots reports it as a contradiction)
//                                      tied-points: invalid (aff has less)
//                                      low-points:  aff wins
//   totals 266.5 v 266.5, declared opp high-points: invalid; tied- and low-points: opp wins
//
// A BP sheet ranks its four teams by total; a tie anywhere makes it invalid, because ranks in a
// BP room are never shared (Tabbycat's PolyScoresheet).
#include "tab/ballots/scoresheet.hpp"

#include <algorithm>
#include <functional>
#include <numeric>

namespace tab {

WinRule tournament_win_rule(const Tournament& t) {
    const Settings ballots = t.section("ballots");
    if (ballots.has("winners")) return ballots.get<WinRule>("winners");
    return t.format.low_point_wins ? WinRule::low_points : WinRule::high_points;
}

SheetDecision decide_two_team(const std::vector<std::optional<Fraction>>& totals, std::optional<int> declared,
                              WinRule rule) {
    SheetDecision d;
    auto winner_is = [&d](int side) {
        d.valid = true;
        d.order = {side, 1 - side};
    };
    if (rule == WinRule::result_only) {
        d.complete = declared.has_value();
        if (d.complete) winner_is(*declared);
        return d;
    }
    d.complete = totals.size() == 2 && totals[0] && totals[1];
    if (rule != WinRule::high_points && !declared) d.complete = false;
    if (!d.complete) return d;
    const Fraction& a = *totals[0];
    const Fraction& b = *totals[1];
    switch (rule) {
        case WinRule::high_points:
            if (a != b) winner_is(a > b ? 0 : 1);
            break;
        case WinRule::tied_points:
            if (*totals[*declared] >= *totals[1 - *declared]) winner_is(*declared);
            break;
        case WinRule::low_points:
            winner_is(*declared);
            break;
        case WinRule::result_only:
            break;
    }
    return d;
}

namespace {

// The order of the teams by their values, best first (`better`); valid only when every team has a
// value and no two are equal.
template <typename Value, typename Better>
SheetDecision decide_in_order(const std::vector<std::optional<Value>>& values, Better better) {
    SheetDecision d;
    d.complete = std::all_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); });
    if (!d.complete) return d;
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) { return better(*values[x], *values[y]); });
    for (size_t i = 1; i < order.size(); ++i)
        if (*values[order[i]] == *values[order[i - 1]]) return d;
    d.valid = true;
    d.order = std::move(order);
    return d;
}

}  // namespace

SheetDecision decide_by_totals(const std::vector<std::optional<Fraction>>& totals) {
    return decide_in_order(totals, std::greater<>());
}

SheetDecision decide_by_places(const std::vector<std::optional<int>>& places) {
    return decide_in_order(places, std::less<>());
}

bool ranked_by_places(const BallotSheet& s) {
    return s.recorded && !s.places.empty() && std::all_of(s.places.begin(), s.places.end(), [](const auto& p) { return p.has_value(); });
}

}  // namespace tab

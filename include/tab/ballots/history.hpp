// What each team has done before a round: the facts every draw generator needs (points, wins,
// speaks, sides, opponents, pull-ups, byes), gathered from the recorded draws and the confirmed
// ballots of the preliminary rounds that come before it.
//
// Sides, opponents, pull-ups and byes come from the draws alone (a debate whose ballot is not in
// yet still happened); points, wins and speaks come only from confirmed ballots. Points are
// weighted by the round's weight (two-team: 1 per win; BP: 3/2/1/0).
#pragma once

#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/ballots/results.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct TeamHistory {
    double points = 0;              // team points (two-team: wins × round weight; BP: 3/2/1/0 × weight)
    int wins = 0;                   // debates won (two-team; always 0 in BP prelims)
    double speaks = 0;              // sum of the team's scores (panel means), iron speeches included
    std::vector<int> side_counts;   // times on each side, in the format's side order
    std::vector<int> opponents;     // team indices of past opponents; a repeat meeting listed again
    int pullups = 0;                // times pulled up into a higher bracket
    int byes = 0;                   // byes had
    int debates = 0;                // debates drawn (whether or not the ballot is in)
};

// One entry per team of t (by index), covering the prelim rounds listed before `before_round`
// in tournament.toml (all prelims if before_round is empty or not a round id). Rounds without a
// draw are skipped; problems in draws or ballots go to diags.
// How a bye scores, from [draw] bye_result: "win" (default: a win and its point, no speaks) or
// "none" (nothing). The standings and the draw's histories both follow it.
bool bye_counts_as_win(const Tournament& t);

std::vector<TeamHistory> team_histories(const Tournament& t, const FileSystem& fs, const std::string& before_round,
                                        Diagnostics& diags);
// The same from results already loaded (load_round_results of each prelim before the round).
std::vector<TeamHistory> team_histories(const Tournament& t, const std::vector<RoundResults>& earlier);

}  // namespace tab

// Liveness, as Tabbycat computes it (its breakqual/liveness.py, after Thevesh Theva's
// debatebreaker; docs/formats.md, "Results and standings"): after a prelim round, whether each team
// eligible for a break category is sure to break in it (safe), can still break (live) or cannot
// any more (dead).
//
// The rule, for R prelim rounds, p points a round (BP 3, two-team 1: a win), T teams in the
// tournament and a break of B teams:
//   - the teams are assumed to spread over the point totals as the outcomes of R rounds do: the
//     number of ways to score k points in R rounds (binomial coefficients in two-team, the
//     quadrinomial ones of OEIS A008287 in BP) times T / (p+1)^R;
//   - safe: the lowest total that at most B teams can reach or pass, counting each total's share
//     rounded up, from the top;
//   - dead, general (open) categories: the highest total on or above which more than B teams
//     finish even counting the shares rounded down, minus the points still to play, minus 1;
//   - dead, limited categories (ESL, novice, ...): the points of the last team inside the break
//     among the eligible teams, minus the points still to play, minus 1; and safe is lowered to
//     the points of the first team outside it plus the points still to play plus 1 when that is
//     less;
//   - a category with more places than teams (T < B, or a limited one with at most B eligible
//     teams) has every team safe;
//   - a team is safe at points ≥ safe, dead at points ≤ dead, live in between.
// Once the prelims are over, the break itself decides: a team in it is safe, any other dead.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "tab/base/codes.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/base/fraction.hpp"
#include "tab/ballots/results.hpp"
#include "tab/breaks/break.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

enum class Liveness { safe, live, dead };
// "safe", "live", "dead".
template <>
std::span<const Code<Liveness>> codes_of<Liveness>();

// The two thresholds of one category after a round.
struct LivenessThresholds {
    Fraction safe;  // points at or above this: safe
    Fraction dead;  // points at or below this: dead
    Liveness of(const Fraction& points) const;
};

// Tabbycat's inputs to liveness_twoteam / liveness_bp.
struct LivenessInputs {
    bool general = true;      // an open category: every team is considered
    int next_round = 1;       // the prelim round about to be debated, 1-based (Tabbycat's current_round)
    int break_size = 0;
    int total_teams = 0;      // every team of the tournament
    int total_rounds = 0;     // prelim rounds
    std::vector<Fraction> category_points;  // limited categories: points of each eligible team, best first
};

// The number of ways to score 0, 1, ..., rounds × points_per_round points in `rounds` rounds
// that each give 0..points_per_round points: a row of Pascal's triangle for 1 point a round, of
// the quadrinomial triangle (OEIS A008287) for 3.
std::vector<int64_t> point_total_ways(int rounds, int points_per_round);

// The thresholds by the rule above; points_per_round is 3 for BP, 1 for two-team formats.
LivenessThresholds liveness_thresholds(const LivenessInputs& in, int points_per_round);

struct CategoryLiveness {
    std::string category;  // BreakCategory::id
    // What the statuses came from; nullopt once the prelims are over (the break decides) or when
    // Tabbycat cannot tell (a break of at most one team: no team has a status then).
    std::optional<LivenessThresholds> thresholds;
    // By team index (Tournament::teams); nullopt = not eligible for the category, or a swing team.
    std::vector<std::optional<Liveness>> teams;
};

struct TournamentLiveness {
    int rounds_done = 0;     // prelim rounds through the last one with a counted result
    int prelim_rounds = 0;   // prelim rounds declared in tournament.toml
    std::vector<CategoryLiveness> categories;  // in the order of tournament.toml
};

// Liveness after the last prelim round in `results` with a counted result, every category of
// t. nullopt when there is nothing to say: no break category, or no prelim result yet. Once
// every prelim has a result the statuses come from `decided` (break.csv, say), or when it is null
// from compute_break with `remarks`; nullopt with its diagnostics if that fails.
std::optional<TournamentLiveness> compute_liveness(const Tournament& t, const std::vector<RoundResults>& results,
                                                   const Break* decided, const std::vector<ManualRemark>& remarks,
                                                   Diagnostics& diags);

// Liveness as the commands and the website show it (tab standings teams, the published team
// tab): compute_liveness on `results` (load_results). Once every prelim has a result the break
// decides: break.csv if it is written and readable, else the break computed now with
// break_remarks.csv. nullopt when there is nothing to show (no break category, no prelim result
// yet) or the break cannot be computed; a problem of break.csv or break_remarks.csv is a warning.
std::optional<TournamentLiveness> liveness_now(const Tournament& t, const FileSystem& fs,
                                               const std::vector<RoundResults>& results, Diagnostics& diags);

}  // namespace tab

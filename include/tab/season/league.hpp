// The league table of a season: points for final places and for best-speaker awards, added up
// over the tournaments of [table] in season.toml, by team, by speaker, by institution and by
// district.
//
// Points: a team placed p-th (outcome.hpp) earns place_points[p-1] (nothing beyond the list);
// a speaker placed q-th among the best speakers earns speaker_points[q-1]. A speaker's row adds
// their team's place points and their own award points; an institution's and a district's add
// the place points of all their teams and the award points of all their speakers. A tournament
// not yet done places nobody (outcome.hpp), so it counts as attended but earns no points.
//
// Ties (the documented rule): more points first; then count-back, the number of first places,
// then of second places, and so on down the place points, then of first best-speaker awards,
// second, ...; entries still equal share the rank ("2=") and are listed in the alphabetical
// order of the season's language (compare_names).
//
// Identity across tournaments: a team by normalised name (as before qualification made it
// unique, see qualify.hpp) and institution, a speaker as matched by people.hpp, an institution by
// its normalised full name, a district by its normalised name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tab/season/outcome.hpp"
#include "tab/season/season.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct LeagueEntry {
    std::string name;
    std::string detail;          // teams and speakers: the institution; institutions: the district
    int points = 0;
    int tournaments = 0;         // tournaments where the entry took part
    std::vector<int> countback;  // places 1..N of place_points, then speaker awards 1..M
    int rank = 0;
    bool tied = false;
    int last_tournament = -1;    // while adding up: the last tournament counted in `tournaments`
};

struct LeagueTables {
    std::vector<LeagueEntry> teams, speakers, institutions, districts;  // best first
};

// The tables over the given tournaments (their outcomes and season districts, one each).
LeagueTables league_tables(const LeagueSettings& settings, const std::vector<const Tournament*>& tournaments,
                           const std::vector<TournamentOutcome>& outcomes, const std::vector<std::string>& districts,
                           std::string_view lang);

}  // namespace tab

// Qualification from one stage of a season to the next event (DOMAIN.md §8: the winners of the
// district and city qualifiers go to the regional league), and the writing of the qualified
// teams into the next tournament's participant files.
//
// Who qualifies, from each source tournament of the stage in season.toml order:
//   places = N         the teams placed 1..N (outcome.hpp: the awards, then the standings);
//   best_speakers = N  the speakers placed 1..N among the best speakers, when their team is
//                      not already in: they qualify alone, under their team's name;
//   per_district = N   across all sources, the N best teams of each district (by place, then
//                      by the order of the sources), when not already in.
//
// Writing never loses what a person typed: rows are appended to institutions.csv and teams.csv
// (in the target's own column order; a column it lacks is left out), never rewritten, and a
// team is skipped when any of its speakers is already in the target (same id, or same
// normalised name), so running the stage again adds nothing twice. A team whose name is taken
// by another team becomes "Name (institution code)". Files are replaced with write_atomic.
#pragma once

#include <string>
#include <vector>

#include "tab/base/filesystem.hpp"
#include "tab/season/outcome.hpp"
#include "tab/season/season.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct Qualifier {
    int source = -1;            // index into the stage's sources
    int team = -1;              // team of that tournament
    std::vector<int> speakers;  // who goes: the whole team, or one best speaker
    std::string reason;         // "place", "best_speaker" or "district"
    int place = 0;              // the team's place, or the speaker's award place
};

// The qualifiers of the stage, sources and outcomes given in the stage's `from` order with their
// season districts.
std::vector<Qualifier> stage_qualifiers(const QualificationStage& stage, const std::vector<const Tournament*>& sources,
                                        const std::vector<TournamentOutcome>& outcomes,
                                        const std::vector<std::string>& districts);

struct QualifyReport {
    std::vector<std::string> added;         // team names as written
    std::vector<std::string> present;       // teams skipped: already in the target
    std::vector<std::string> institutions;  // institution codes added
};

// Appends the qualifiers to the target's institutions and teams files (target_fs is the target
// tournament's directory, `target` as loaded from it). False, with the problem in diags, when a
// file's layout has no team or speaker column (invalid input), or a file cannot be written.
bool append_qualifiers(FileSystem& target_fs, const Tournament& target, const QualificationStage& stage,
                       const std::vector<const Tournament*>& sources, const std::vector<Qualifier>& qualifiers,
                       QualifyReport* report, Diagnostics& diags);

// A team's name without the " (CODE)" that append_qualifiers adds for a taken name, CODE being
// the code of the team's institution: the name the team has in the other tournaments.
std::string team_name_before_qualification(const Tournament& t, int team);

}  // namespace tab

// tab season status | qualify STAGE | table [--by] | duplicates: the commands of a season
// directory (season.toml, see tab/season/season.hpp), on a season loaded with load_season_dir.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/app/season_loading.hpp"
#include "tab/season/league.hpp"
#include "tab/season/qualify.hpp"

namespace tab::app {

struct SeasonTournamentStatus {
    std::string id, name;
    int rounds = 0, rounds_drawn = 0, rounds_complete = 0;
    bool done = false;
    std::string winner;  // the team placed first; "" while not done
};

struct QualifierStatus {
    std::string from;    // the source tournament's id
    std::string name;    // the team's name, or the speaker's for a best speaker
    std::string reason;  // place, best_speaker or district
    int place = 0;       // the team's place or the speaker's award place
    bool written = false;  // already in the target's files
};

struct StageStatus {
    std::string id, into;
    std::string waiting_for;  // the first source not finished; "" when the stage can qualify
    std::vector<QualifierStatus> qualifiers;  // empty while waiting
};

struct SeasonStatusResult {
    std::string name;
    std::vector<SeasonTournamentStatus> tournaments;
    std::vector<StageStatus> stages;
};
SeasonStatusResult season_status(const LoadedSeason& s);
nlohmann::ordered_json to_json(const SeasonStatusResult& result);

struct SeasonQualifyResult {
    std::string stage, into;
    QualifyReport report;  // teams added, teams already there, institutions added
};
// Appends the stage's qualifiers to its target's files. A usage error for an unknown stage, a
// `cannot` error while a source is unfinished or a file cannot be written; a warning when the
// target tournament has errors afterwards.
std::optional<SeasonQualifyResult> season_qualify(LoadedSeason& s, const std::string& stage, Diagnostics& diags);
nlohmann::ordered_json to_json(const SeasonQualifyResult& result);

enum class LeagueBy { team, speaker, institution, district };
struct SeasonTableRequest {
    std::optional<LeagueBy> by;  // nullopt: all four tables
    std::string lang;            // the alphabet ties are listed in ("" = the season's language)
};
struct SeasonTableResult {
    std::string name;
    std::vector<std::pair<LeagueBy, std::vector<LeagueEntry>>> tables;  // in the order team, speaker, institution, district
};
SeasonTableResult season_table(const LoadedSeason& s, const SeasonTableRequest& request);
nlohmann::ordered_json to_json(const SeasonTableResult& result);
// team, speaker, institution, district
std::string league_by_code(LeagueBy by);
std::optional<LeagueBy> parse_league_by(const std::string& code);
// The column an entry's detail goes in: institution (teams, speakers), district (institutions), "" (districts).
std::string league_detail_key(LeagueBy by);

struct DuplicatePerson {
    std::string name, institution;
    std::vector<std::string> tournaments;  // ids, each once
};
struct SeasonDuplicatesResult {
    std::string name;
    std::vector<std::pair<DuplicatePerson, DuplicatePerson>> pairs;
};
SeasonDuplicatesResult season_duplicates(const LoadedSeason& s);
nlohmann::ordered_json to_json(const SeasonDuplicatesResult& result);

}  // namespace tab::app

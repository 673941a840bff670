// tab protocol [PATH]: the official results protocol of one tournament (хаттама / протокол,
// DOMAIN.md §8), the document an organiser prints, signs and files: the details, the teams with
// their speakers, the adjudicators, the rounds with their motions, the results of every round
// (prelims and eliminations, silent rounds included: it is written after the tournament), the
// team and speaker standings, the break and the awards. Names sort in the alphabet of the
// language. No personal data.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct ProtocolDetails {
    std::string name;
    std::optional<Date> start_date;
    std::string location, preset;
    int teams = 0, speakers = 0, adjudicators = 0, rounds = 0, debates = 0;
};

struct ProtocolTeam {
    std::string name, institution;  // the institution's full name (else its code)
    std::vector<std::string> speakers;
};

struct ProtocolAdjudicator {
    std::string name, institution;
};

struct ProtocolMotion {
    std::string round, round_name, motion;
};

struct ProtocolTeamResult {
    std::string side;            // the format's side code (og, gov, ...)
    std::string team;
    std::optional<int> place;    // BP prelims: 1–4
    bool win = false;            // two-team winner, or the BP team that advances
    std::optional<double> total; // the team's total, when scores were entered
};
struct ProtocolRoom {
    int room = 0;
    bool entered = false;  // a confirmed, valid ballot exists
    std::vector<ProtocolTeamResult> teams;
};
struct ProtocolRound {
    std::string round, round_name;
    Stage stage = Stage::prelim;
    std::vector<ProtocolRoom> rooms;
};

struct ProtocolStanding {
    int rank = 0;  // 0 = unranked
    bool tied = false;
    std::string name;    // team or speaker
    std::string detail;  // teams: the institution; speakers: the team
    std::vector<std::optional<double>> metrics;  // one per column
};
struct ProtocolStandings {
    std::vector<std::string> columns;  // metric keys
    std::vector<ProtocolStanding> rows;
};

struct ProtocolBreakEntry {
    std::string category, category_name;
    int break_rank = 0;
    std::string team;
};

enum class AwardKind { team_place, best_speaker, best_adjudicator };
struct ProtocolAward {
    AwardKind kind = AwardKind::team_place;
    std::string category, category_name;  // "" for overall speakers and adjudicators
    int place = 0;
    bool shared = false;  // "3="
    std::string name;     // team, speaker or adjudicator
    std::string team;     // speakers: their team
};

struct ProtocolResult {
    ProtocolDetails details;
    std::vector<ProtocolTeam> teams;
    std::vector<ProtocolAdjudicator> adjudicators;
    std::vector<ProtocolMotion> motions;
    std::vector<ProtocolRound> results;  // rounds with a draw, in schedule order
    std::optional<ProtocolStandings> team_standings, speaker_standings;
    std::optional<std::vector<ProtocolBreakEntry>> break_entries;  // nullopt before the break
    std::optional<std::vector<ProtocolAward>> awards;
};

// `lang`: the alphabet names sort in. Unreadable draws, ballots or break files go to diags
// (their sections are then left out).
ProtocolResult protocol(const Tournament& t, const FileSystem& fs, const std::string& lang, Diagnostics& diags);
nlohmann::ordered_json to_json(const ProtocolResult& result);
// team_place, best_speaker, best_adjudicator
std::string award_kind_code(AwardKind kind);

}  // namespace tab::app

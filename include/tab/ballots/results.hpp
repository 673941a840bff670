// The outcome of each debate of a round, aggregated from its ballot sheets: what standings,
// histories, the break and exports read. Mirrors Tabbycat's TeamScore and SpeakerScore rows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/ballots/ballots.hpp"
#include "tab/model/draw.hpp"
#include "tab/base/fraction.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct SpeechResult {
    int speaker = -1;              // index into Tournament::speakers
    int position = 0;              // 1..speakers_per_team; speakers_per_team + 1 = reply
    Fraction score;                // mean over the counted sheets
    std::optional<Fraction> rank;  // mean speech rank, where ranks are used
    bool iron = false;             // a second substantive speech: counts for the team only
};

struct TeamResult {
    int team = -1;                 // index into Tournament::teams
    int side = 0;                  // index into Format::sides
    bool pullup = false;           // pulled up into this debate's bracket (from the draw)
    bool scored = false;           // scores were entered (else a result-only ballot)
    int points = 0;                // two-team: 1 for a win; BP prelims: 3/2/1/0; BP elims: 1 = advances
    bool win = false;              // two-team winner, or BP team that advances
    Fraction score;                // team total (panel mean), iron speeches included
    std::optional<Fraction> margin;  // own total minus the opponent's (two-team only)
    int votes = 0;                 // voting sheets for this team
    int panel = 0;                 // voting sheets for the debate (0 for a consensus ballot)
    bool has_iron = false;
    std::vector<SpeechResult> speeches;  // by position
};

struct DebateResult {
    int room = 0;                  // Debate::room
    bool entered = false;          // a confirmed, valid ballot exists
    bool pullup_debate = false;    // some team in the debate was pulled up
    std::vector<TeamResult> teams; // by side; present (without scores) even when not entered
};

struct RoundResults {
    std::string round;             // round id
    int round_index = -1;          // index into Tournament::rounds
    bool prelim = true;
    double weight = 1;
    std::vector<DebateResult> debates;
    std::vector<int> byes;         // teams with a bye
};

// Aggregates the sheets of each debate (DOMAIN.md §4): majority decides, the chair breaks an even
// split; scores are means over the majority or over every sheet (Format::scores_from_majority);
// BP ranks follow the totals. Debates whose sheets break a rule are left not entered (the rule
// is reported by check_ballots).
RoundResults compute_round_results(const Tournament& t, const Draw& draw, const BallotFile& ballots);

// The results of the prelim rounds through `after_round` (all drawn prelims if empty), in order,
// read from the draws and ballot files. Rounds without a draw are skipped.
std::vector<RoundResults> load_results(const Tournament& t, const FileSystem& fs, const std::string& after_round,
                                       Diagnostics& diags);
// The results of one round; nullopt if it has no draw.
std::optional<RoundResults> load_round_results(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                               Diagnostics& diags);

}  // namespace tab

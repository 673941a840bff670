// The ballots of a round as people enter them: rounds/<id>/ballots.csv, one row per speech.
//
//   room,adjudicator,team,speaker,position,score,rank,win,iron,status
//
// room       the debate's room number in draw.csv (or its venue name)
// adjudicator who filled in the sheet; empty = one consensus sheet for the room (BP, or any
//            room whose panel agreed on one ballot)
// team       the team the speech was given for
// speaker    the speaker's name (a member of that team)
// position   1..speakers per team, or "reply"
// score      the speaker score on the format's scale and step (decimals with '.' or ',')
// rank       speech rank (formats with speech ranks, e.g. APDA); 1 = best. On a team row (no
//            speaker, position or score): the team's place in the debate as recorded (BP 1-4)
// win        "yes" on the rows of the team this sheet gives the win (two-team) or sends through
//            (elimination rounds); optional where the totals decide
// iron       "yes" when the speaker gives a second substantive speech for an absent teammate
// status     "draft" for a sheet not yet confirmed (it does not count); empty = confirmed;
//            "recorded" for a sheet copied from an archive: it counts as it is, the entry rules
//            are reported as warnings, and a BP room's recorded places rank its teams
//
// Only room and team are required as columns. An elimination round may be entered without
// scores: one row per team with only room, (adjudicator,) team and win.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct BallotSpeech {
    int line = 0;                  // line in ballots.csv
    int side = -1;                 // the team's side in the debate (index into Debate::teams)
    int speaker = -1;              // index into Tournament::speakers; -1 when not given
    int position = 0;              // 1..speakers_per_team; speakers_per_team + 1 = reply; 0 = none
    std::optional<int64_t> score;  // hundredths of a point
    std::optional<int> rank;       // speech rank
    bool iron = false;
};

// One adjudicator's sheet (or the panel's consensus sheet) for one debate.
struct BallotSheet {
    int line = 0;                  // first row of the sheet
    int debate = -1;               // index into Draw::debates
    int adjudicator = -1;          // index into Tournament::adjudicators; -1 = consensus
    bool confirmed = true;
    bool recorded = false;         // copied from an archive: a record, not an entry to check
    std::vector<BallotSpeech> speeches;  // in file order
    std::vector<bool> declared;    // per side: marked as winner / advancing
    std::vector<bool> listed;      // per side: the team has at least one row
    std::vector<std::optional<int>> places;  // per side: the place a team row records (1 = first)
};

// 1-based column numbers of the file's columns (0 = absent), for diagnostics.
struct BallotColumns {
    int room = 0, adjudicator = 0, team = 0, speaker = 0, position = 0, score = 0, rank = 0, win = 0, iron = 0;
};

struct BallotFile {
    std::string file;              // rounds/<id>/ballots.csv
    BallotColumns columns;
    std::vector<BallotSheet> sheets;  // in order of first appearance
    // Debates (indices into Draw::debates) with a row dropped for a cell that cannot be read (an
    // unknown name, a bad number): already reported, so check_ballots checks only the rows read
    // (not the positions, totals or decision the dropped row leaves open), and the result does not count.
    std::set<int> unreadable;
};

// Parses the ballot file of a round against its draw, reporting every unreadable cell (unknown
// room, team, speaker or adjudicator, a team not in that room, a bad position or number).
// Rows with such problems are dropped (their debates listed in BallotFile::unreadable); the rest is
// returned. Names are matched by name_key; an unknown one names the room's nearest ("did you mean").
BallotFile parse_ballots(const Tournament& t, const Draw& draw, std::string_view text, const std::string& file,
                         Diagnostics& diags);

// Reads rounds/<id>/ballots.csv; an empty BallotFile (no diagnostic) if it does not exist.
BallotFile read_ballots(const FileSystem& fs, const Tournament& t, const Draw& draw, Diagnostics& diags);

// Checks the rules of DOMAIN.md §4 and tabbycat.md §7.6 on every sheet: positions, ranges and
// steps, iron speeches, reply rules, tied BP totals, declared winners, margins, speech ranks,
// panels disagreeing on the speaker order, elimination results. Every problem goes to diags.
void check_ballots(const Tournament& t, const Draw& draw, const BallotFile& ballots, Diagnostics& diags);

// Rooms (Debate::room) of the draw with no confirmed sheet.
std::vector<int> rooms_missing_ballots(const Draw& draw, const BallotFile& ballots);

// The CSV text of a ballot file (what `tab simulate` writes).
std::string ballots_to_csv(const Tournament& t, const Draw& draw, const BallotFile& ballots);

}  // namespace tab

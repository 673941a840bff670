// tab ballots sheets ROUND: the blank ballot sheets of a drawn round, one per voting adjudicator
// per room (one per room without a panel), pre-filled with what the draw knows: tournament,
// round, venue, motion, the teams by side with their speakers, the adjudicator. The CLI prints
// them as printable HTML or as rows of rounds/<ROUND>/ballots.csv to fill in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct SheetTeam {
    std::string side;                   // the format's side code: og, oo, cg, co, gov, opp
    std::string team;
    std::vector<std::string> speakers;  // in the order of teams.csv
};

struct BlankSheet {
    int room = 0;
    std::string venue;
    std::string adjudicator;  // empty: one sheet for a room without a panel
    bool chair = false;       // the adjudicator chairs the room
    std::vector<SheetTeam> teams;  // in side order
};

struct BallotSheets {
    std::string tournament;
    std::string round;       // round id
    std::string round_name;
    std::vector<std::string> motions;  // the round's motion texts (several: the teams choose)
    bool elimination = false;
    bool bp = false;
    int speakers_per_team = 0;
    bool reply = false;       // a reply speech per team
    bool speech_ranks = false;
    std::vector<BlankSheet> sheets;  // by room, chair first, then panellists
};

struct BallotSheetsRequest {
    std::string round;
};

// nullopt with a usage error for an unknown round, `cannot` when the round is not drawn.
std::optional<BallotSheets> ballot_sheets(const Tournament& t, const FileSystem& fs, const BallotSheetsRequest& request,
                                          Diagnostics& diags);

// The sheets as rows of rounds/<ROUND>/ballots.csv (its full header): a row per speech with
// room, adjudicator, team, the speaker expected in that position and the position filled in,
// score (and rank, win) left to the adjudicator. Filled in, the rows are a valid ballots.csv.
std::string ballot_sheets_csv(const BallotSheets& sheets);

}  // namespace tab::app

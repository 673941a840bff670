// tab results ROUND: each debate's outcome from its ballots: BP places or the winner, the
// panel-mean totals, margins and votes, and every speech.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/base/fraction.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// A team's outcome in a debate with an entered ballot.
enum class Outcome {
    win,   // two-team winner, or a BP team that goes through in an elimination round
    loss,
};
const char* code(Outcome o);  // "win", "loss"
const char* code(Stage s);    // "prelim", "elimination"

struct SpeechLine {
    std::string speaker;            // empty when the ballot names nobody
    int position = 0;               // 1..speakers per team
    bool reply = false;             // a reply speech (position is then the reply's, after the substantives)
    Fraction score;                 // mean over the counted sheets
    std::optional<Fraction> rank;   // mean speech rank, where ranks are used
    bool iron = false;              // a second substantive speech
};

struct TeamLine {
    std::string team;
    std::string side;               // the format's side code: gov, opp, og, oo, cg, co
    bool pullup = false;
    std::optional<Outcome> outcome; // two-team rounds and BP elimination rounds, when entered
    std::optional<int> place;       // BP prelims, when entered: 1..4
    std::optional<int> points;      // when entered
    std::optional<Fraction> total;  // team total (panel mean), when scores were entered
    std::optional<Fraction> margin; // two-team: own total minus the opponent's
    std::optional<int> votes;       // voting sheets for this team (panels only)
    std::optional<int> panel;       // voting sheets in the debate (panels only)
    std::vector<SpeechLine> speeches;
};

struct DebateLine {
    int room = 0;
    bool entered = false;           // a valid confirmed ballot counts for this room
    std::vector<TeamLine> teams;    // by side
};

struct RoundResultsReport {
    std::string round;
    Stage stage = Stage::prelim;
    std::vector<DebateLine> debates;
    std::vector<std::string> byes;  // teams with a bye
};

struct ResultsRequest {
    std::string round;
};

// nullopt with a usage error for an unknown round, `cannot` when it has no draw, the files'
// errors when the draw is invalid.
std::optional<RoundResultsReport> results(const Tournament& t, const FileSystem& fs, const ResultsRequest& request,
                                          Diagnostics& diags);

nlohmann::ordered_json to_json(const RoundResultsReport& r);

}  // namespace tab::app

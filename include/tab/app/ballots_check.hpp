// tab ballots check ROUND: every problem of rounds/<ROUND>/ballots.csv, and which rooms have a
// ballot that counts (confirmed and valid) and which do not. `tab status` counts the same way.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// Why a room's ballot does not count.
enum class MissingBallot {
    none,     // no confirmed sheet (no rows, or only drafts)
    invalid,  // a confirmed sheet that breaks a rule (see the problems)
};
const char* code(MissingBallot m);  // "none", "invalid"

struct RoomWithoutBallot {
    int room = 0;                    // Debate::room
    std::vector<std::string> teams;  // the room's teams, in side order
    MissingBallot reason = MissingBallot::none;
};

struct RoundBallots {
    std::string round;
    std::vector<Diagnostic> problems;           // errors and warnings of the ballot file, by position
    int rooms = 0;                              // rooms in the draw
    int rooms_counted = 0;                      // rooms with a valid confirmed ballot
    std::vector<RoomWithoutBallot> missing;     // the other rooms, by room number
    int error_count() const;
};

// Checks the ballots of a drawn round against its draw (no ballot file = every room missing).
RoundBallots check_round_ballots(const Tournament& t, const FileSystem& fs, const Draw& draw);

struct BallotsCheckRequest {
    std::string round;
};

// The round's ballot report. nullopt with a usage error for an unknown round, `cannot` when it
// has no draw or no ballot file yet, the draw file's errors when it is invalid. Problems of the
// ballot file are part of the report, not failures: the caller decides (exit 1 on an error).
std::optional<RoundBallots> ballots_check(const Tournament& t, const FileSystem& fs, const BallotsCheckRequest& request,
                                          Diagnostics& diags);

nlohmann::ordered_json to_json(const RoundBallots& r);

}  // namespace tab::app

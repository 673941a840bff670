// tab status: for each round, whether it is drawn, whether its rooms have adjudicators, and how
// many rooms have a ballot that counts, then the one thing the director should do next.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct RoundStatus {
    std::string round;
    Stage stage = Stage::prelim;
    bool drawn = false;                // rounds/<id>/draw.csv exists
    bool draw_valid = false;           // and reads without errors
    std::optional<int> rooms;          // rooms in a valid draw
    std::optional<bool> allocated;     // every room of a valid draw has a chair; none when the tournament has no adjudicators
    std::optional<int> ballots_in;     // rooms with a valid confirmed ballot (as `tab ballots check` counts)
    std::vector<int> rooms_without_ballot;  // the other rooms of a valid draw, ascending
    std::optional<int> ballot_problems;  // errors in the round's ballot file
};

// What to do next, in order of the rounds: the first round that needs something.
enum class NextAction {
    draw,              // draw a prelim
    break_and_draw,    // compute the break (if not done) and draw an elimination round
    fix_draw,          // the draw file has errors
    allocate,          // drawn, no ballot in yet, and rooms without a chair (when there are adjudicators)
    fix_ballots,       // the ballot file has errors
    enter_ballots,     // rooms still without a valid confirmed ballot
    done,              // every round drawn, every ballot in
};
const char* code(NextAction a);  // "draw", "break_and_draw", "fix_draw", "allocate", "fix_ballots", "enter_ballots", "done"

struct NextStep {
    NextAction action = NextAction::done;
    std::string round;    // the round it concerns; empty for done
    std::string command;  // the tab command that does it (or shows what to do)
};

struct StatusReport {
    std::vector<RoundStatus> rounds;
    NextStep next;
};

StatusReport status(const Tournament& t, const FileSystem& fs);

nlohmann::ordered_json to_json(const StatusReport& r);

}  // namespace tab::app

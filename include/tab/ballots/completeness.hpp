// Which rounds' results are missing: the one rule every command whose answer depends on results
// asks. Drawing a prelim, the break, awards and certificates refuse on an incomplete round
// (unless --allow-incomplete); publish and export leave its results out and say so. A debate's
// result counts when its ballot is confirmed and valid (DebateResult::entered), whether it was
// entered by hand, simulated or recorded by an import.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tab/ballots/results.hpp"

namespace tab {

struct IncompleteRound {
    std::string round;       // round id
    bool drawn = false;      // false: the round was never drawn, so none of its debates has a result
    std::vector<int> rooms;  // drawn: the rooms whose debate has no result that counts, ascending
};

// The prelim rounds before `round_id` (every prelim when it is empty) that are not drawn or have
// a debate without a result that counts, in round order. `results` are the loaded prelim results
// (load_results); a prelim absent from them counts as never drawn.
std::vector<IncompleteRound> incomplete_prelims(const Tournament& t, const std::vector<RoundResults>& results,
                                                std::string_view before_round = {});

// The same, read from the tournament's draws and ballot files.
std::vector<IncompleteRound> incomplete_prelims(const Tournament& t, const FileSystem& fs, std::string_view before_round,
                                                Diagnostics& diags);

// The elimination rounds of tournament.toml that are not drawn or have a debate without a result
// that counts, in round order: with incomplete_prelims, what keeps a tournament from being
// finished (awards and certificates are final only then). None when it declares no elimination round.
std::vector<IncompleteRound> incomplete_eliminations(const Tournament& t, const FileSystem& fs, Diagnostics& diags);

// "round R4: room(s) 2, 5 have no result that counts" or "round R2 has no draw": one line for a message.
Message describe(const IncompleteRound& r);

// What publish and export leave out: the drawn rounds of `incomplete` (a round not drawn yet is
// not due), each told in a warning that `what` leaves its results out.
std::vector<IncompleteRound> left_out(const std::vector<IncompleteRound>& incomplete, const Message& what, Diagnostics& diags);

// `results` without the rounds that are in `incomplete`: what a published tab counts.
std::vector<RoundResults> complete_only(std::vector<RoundResults> results, const std::vector<IncompleteRound>& incomplete);

}  // namespace tab

// tab replay: the regression check of a past tournament, in memory. Every draw tab made (one
// whose draw.toml records a method other than manual) is made again from its recorded seed by
// the same make_draw() as `tab draw` and compared with the stored draw: the same teams on the
// same sides in the same rooms, and the same byes (panels and venues, added later by
// `tab allocate`, are not compared). Every round's ballots are checked, and every standings table
// (teams, speakers, replies after each prelim) is computed twice and must be the same.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

enum class DrawCheck {
    same,       // made again from its seed: the same draw
    differs,    // made again: another draw
    failed,     // could not be made again
    manual,     // made by hand (no draw.toml, or method manual): nothing to make again
    not_drawn,  // the round has no draw yet
};
const char* draw_check_code(DrawCheck check);  // "same", "differs", "failed", "manual", "not_drawn"

struct ReplayRound {
    std::string round;
    Stage stage = Stage::prelim;
    DrawCheck draw = DrawCheck::not_drawn;
    std::optional<uint64_t> seed;         // the recorded seed, when the draw was made by tab
    int ballot_errors = 0;                // problems found in the round's ballots (reported as errors)
    std::optional<bool> standings_same;   // prelims with a draw: the standings after it computed twice agree
};

struct ReplayDifference {
    std::string round;
    std::string what;     // "draw", or the standings table: "teams", "speakers", "replies"
    Message message;  // for people (JSON gives its English text)
};

struct ReplayResult {
    std::vector<ReplayRound> rounds;
    std::vector<ReplayDifference> differences;
    int draws_made_again = 0;
    int standings_tables = 0;
    // The command's answer is exit 5 exactly when this holds.
    bool has_differences() const { return !differences.empty(); }
};

// Ballot problems go to diags as errors; nullopt (with an error) only when the standings
// settings are invalid. `progress(done, total)` is called before each round and at the end.
std::optional<ReplayResult> replay(const Tournament& t, const FileSystem& fs, Diagnostics& diags,
                                   const std::function<void(int, int)>& progress = {});

// docs/schema/replay.schema.json.
nlohmann::ordered_json to_json(const ReplayResult& result);

}  // namespace tab::app

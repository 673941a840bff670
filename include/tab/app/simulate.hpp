// tab simulate: plausible random ballots for a drawn round (rehearsals, tests).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct SimulateRequest {
    std::string round;
    std::optional<uint64_t> seed;  // default: derived from the tournament seed and the round
    bool force = false;            // replace an existing ballots.csv
};

struct SimulateResult {
    std::string round;
    std::string path;   // the ballot file written, relative to the tournament directory
    uint64_t seed = 0;
    int sheets = 0;     // ballot sheets written (one per adjudicator who votes)
    int rooms = 0;      // debates of the round
};

// Writes rounds/<ROUND>/ballots.csv; refuses (refused_overwrite) to replace it without force.
std::optional<SimulateResult> simulate_round(const Tournament& t, FileSystem& fs, const SimulateRequest& request,
                                             Diagnostics& diags);

// docs/schema/simulate.schema.json.
nlohmann::ordered_json to_json(const SimulateResult& result);

}  // namespace tab::app

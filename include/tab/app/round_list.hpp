// tab rounds: the rounds of tournament.toml in order, with whether each is drawn yet (scripts and
// the shell completion read the ids from it).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct RoundEntry {
    std::string id;
    std::string name;
    Stage stage = Stage::prelim;
    DrawMethod draw_method = DrawMethod::power;
    std::string break_category;  // elimination rounds; "" otherwise
    bool silent = false;
    bool drawn = false;          // rounds/<id>/draw.csv exists
    int motions = 0;
};

struct RoundsResult {
    std::vector<RoundEntry> rounds;
};

RoundsResult list_rounds(const Tournament& t, const FileSystem& fs);
nlohmann::ordered_json to_json(const RoundsResult& result);

// "prelim" or "elimination".
std::string stage_code(Stage stage);

}  // namespace tab::app

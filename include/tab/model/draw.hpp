// A round's draw: its debates (rooms) with teams by side, and the files it lives in.
//
// rounds/<id>/draw.csv has one row per debate:
//   room,venue,bracket,<side 1>,<side 2>[,<side 3>,<side 4>],pullups,chair,panellists,trainees,flags
// where the side columns are named after the format's sides (gov,opp or og,oo,cg,co) and hold
// team names; pullups, panellists, trainees and flags are lists separated by ';'. A row whose
// room is "bye" gives a team (in the first side column) a bye. rounds/<id>/draw.toml records
// how the draw was made (method, seed, tab version); a draw.csv without it is a manual draw.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/setting_codes.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct Debate {
    int room = 0;                    // 1-based room number, the debate's id within the round
    std::string venue;
    double bracket = 0;              // points of the bracket the debate was drawn in
    std::vector<int> teams;          // team indices by side, in the format's side order
    std::vector<bool> pullups;       // per side: the team was pulled up into this bracket
    int chair = -1;                  // adjudicator indices
    std::vector<int> panellists;
    std::vector<int> trainees;
    std::vector<std::string> flags;  // free-form remarks from the generator (e.g. rematch, same-institution)
};

struct Draw {
    std::string round;               // round id
    DrawMethod method = DrawMethod::manual;  // what made it; manual for a draw written by a person
    uint64_t seed = 0;
    std::vector<Debate> debates;
    std::vector<int> byes;           // teams with a bye this round
};

// File locations inside a tournament directory.
std::string round_dir(const std::string& round_id);    // rounds/<id>
std::string draw_path(const std::string& round_id);    // rounds/<id>/draw.csv
std::string draw_meta_path(const std::string& round_id);  // rounds/<id>/draw.toml
std::string ballots_path(const std::string& round_id); // rounds/<id>/ballots.csv

// Reads a round's draw; nullopt (with diagnostics) if it is missing or invalid.
// A missing draw gives no diagnostic: check fs.exists(draw_path(id)) to tell.
std::optional<Draw> read_draw(const FileSystem& fs, const Tournament& t, const std::string& round_id,
                              Diagnostics& diags);
// The CSV and TOML text of a draw (what write_draw writes).
std::string draw_to_csv(const Tournament& t, const Draw& d);
std::string draw_meta_to_toml(const Draw& d);
// Writes draw.csv and (unless manual) draw.toml; false, with the reason in diags, when one
// cannot be written.
bool write_draw(FileSystem& fs, const Tournament& t, const Draw& d, Diagnostics& diags);

}  // namespace tab

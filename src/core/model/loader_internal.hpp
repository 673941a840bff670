// The steps of load_tournament, one file each.
#pragma once

#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab::detail {

inline constexpr const char* tournament_file = "tournament.toml";

// Parses tournament.toml into t (everything but the participants). False if it cannot be parsed at all.
bool read_tournament_toml(const std::string& text, Tournament& t, Diagnostics& diags);
// Reads the participant CSV files named in t.files.
void read_participants(const FileSystem& fs, Tournament& t, Diagnostics& diags);
// Rules that span files: break sizes the format can run, categories that exist, team sizes.
void check_consistency(const Tournament& t, Diagnostics& diags);

}  // namespace tab::detail

// Writes a tournament directory: tournament.toml and the canonical participant CSV files, the
// exact inverse of load_tournament(). `tab init`, `tab import` and the season commands write
// tournaments through it, so there is one canonical spelling of every file.
#pragma once

#include <string>

#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// The files write_tournament() writes, relative to the tournament directory, in writing order.
std::vector<std::string> tournament_file_paths(const Tournament& t);

// Writes tournament.toml and the four participant files named in t.files, each through
// FileSystem::write_atomic. Returns false, with the reason in diags, at the first file that
// cannot be written.
bool write_tournament(FileSystem& fs, const Tournament& t, Diagnostics& diags);

// The text of each file, exactly as write_tournament() writes it.
std::string tournament_toml_text(const Tournament& t);
std::string institutions_csv_text(const Tournament& t);
std::string teams_csv_text(const Tournament& t);
std::string adjudicators_csv_text(const Tournament& t);
std::string venues_csv_text(const Tournament& t);

}  // namespace tab

// Reads a tournament directory: tournament.toml and the participant CSV files.
#pragma once

#include <optional>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// Loads and validates the tournament rooted at fs. Every problem found goes to diags; the
// returned tournament holds what could be read (nullopt only if tournament.toml is missing
// or unparseable).
std::optional<Tournament> load_tournament(const FileSystem& fs, Diagnostics& diags);

// The `language` tournament.toml declares, without checking anything else; "en" when there is
// no readable tournament.toml or it declares none.
std::string declared_language(const FileSystem& fs);

}  // namespace tab

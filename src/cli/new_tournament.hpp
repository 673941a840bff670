// What `tab init` and `tab import` share: where the new tournament goes, what it is called,
// and writing it without ever overwriting an existing tournament.
#pragma once

#include <string>

#include "context.hpp"
#include "tab/model/tournament.hpp"

namespace tab::cli {

// A directory named on the command line, relative to -C (as with git -C).
std::string target_directory(const Context& ctx, const std::string& dir);
// The last component of a directory path ("leagues/autumn-cup/" gives "autumn-cup").
std::string directory_name(const std::string& dir);
// Writes t into dir. Refuses (exit_code::refused_overwrite) if any file it would write exists,
// naming them; exit_code::cannot if a write fails; exit_code::ok otherwise.
int write_new_tournament(Context& ctx, const std::string& dir, const Tournament& t);

}  // namespace tab::cli

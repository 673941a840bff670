// Rules every command that works on one round shares: finding the round, its stored draw, the
// seed its draw is made from, the refusal to overwrite a file without --force, and the refusal
// to compute on missing results without --allow-incomplete.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tab/ballots/completeness.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// The round with id `id`, or nullptr with a usage error naming the rounds there are.
const Round* find_round(const Tournament& t, const std::string& id, Diagnostics& diags);

// The round's stored draw; nullopt with a `cannot` error when the round is not drawn yet, or
// with the file's errors when the draw file is invalid.
std::optional<Draw> stored_draw(const Tournament& t, const FileSystem& fs, const Round& round, Diagnostics& diags);

// True for a round drawn from the break (an elimination stage, or the elimination method).
bool is_elimination(const Round& round);

// The seed a round's draw is made from: `override` (--seed) if given, else the round's own
// `seed` in tournament.toml, else one derived from the tournament's seed and the round id.
uint64_t draw_seed(const Tournament& t, const Round& round, std::optional<uint64_t> override = std::nullopt);

// True when `path` may be written: it does not exist, or `force` is set. Otherwise false with a
// refused_overwrite error that names the path and `what` would be redone with --force.
bool may_write(const FileSystem& fs, const std::string& path, bool force, const Message& what, Diagnostics& diags);

// True when no round is incomplete. Otherwise a `cannot` error per incomplete round ("cannot
// `action`: what is missing", naming `flag` as the way on) and false; with allow_incomplete,
// warnings instead and true.
bool require_complete(const std::vector<IncompleteRound>& incomplete, const Message& action, bool allow_incomplete,
                      Diagnostics& diags, const std::string& flag = "--allow-incomplete");

// True when every debate of the draw has a chair (tab allocate, or panels written by hand).
bool every_room_chaired(const Draw& draw);

}  // namespace tab::app

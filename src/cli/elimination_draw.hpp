// The draw of an elimination round, for `tab draw ROUND` when the round's stage is elimination:
// the bracket from break.csv and the ballots of the category's previous elimination round.
#pragma once

#include <cstdint>
#include <optional>

#include "context.hpp"

namespace tab::cli {

// Draws (or with dry_run only prints) the elimination round; refuses to overwrite an existing
// draw without force (exit 3); exit 4 when the break or an earlier round's ballots are missing.
int run_elimination_draw(Context& ctx, const Tournament& t, const Round& round, std::optional<uint64_t> seed,
                         bool dry_run, bool force);

}  // namespace tab::cli

// Liveness as the commands show it (tab standings teams; the published team tab): the break
// categories' safe / live / dead statuses after the last prelim round with a counted result.
#pragma once

#include <optional>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/ballots/results.hpp"
#include "tab/breaks/liveness.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// compute_liveness on `results` (load_results). Once every prelim has a result the break
// decides: break.csv if it is written and readable, else the break computed now with
// break_remarks.csv. nullopt when there is nothing to show (no break category, no prelim result
// yet) or the break cannot be computed; a problem of break.csv or break_remarks.csv is a warning.
std::optional<TournamentLiveness> liveness_now(const Tournament& t, const FileSystem& fs,
                                               const std::vector<RoundResults>& results, Diagnostics& diags);

}  // namespace tab::app

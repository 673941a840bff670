// Sorting and ranking rows by a tuple of metric values, shared by team and speaker standings.
#pragma once

#include <string>
#include <vector>

#include "tab/standings/standings.hpp"

namespace tab::standings {

struct Rows {
    std::vector<std::vector<MetricValue>> values;  // per row: the ranked metrics, in precedence order
    std::vector<bool> ascending;                   // per ranked metric
    std::vector<int> tiebreak;                     // per row: position among tied rows (lower first)
    std::vector<bool> eligible;                    // per row: may be ranked (ineligible rows go last)
};

// Negative if a is better than b for a metric of that direction, 0 if tied. A missing value is
// worse than any value; "n/a" ties with "n/a" and is worse than a number.
int compare_values(const MetricValue& a, const MetricValue& b, bool ascending);
// Compares rows a and b on the metrics [0, count).
int compare_rows(const Rows& rows, int a, int b, size_t count);

// The rows in standings order: eligible first, then by the metrics, then by the tiebreak.
std::vector<int> standings_order(const Rows& rows);
// Ranks of the rows in `order` by the metrics [first, last): competition ranking, restarting
// for each group of rows tied on the metrics before `first`. Ineligible rows get rank 0.
std::vector<Ranking> competition_ranks(const Rows& rows, const std::vector<int>& order, size_t first, size_t last);

// Tiebreak positions: a shuffle from the seed ("random"), the order of the names ("name"), or
// the order of the institutions, then the shuffle ("institution"; rows without one last).
std::vector<int> tiebreak_positions(const std::vector<std::string>& names, const std::vector<std::string>& institutions,
                                    Tiebreak tiebreak, uint64_t seed);

// The tiebreak's institution of a team: full name, else code; "" for no team or institution.
std::string team_institution(const Tournament& t, int team);

// Checks a precedence (ranked) or a list of extras (not ranked) against the known metrics:
// unknown keys, repeats of a metric that may not repeat, and extra-only metrics in a ranked
// precedence are errors (about tournament.toml, in diags). key is the setting that lists them
// (team_precedence, speaker_extras, ...). Returns the column keys (a repeated wbw numbered wbw1, wbw2, ...).
std::optional<std::vector<std::string>> resolve_precedence(const std::vector<std::string>& precedence,
                                                           const MetricInfo* (*find)(std::string_view),
                                                           const std::string& key, bool ranked, Diagnostics& diags);

}  // namespace tab::standings

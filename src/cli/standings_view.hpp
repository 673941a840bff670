// Standings and results as the CLI shows them: tables for the rendering layer and the JSON
// shapes documented in docs/formats.md. Shared by `tab standings`, `tab results` and `tab replay`.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "tab/ballots/results.hpp"
#include "tab/standings/standings.hpp"

namespace tab::cli {

// The prelim results through `after` (all drawn prelims if empty); warns about rooms without a
// valid confirmed ballot. nullopt (after printing why) if `after` is not a round.
std::optional<std::vector<RoundResults>> load_prelim_results(Context& ctx, const Tournament& t, const std::string& after);

// teams | speakers | replies, rendered in the context's output format (JSON: the documented
// shape). nullopt with *error when the precedence is invalid.
std::optional<std::string> render_standings(Context& ctx, const Tournament& t, const std::vector<RoundResults>& results,
                                            const std::string& table, const std::string& after, std::string* error);

// A metric value as a table cell and as JSON (integers stay integers, n/a stays "n/a").
Cell metric_cell(const MetricValue& v);
nlohmann::ordered_json metric_json(const MetricValue& v);

}  // namespace tab::cli

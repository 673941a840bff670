// tab standings teams|speakers|replies [--after ROUND]: the team, speaker or reply tab after the
// prelim rounds through a round, ranked by the format's precedence or [standings].
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/breaks/liveness.hpp"
#include "tab/model/tournament.hpp"
#include "tab/standings/standings.hpp"

namespace tab::app {

enum class StandingsKind { teams, speakers, replies };
const char* code(StandingsKind k);  // "teams", "speakers", "replies"
std::optional<StandingsKind> parse_standings_kind(const std::string& text);

struct StandingsLine {
    std::optional<int> rank;          // standard competition rank; nullopt = unranked (too many missed speeches)
    bool tied = false;                // shares its rank with another line
    std::string speaker;              // speakers and replies only
    std::string team;
    std::string institution;          // the team's institution code
    std::vector<MetricValue> metrics; // one per StandingsReport::columns()
    // Teams: one per StandingsReport::liveness; nullopt = not eligible for that category.
    std::vector<std::optional<Liveness>> liveness;
};

// A break category whose liveness the team tab shows.
struct LivenessColumn {
    std::string category;  // BreakCategory::id
    std::string name;      // its name (in the tournament's language as loaded)
};

struct StandingsReport {
    StandingsKind kind = StandingsKind::teams;
    std::string after_round;               // the last prelim counted (empty before any draw)
    std::vector<std::string> precedence;   // ranking metric keys (a repeated wbw as wbw1, wbw2, ...)
    std::vector<std::string> extras;       // metrics shown, not ranked
    // Teams: one per break category once a prelim round has a counted result (liveness_now);
    // empty for speakers and replies, without break categories and before any result.
    std::vector<LivenessColumn> liveness;
    std::vector<StandingsLine> lines;      // best first
    std::vector<std::string> columns() const;  // precedence then extras
};

struct StandingsRequest {
    StandingsKind kind = StandingsKind::teams;
    std::string after;  // --after ROUND; empty = every drawn prelim
};

// The results of the prelims through `after` (every drawn prelim if empty) count; a round whose
// rooms lack a valid confirmed ballot gives a warning, and so does each problem of its files. nullopt with a usage error for an unknown
// round, invalid_input when [standings] names a bad precedence.
std::optional<StandingsReport> standings(const Tournament& t, const FileSystem& fs, const StandingsRequest& request,
                                         Diagnostics& diags);

nlohmann::ordered_json to_json(const StandingsReport& r);

}  // namespace tab::app

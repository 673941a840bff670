// Rules that look across files once everything is read.
#include "loader_internal.hpp"

namespace tab::detail {
namespace {

// BP eliminations need 4·2^k teams (full rooms down to the final) or 6·2^k (a partial first
// round where a third of the break bypasses, e.g. 48 = 16 bypass + 32). Two-team eliminations
// run any break of two or more (partial first round with byes to the top seeds).
bool bp_break_size_ok(int size) {
    for (int base : {4, 6}) {
        int s = base;
        while (s < size) s *= 2;
        if (s == size) return true;
    }
    return false;
}

}  // namespace

void check_consistency(const Tournament& t, Diagnostics& diags) {
    const std::string toml = tournament_file;
    if (t.rounds.empty()) diags.warning(toml, 0, 0, message("diag.load.no_rounds"));

    for (const BreakCategory& c : t.break_categories) {
        if (c.size < 0) {
            // missing or out of range: reported where it was read
        } else if (c.size < 2) {
            diags.error(toml, c.source_line, 1, message("diag.load.break_too_small", {{"id", c.id}, {"size", std::to_string(c.size)}}));
        } else if (t.format.is_bp() && !bp_break_size_ok(c.size)) {
            diags.error(toml, c.source_line, 1, message("diag.load.bp_break_size", {{"id", c.id}, {"size", std::to_string(c.size)}}));
        }
        int eligible = 0;
        for (const Team& team : t.teams)
            for (const std::string& id : team.break_categories) eligible += id == c.id;
        if (c.general) eligible = static_cast<int>(t.teams.size());
        if (!t.teams.empty() && c.size > eligible)
            diags.warning(toml, c.source_line, 1,
                          message("diag.load.break_above_eligible",
                                  {{"id", c.id}, {"n", std::to_string(c.size)}, {"eligible", std::to_string(eligible)}}));
    }

    for (const Round& r : t.rounds) {
        if (!r.break_category.empty() && !t.find_break_category(r.break_category))
            diags.error(toml, r.source_line, 1, message("diag.load.round_break_category", {{"round", r.id}, {"found", r.break_category}}));
    }

    const Settings publish = t.section("publish");
    if (publish.has("results_released"))
        for (const std::string& id : publish.get_list("results_released"))
            if (t.find_round(id) < 0)
                diags.error(toml, 0, 0, message("diag.load.released_round", {{"found", id}}));

    const int per_team = t.format.speakers_per_team;
    for (const Team& team : t.teams) {
        if (static_cast<int>(team.speakers.size()) != per_team)
            diags.warning(t.files.teams, 0, 0,
                          message("diag.load.team_speakers",
                                  {{"team", team.name}, {"n", std::to_string(team.speakers.size())}, {"expected", std::to_string(per_team)}}));
    }
}

}  // namespace tab::detail

#include "tab/model/loader.hpp"

#include "loader_internal.hpp"

namespace tab {
namespace {

// Rooms need four teams (BP) or two. With [draw] swing_teams = true a field that does not fill
// its rooms is completed with swing teams "Swing 1", "Swing 2", ... (placeholder speakers): they
// are drawn like any team (in a two-team format, instead of a bye), their ballots are entered like
// any other, and the standings list them unranked. They are never written to teams.csv, so they
// disappear when the field fills its rooms again.
void add_swing_teams(Tournament& t) {
    if (!t.section("draw").get_bool("swing_teams")) return;
    int active = 0;
    for (const Team& team : t.teams) active += !team.swing;
    const int per_room = t.format.teams_per_debate;
    for (int k = 1; (active + k - 1) % per_room != 0; ++k) {
        Team swing{"Swing " + std::to_string(k), -1, {}, {}, 0, true};
        for (int s = 1; s <= t.format.speakers_per_team; ++s) {
            swing.speakers.push_back(static_cast<int>(t.speakers.size()));
            t.speakers.push_back(Speaker{swing.name + " / " + std::to_string(s), "", static_cast<int>(t.teams.size()), {}, {}});
        }
        t.teams.push_back(std::move(swing));
    }
}

}  // namespace

std::optional<Tournament> load_tournament(const FileSystem& fs, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(detail::tournament_file);
    if (!text) {
        diags.error(detail::tournament_file, 0, 0, message("diag.load.no_tournament"));
        return std::nullopt;
    }
    Tournament t;
    if (!detail::read_tournament_toml(*text, t, diags)) return std::nullopt;
    detail::read_participants(fs, t, diags);
    add_swing_teams(t);
    detail::check_consistency(t, diags);
    return t;
}

}  // namespace tab

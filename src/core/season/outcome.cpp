#include "tab/season/outcome.hpp"

#include <algorithm>

#include "tab/model/draw.hpp"
#include "tab/ballots/results.hpp"
#include "tab/standings/standings.hpp"

namespace tab {
namespace {

void count_rounds(const Tournament& t, const FileSystem& fs, TournamentOutcome& o, Diagnostics& diags) {
    o.rounds = static_cast<int>(t.rounds.size());
    for (const Round& r : t.rounds) {
        if (!fs.exists(draw_path(r.id))) continue;
        std::optional<RoundResults> results = load_round_results(t, fs, r.id, diags);
        if (!results) continue;
        ++o.rounds_drawn;
        o.debates += static_cast<int>(results->debates.size());
        bool complete = std::all_of(results->debates.begin(), results->debates.end(),
                                    [](const DebateResult& d) { return d.entered; });
        if (complete) ++o.rounds_complete;
    }
}

}  // namespace

std::optional<TournamentOutcome> tournament_outcome(const Tournament& t, const FileSystem& fs, Diagnostics& diags) {
    TournamentOutcome o;
    count_rounds(t, fs, o, diags);
    o.team_place.assign(t.teams.size(), 0);
    if (!o.done()) return o;
    std::vector<RoundResults> prelims = load_results(t, fs, "", diags);
    std::optional<Awards> awards = compute_awards(t, fs, prelims, diags);
    if (!awards) return std::nullopt;
    for (const SpeakerAwards& sa : awards->speakers)
        if (sa.category.empty()) o.best_speakers = sa.speakers;
    for (const Certificate& c : certificates(t, *awards)) {
        ++o.certificates;
        o.diplomas += static_cast<int>(c.awards.size());
    }

    std::optional<TeamStandings> standings = compute_team_standings(t, prelims, team_standings_options(t), diags);
    if (!standings) return std::nullopt;
    std::vector<int> award_place(t.teams.size(), 0);
    for (const TeamPlaces& tp : awards->teams)
        for (const Placing& p : tp.places) {
            int& place = award_place[static_cast<size_t>(p.who)];
            if (place == 0 || p.place < place) place = p.place;
        }
    std::vector<int> order;
    for (const TeamStanding& row : standings->rows) order.push_back(row.team);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        int pa = award_place[static_cast<size_t>(a)], pb = award_place[static_cast<size_t>(b)];
        if ((pa > 0) != (pb > 0)) return pa > 0;
        return pa < pb;
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
        int team = order[i];
        int place = award_place[static_cast<size_t>(team)];
        o.team_place[static_cast<size_t>(team)] = place > 0 ? place : static_cast<int>(i) + 1;
    }
    o.team_order = std::move(order);
    return o;
}

std::string team_district(const Tournament& t, int team, const std::string& fallback) {
    int i = t.teams[static_cast<size_t>(team)].institution;
    if (i >= 0 && !t.institutions[static_cast<size_t>(i)].district.empty())
        return t.institutions[static_cast<size_t>(i)].district;
    return fallback;
}

}  // namespace tab

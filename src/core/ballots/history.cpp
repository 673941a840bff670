// Team histories for the draw generators, read off the results of the earlier prelims. Every
// drawn debate counts for sides, opponents and pull-ups; only entered (confirmed, valid) ballots
// count for points, wins and speaks.
#include "tab/ballots/history.hpp"

#include "tab/ballots/results.hpp"

namespace tab {

bool bye_counts_as_win(const Tournament& t) { return t.section("draw").get<ByeResult>("bye_result") == ByeResult::win; }

std::vector<TeamHistory> team_histories(const Tournament& t, const FileSystem& fs, const std::string& before_round,
                                        Diagnostics& diags) {
    std::vector<RoundResults> earlier;
    for (const Round& round : t.rounds) {
        if (round.id == before_round) break;
        if (round.stage != Stage::prelim) continue;
        if (std::optional<RoundResults> results = load_round_results(t, fs, round.id, diags)) earlier.push_back(std::move(*results));
    }
    return team_histories(t, earlier);
}

std::vector<TeamHistory> team_histories(const Tournament& t, const std::vector<RoundResults>& earlier) {
    std::vector<TeamHistory> out(t.teams.size());
    for (TeamHistory& h : out) h.side_counts.assign(t.format.sides.size(), 0);
    for (const RoundResults& results : earlier) {
        for (int team : results.byes) {
            ++out[team].byes;
            if (!bye_counts_as_win(t)) continue;
            out[team].points += results.weight;
            ++out[team].wins;
        }
        for (const DebateResult& debate : results.debates) {
            for (const TeamResult& team : debate.teams) {
                TeamHistory& h = out[team.team];
                ++h.debates;
                if (team.side < static_cast<int>(h.side_counts.size())) ++h.side_counts[team.side];
                if (team.pullup) ++h.pullups;
                for (const TeamResult& other : debate.teams)
                    if (other.team != team.team) h.opponents.push_back(other.team);
                if (!debate.entered) continue;
                h.points += team.points * results.weight;
                h.wins += team.win ? 1 : 0;
                h.speaks += team.score.to_double();
            }
        }
    }
    return out;
}

}  // namespace tab

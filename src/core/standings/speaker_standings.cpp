// Speaker and reply standings (tabbycat.md §4.3).
//
// A speaker's record is the scores of their own substantive speeches in entered prelim
// ballots; a second speech marked iron counts for the team only. Replies (position
// speakers_per_team + 1) make a separate tab. Metrics:
//   total, average, count; trimmed_mean drops the highest and the lowest score when there are
//   more than two; stdev is the population deviation (lower first); total_apda, srank (lower
//   first) and their single and double adjustments are MIT-Tab's, over the debater's per-round
//   values (apda_series.hpp): the sum, and the sum without the lowest and highest one or two
//   values (0 with no more than two or four); team_points, team_wins, firsts.. and num_adjs are
//   the speaker's team's; replies_sum/avg/stddev/count for the reply tab.
// Missed speeches: with a limit L ≥ 0, a speaker is ranked only with at least R − L speeches
// (R = prelim rounds counted); the others are listed below, unranked. Example: 5 rounds, L = 1:
// a speaker with 3 speeches is listed without a rank.
#include <algorithm>
#include <cmath>

#include "apda_series.hpp"
#include "ranking.hpp"
#include "score_series.hpp"
#include "tab/standings/standings.hpp"

namespace tab {
namespace {

using series::mean, series::stddev, series::sum_or_none, series::trimmed;

struct SpeakerTally {
    std::vector<Fraction> scores, replies;
    apda::DebaterSeries apda;
};

MetricValue speaker_value(const std::string& key, const SpeakerTally& x) {
    if (key == "total") return sum_or_none(x.scores);
    if (key == "average") return mean(x.scores);
    if (key == "trimmed_mean") return trimmed(x.scores, 1, true);
    if (key == "stdev") return stddev(x.scores);
    if (key == "count") return MetricValue::of(static_cast<int64_t>(x.scores.size()));
    if (key == "total_apda") return MetricValue::of(series::sum(x.apda.speaks));
    if (key == "total_single_adj") return MetricValue::of(apda::adjusted_sum(x.apda.speaks, 1));
    if (key == "total_double_adj") return MetricValue::of(apda::adjusted_sum(x.apda.speaks, 2));
    if (key == "srank") return MetricValue::of(series::sum(x.apda.ranks));
    if (key == "srank_single_adj") return MetricValue::of(apda::adjusted_sum(x.apda.ranks, 1));
    if (key == "srank_double_adj") return MetricValue::of(apda::adjusted_sum(x.apda.ranks, 2));
    if (key == "replies_sum") return sum_or_none(x.replies);
    if (key == "replies_avg") return mean(x.replies);
    if (key == "replies_stddev") return stddev(x.replies);
    if (key == "replies_count") return MetricValue::of(static_cast<int64_t>(x.replies.size()));
    return {};
}

const std::vector<std::string> team_keys = {"team_points", "team_wins", "firsts", "seconds", "thirds", "num_adjs"};

std::optional<SpeakerStandings> rank_speakers(const Tournament& t, const std::vector<RoundResults>& results,
                                              const StandingsOptions& options, bool replies, Diagnostics& diags) {
    auto precedence = standings::resolve_precedence(options.precedence, find_speaker_metric, "speaker_precedence", true, diags);
    auto extras = standings::resolve_precedence(options.extras, find_speaker_metric, "speaker_extras", false, diags);
    if (!precedence || !extras) return std::nullopt;
    // A metric already ranked is not shown again as an extra.
    std::erase_if(*extras, [&](const std::string& k) {
        return std::find(precedence->begin(), precedence->end(), k) != precedence->end();
    });
    const std::string count_key = replies ? "replies_count" : "count";
    if (options.missed_limit >= 0 && std::find(precedence->begin(), precedence->end(), count_key) == precedence->end() &&
        std::find(extras->begin(), extras->end(), count_key) == extras->end())
        extras->push_back(count_key);

    const int n = static_cast<int>(t.speakers.size());
    std::vector<SpeakerTally> tally(n);
    int rounds = 0;
    for (const RoundResults& round : results) {
        if (!round.prelim) continue;
        ++rounds;
        for (const DebateResult& d : round.debates) {
            if (!d.entered) continue;
            for (const TeamResult& team : d.teams)
                for (const SpeechResult& s : team.speeches) {
                    if (s.speaker < 0 || s.iron) continue;
                    SpeakerTally& x = tally[s.speaker];
                    if (s.position > t.format.speakers_per_team) {
                        x.replies.push_back(s.score);
                        continue;
                    }
                    x.scores.push_back(s.score);
                }
        }
    }

    std::vector<apda::DebaterSeries> series = apda::debater_series(t, results);
    for (int s = 0; s < n; ++s) tally[s].apda = std::move(series[s]);

    // Team metrics of each speaker come from the team standings' tallies.
    std::vector<std::string> wanted;
    for (const std::string& k : *precedence)
        if (std::find(team_keys.begin(), team_keys.end(), k) != team_keys.end()) wanted.push_back(k);
    for (const std::string& k : *extras)
        if (std::find(team_keys.begin(), team_keys.end(), k) != team_keys.end()) wanted.push_back(k);
    std::vector<std::vector<MetricValue>> team_values(t.teams.size());
    if (!wanted.empty()) {
        StandingsOptions team_options;
        for (const std::string& k : wanted) team_options.extras.push_back(k == "team_points" ? "points" : k == "team_wins" ? "wins" : k);
        std::optional<TeamStandings> teams = compute_team_standings(t, results, team_options, diags);
        if (!teams) return std::nullopt;
        for (const TeamStanding& row : teams->rows) team_values[row.team] = row.metrics;
    }
    auto value = [&](const std::string& key, int speaker) {
        auto it = std::find(wanted.begin(), wanted.end(), key);
        int team = t.speakers[speaker].team;
        if (it == wanted.end()) return speaker_value(key, tally[speaker]);
        return team < 0 ? MetricValue{} : team_values[team][it - wanted.begin()];
    };

    std::vector<std::string> names, institutions;
    for (const Speaker& s : t.speakers) {
        names.push_back(s.name);
        institutions.push_back(standings::team_institution(t, s.team));
    }
    standings::Rows rows;
    rows.tiebreak = standings::tiebreak_positions(names, institutions, options.tiebreak, options.seed);
    for (const std::string& k : *precedence) rows.ascending.push_back(find_speaker_metric(k)->ascending);
    std::vector<int> listed;  // speakers shown: the reply tab lists only those who replied
    for (int s = 0; s < n; ++s) {
        const std::vector<Fraction>& record = replies ? tally[s].replies : tally[s].scores;
        if (replies && record.empty()) continue;
        listed.push_back(s);
        std::vector<MetricValue> v;
        for (const std::string& k : *precedence) v.push_back(value(k, s));
        rows.values.push_back(std::move(v));
        const bool swing = t.speakers[s].team >= 0 && t.teams[t.speakers[s].team].swing;
        rows.eligible.push_back(!swing && (options.missed_limit < 0 ||
                                           static_cast<int>(record.size()) >= rounds - options.missed_limit));
    }
    std::vector<int> tiebreak;
    for (int s : listed) tiebreak.push_back(rows.tiebreak[s]);
    rows.tiebreak = tiebreak;

    std::vector<int> order = standings::standings_order(rows);
    std::vector<Ranking> ranks = standings::competition_ranks(rows, order, 0, rows.ascending.size());
    SpeakerStandings out;
    out.precedence = *precedence;
    out.extras = *extras;
    for (size_t i = 0; i < order.size(); ++i) {
        int speaker = listed[order[i]];
        SpeakerStanding row{speaker, ranks[i], rows.values[order[i]]};
        for (const std::string& k : *extras) row.metrics.push_back(value(k, speaker));
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace

std::optional<SpeakerStandings> compute_speaker_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                          const StandingsOptions& options, Diagnostics& diags) {
    return rank_speakers(t, results, options, false, diags);
}

std::optional<SpeakerStandings> compute_reply_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                        const StandingsOptions& options, Diagnostics& diags) {
    return rank_speakers(t, results, options, true, diags);
}

}  // namespace tab

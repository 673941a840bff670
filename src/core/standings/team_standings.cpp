// Team standings: tally each team's prelim debates, compute the metrics the precedence asks
// for, then sort and rank (ranking.cpp).
//
// Definitions follow Tabbycat (tabbycat.md §4.2), with APDA's adjusted metrics added:
//   points        Σ points × round weight (two-team 1 per win, BP 3/2/1/0); none without a ballot
//   speaks_*      over the team's totals (iron speeches included); ind_avg over its speakers'
//                 own substantive speeches; stddev is the population deviation, lower first
//   speaks_apda, srank, *_single_adj, *_double_adj
//                 MIT-Tab's team speaks and ranks: over the per-round values of the team's
//                 debaters (apda_series.hpp, an iron person's speeches each on its own), the sum,
//                 and the sum of every value without the lowest and highest one (single) or two
//                 (double); 0 with no more than two (four) values
//   draw_strength Σ over every drawn opponent (a repeat counts again, ballot in or not) of the
//                 opponent's points; draw_strength_speaks the same with its speaks_sum, and
//                 draw_strength_rank with its rank, lower first (an extra only: it needs the ranks)
//   opp_strength  MIT-Tab's opponent strength: the mean of the drawn opponents' wins (a repeat
//                 counts again); 0 without opponents
//   num_adjs      Σ votes / panel × 3 ("ballots won")
//   wbw           who beat whom: when exactly two teams are tied on every metric before it,
//                 the points each earned in debates against the other; otherwise n/a
// Example (Tabbycat's trivial case): team 1 beat team 2 101–99 and 102–98. Points 2/0,
// speaks_sum 203/197, stddev 0.5/0.5, margin_sum 6/−6, and draw strength 0/4: team 2 met
// team 1, with its 2 points, twice.
#include <algorithm>
#include <cmath>
#include <map>

#include "apda_series.hpp"
#include "ranking.hpp"
#include "score_series.hpp"
#include "tab/ballots/history.hpp"
#include "tab/standings/standings.hpp"

namespace tab {
namespace {

using series::mean, series::stddev, series::sum_or_none;

struct TeamTally {
    bool entered = false;              // at least one entered ballot
    Fraction points;
    int wins = 0;
    std::vector<Fraction> scores;      // team totals of scored debates
    std::vector<Fraction> margins;
    std::vector<Fraction> speeches;    // own substantive, non-iron speeches
    Fraction ballots;                  // Σ votes / panel × 3
    int places[4] = {0, 0, 0, 0};      // BP debates with 3, 2, 1, 0 points
    int iron = 0, pullups = 0, pullup_debates = 0;
    std::vector<int> opponents;        // every drawn prelim opponent
};

Fraction weight_of(double w) { return Fraction::of(std::llround(w * 1000), 1000); }


class TeamTable {
public:
    TeamTable(const Tournament& t, const std::vector<RoundResults>& results)
        : t_(t), tally_(t.teams.size()), debaters_(apda::debater_series(t, results)) {
        const bool bye_wins = bye_counts_as_win(t);
        for (const RoundResults& round : results) {
            if (!round.prelim) continue;
            for (const DebateResult& d : round.debates) add(d, weight_of(round.weight));
            if (!bye_wins) continue;
            for (int team : round.byes) {  // a win and its point; no speaks, no opponent
                TeamTally& x = tally_[team];
                x.entered = true;
                x.points += weight_of(round.weight);
                ++x.wins;
            }
        }
    }

    MetricValue value(const std::string& key, int team) const {
        const TeamTally& x = tally_[team];
        if (key == "points") return x.entered ? MetricValue::of(x.points) : MetricValue{};
        if (key == "wins") return MetricValue::of(x.wins);
        if (key == "speaks_sum") return sum_or_none(x.scores);
        if (key == "speaks_avg") return mean(x.scores);
        if (key == "speaks_ind_avg") return mean(x.speeches);
        if (key == "speaks_stddev") return stddev(x.scores);
        if (key == "speaks_apda") return MetricValue::of(series::sum(apda::team_pool(t_, debaters_, team, false)));
        if (key == "speaks_single_adj") return MetricValue::of(apda::adjusted_sum(apda::team_pool(t_, debaters_, team, false), 1));
        if (key == "speaks_double_adj") return MetricValue::of(apda::adjusted_sum(apda::team_pool(t_, debaters_, team, false), 2));
        if (key == "margin_sum") return sum_or_none(x.margins);
        if (key == "margin_avg") return mean(x.margins);
        if (key == "draw_strength" || key == "draw_strength_speaks") {
            if (x.opponents.empty()) return {};
            Fraction s;
            for (int o : x.opponents) {
                MetricValue v = value(key == "draw_strength" ? "points" : "speaks_sum", o);
                if (v.kind == MetricValue::Kind::exact) s += v.exact;
            }
            return MetricValue::of(s);
        }
        if (key == "opp_strength") {
            if (x.opponents.empty()) return MetricValue::of(0);  // as MIT-Tab: a team of byes only has 0
            int64_t wins = 0;
            for (int o : x.opponents) wins += tally_[o].wins;
            return MetricValue::of(Fraction::of(wins, static_cast<int64_t>(x.opponents.size())));
        }
        if (key == "num_adjs") return MetricValue::of(x.ballots);
        if (key == "firsts") return MetricValue::of(x.places[0]);
        if (key == "seconds") return MetricValue::of(x.places[1]);
        if (key == "thirds") return MetricValue::of(x.places[2]);
        if (key == "num_iron") return MetricValue::of(x.iron);
        if (key == "npullups") return MetricValue::of(x.pullups);
        if (key == "pullup_debates") return MetricValue::of(x.pullup_debates);
        if (key == "srank") return MetricValue::of(series::sum(apda::team_pool(t_, debaters_, team, true)));
        if (key == "srank_single_adj") return MetricValue::of(apda::adjusted_sum(apda::team_pool(t_, debaters_, team, true), 1));
        if (key == "srank_double_adj") return MetricValue::of(apda::adjusted_sum(apda::team_pool(t_, debaters_, team, true), 2));
        return {};
    }

    // The column of a metric over every team; who beat whom looks at the groups tied on the
    // metrics already in `rows`.
    std::vector<MetricValue> column(const std::string& key, const standings::Rows& rows) const {
        if (!find_team_metric(key)->repeatable) {
            std::vector<MetricValue> out;
            for (size_t team = 0; team < tally_.size(); ++team) out.push_back(value(key, static_cast<int>(team)));
            return out;
        }
        std::vector<MetricValue> out(tally_.size(), MetricValue::na());
        std::vector<int> order = standings::standings_order(rows);
        const size_t prior = rows.ascending.size();
        for (size_t i = 0; i < order.size();) {
            size_t j = i + 1;
            while (j < order.size() && standings::compare_rows(rows, order[i], order[j], prior) == 0) ++j;
            if (j - i == 2) {
                out[order[i]] = MetricValue::of(points_against(order[i], order[i + 1]));
                out[order[i + 1]] = MetricValue::of(points_against(order[i + 1], order[i]));
            }
            i = j;
        }
        return out;
    }

    // draw_strength_rank: per team, Σ over every drawn opponent (a repeat counts again) of its
    // rank (0 for an unranked swing team); none without opponents.
    std::vector<MetricValue> rank_strength(const std::vector<int>& rank_of) const {
        std::vector<MetricValue> out(tally_.size());
        for (size_t team = 0; team < tally_.size(); ++team) {
            if (tally_[team].opponents.empty()) continue;
            int64_t s = 0;
            for (int o : tally_[team].opponents) s += rank_of[o];
            out[team] = MetricValue::of(s);
        }
        return out;
    }

private:
    // Points `team` earned in entered debates that `other` was also in.
    Fraction points_against(int team, int other) const {
        auto it = against_.find({team, other});
        return it == against_.end() ? Fraction() : it->second;
    }

    void add(const DebateResult& d, Fraction weight) {
        for (const TeamResult& r : d.teams) {
            TeamTally& x = tally_[r.team];
            for (const TeamResult& o : d.teams)
                if (o.team != r.team) x.opponents.push_back(o.team);
            x.pullups += r.pullup ? 1 : 0;
            x.pullup_debates += d.pullup_debate ? 1 : 0;
            if (!d.entered) continue;
            x.entered = true;
            x.points += weight * r.points;
            x.wins += r.win ? 1 : 0;
            if (r.points >= 0 && r.points <= 3 && d.teams.size() == 4) ++x.places[3 - r.points];
            x.iron += r.has_iron ? 1 : 0;
            if (r.panel > 0) x.ballots += Fraction::of(3 * r.votes, r.panel);
            if (r.scored) x.scores.push_back(r.score);
            if (r.margin) x.margins.push_back(*r.margin);
            for (const SpeechResult& s : r.speeches)
                if (s.position <= t_.format.speakers_per_team && !s.iron) x.speeches.push_back(s.score);
            for (const TeamResult& o : d.teams)
                if (o.team != r.team) against_[{r.team, o.team}] += Fraction(r.points);
        }
    }

    const Tournament& t_;
    std::vector<TeamTally> tally_;
    std::vector<apda::DebaterSeries> debaters_;
    std::map<std::pair<int, int>, Fraction> against_;
};

}  // namespace

std::optional<TeamStandings> compute_team_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                    const StandingsOptions& options, Diagnostics& diags) {
    auto precedence = standings::resolve_precedence(options.precedence, find_team_metric, "team_precedence", true, diags);
    auto extras = standings::resolve_precedence(options.extras, find_team_metric, "team_extras", false, diags);
    if (!precedence || !extras) return std::nullopt;
    // A metric already ranked is not shown again as an extra.
    std::erase_if(*extras, [&](const std::string& k) {
        return std::find(precedence->begin(), precedence->end(), k) != precedence->end();
    });
    const TeamTable table(t, results);
    const int n = static_cast<int>(t.teams.size());

    std::vector<std::string> names, institutions;
    for (int team = 0; team < n; ++team) {
        names.push_back(t.teams[team].name);
        institutions.push_back(standings::team_institution(t, team));
    }
    standings::Rows rows;
    rows.values.assign(n, {});
    rows.tiebreak = standings::tiebreak_positions(names, institutions, options.tiebreak, options.seed);
    rows.eligible.assign(n, true);
    for (int i = 0; i < n; ++i) rows.eligible[i] = !t.teams[i].swing;  // swing teams are listed, not ranked

    for (const std::string& key : *precedence) {
        std::vector<MetricValue> column = table.column(key, rows);
        rows.ascending.push_back(find_team_metric(key)->ascending);
        for (int team = 0; team < n; ++team) rows.values[team].push_back(column[team]);
    }
    std::vector<int> order = standings::standings_order(rows);
    const size_t ranked = rows.ascending.size();
    std::vector<Ranking> ranks = standings::competition_ranks(rows, order, 0, ranked);
    std::vector<Ranking> subranks = standings::competition_ranks(rows, order, std::min<size_t>(1, ranked), ranked);

    std::vector<std::vector<MetricValue>> all = rows.values;
    std::vector<int> rank_of(n);
    for (size_t i = 0; i < order.size(); ++i) rank_of[order[i]] = ranks[i].rank;
    for (const std::string& key : *extras) {
        std::vector<MetricValue> column = key == "draw_strength_rank" ? table.rank_strength(rank_of) : table.column(key, rows);
        for (int team = 0; team < n; ++team) all[team].push_back(column[team]);
    }
    TeamStandings out;
    out.precedence = *precedence;
    out.extras = *extras;
    for (size_t i = 0; i < order.size(); ++i)
        out.rows.push_back({order[i], ranks[i], subranks[i], std::move(all[order[i]])});
    return out;
}

}  // namespace tab

// Liveness (include/tab/breaks/liveness.hpp): Tabbycat's thresholds, written for one number of
// points a round so that two-team (1) and BP (3) share the code, then applied to every team
// eligible for each break category.
#include "tab/breaks/liveness.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "tab/standings/standings.hpp"

namespace tab {
namespace {

// How many teams at most (shares rounded up) and at least (rounded down) finish on each total
// or higher, from the top total down. Tabbycat computes T / (p+1)^R × ways in floating point;
// so does this, in the same order, for the same roundings.
struct ExpectedFinishes {
    std::vector<int64_t> most;
    std::vector<int64_t> fewest;
};

ExpectedFinishes expected_finishes(int total_teams, int rounds, int points_per_round) {
    const double share = static_cast<double>(total_teams) / std::pow(static_cast<double>(points_per_round + 1), rounds);
    ExpectedFinishes out;
    int64_t most = 0, fewest = 0;
    // The row is symmetric, so counting from its start counts from the top total.
    for (int64_t ways : point_total_ways(rounds, points_per_round)) {
        const double teams = share * static_cast<double>(ways);
        most += static_cast<int64_t>(std::ceil(teams));
        fewest += static_cast<int64_t>(std::floor(teams));
        out.most.push_back(most);
        out.fewest.push_back(fewest);
    }
    return out;
}

// The first index whose cumulative count passes the break size; the row's length if none does.
int first_above(const std::vector<int64_t>& cumulative, int break_size) {
    auto it = std::find_if(cumulative.begin(), cumulative.end(), [&](int64_t n) { return n > break_size; });
    return static_cast<int>(it - cumulative.begin());
}

// Every eligible team's points, best first; a team without a counted result has 0.
std::vector<Fraction> points_best_first(const std::vector<std::optional<Fraction>>& points,
                                        const std::vector<int>& eligible) {
    std::vector<Fraction> out;
    for (int team : eligible) out.push_back(points[static_cast<size_t>(team)].value_or(Fraction(0)));
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

bool eligible_for(const Team& team, const BreakCategory& cat) {
    if (team.swing) return false;  // a team made up to fill a room cannot break
    return cat.general || std::find(team.break_categories.begin(), team.break_categories.end(), cat.id) !=
                              team.break_categories.end();
}

// The 1-based number of the last prelim round with a counted result; 0 if none has one.
int last_round_with_results(const Tournament& t, const std::vector<RoundResults>& results) {
    int done = 0;
    for (const RoundResults& r : results) {
        if (!r.prelim || r.round_index < 0) continue;
        const bool counted = std::any_of(r.debates.begin(), r.debates.end(), [](const DebateResult& d) { return d.entered; });
        if (!counted) continue;
        int number = 0;
        for (int i = 0; i <= r.round_index; ++i) number += t.rounds[static_cast<size_t>(i)].stage == Stage::prelim ? 1 : 0;
        done = std::max(done, number);
    }
    return done;
}

// Each team's points by the standings' own count (byes, round weights); nullopt for no result.
std::optional<std::vector<std::optional<Fraction>>> team_points(const Tournament& t,
                                                                const std::vector<RoundResults>& results,
                                                                Diagnostics& diags) {
    StandingsOptions options;
    options.precedence = {"points"};
    options.tiebreak = Tiebreak::name;
    std::optional<TeamStandings> s = compute_team_standings(t, results, options, diags);
    if (!s) return std::nullopt;
    std::vector<std::optional<Fraction>> out(t.teams.size());
    for (const TeamStanding& row : s->rows)
        if (!row.metrics.empty() && row.metrics[0].kind == MetricValue::Kind::exact)
            out[static_cast<size_t>(row.team)] = row.metrics[0].exact;
    return out;
}

CategoryLiveness from_break(const Tournament& t, const BreakCategory& cat, const Break& decided) {
    CategoryLiveness out{cat.id, std::nullopt, std::vector<std::optional<Liveness>>(t.teams.size())};
    const CategoryBreak* b = decided.find(cat.id);
    std::vector<int> breaking = b ? b->breaking() : std::vector<int>{};
    for (size_t i = 0; i < t.teams.size(); ++i) {
        if (!eligible_for(t.teams[i], cat)) continue;
        const bool broke = std::find(breaking.begin(), breaking.end(), static_cast<int>(i)) != breaking.end();
        out.teams[i] = broke ? Liveness::safe : Liveness::dead;
    }
    return out;
}

CategoryLiveness from_thresholds(const Tournament& t, const BreakCategory& cat, int rounds_done, int prelim_rounds,
                                 const std::vector<std::optional<Fraction>>& points) {
    CategoryLiveness out{cat.id, std::nullopt, std::vector<std::optional<Liveness>>(t.teams.size())};
    // Tabbycat's calculate_live_thresholds gives no thresholds ("?") for these.
    if (cat.size <= 1 || t.teams.empty()) return out;
    std::vector<int> eligible;
    for (size_t i = 0; i < t.teams.size(); ++i)
        if (eligible_for(t.teams[i], cat)) eligible.push_back(static_cast<int>(i));
    LivenessInputs in;
    in.general = cat.general;
    in.next_round = rounds_done + 1;
    in.break_size = cat.size;
    in.total_teams = static_cast<int>(t.teams.size());
    in.total_rounds = prelim_rounds;
    if (!cat.general) in.category_points = points_best_first(points, eligible);
    const LivenessThresholds th = liveness_thresholds(in, t.format.is_bp() ? 3 : 1);
    out.thresholds = th;
    for (int team : eligible) out.teams[static_cast<size_t>(team)] = th.of(points[static_cast<size_t>(team)].value_or(0));
    return out;
}

}  // namespace

template <>
std::span<const Code<Liveness>> codes_of<Liveness>() {
    static constexpr Code<Liveness> table[] = {
        {Liveness::safe, "safe"}, {Liveness::live, "live"}, {Liveness::dead, "dead"}};
    return table;
}

Liveness LivenessThresholds::of(const Fraction& points) const {
    if (points >= safe) return Liveness::safe;
    if (points <= dead) return Liveness::dead;
    return Liveness::live;
}

std::vector<int64_t> point_total_ways(int rounds, int points_per_round) {
    std::vector<int64_t> row{1};
    for (int r = 0; r < rounds; ++r) {
        std::vector<int64_t> next(row.size() + static_cast<size_t>(points_per_round), 0);
        for (size_t k = 0; k < row.size(); ++k)
            for (int p = 0; p <= points_per_round; ++p) next[k + static_cast<size_t>(p)] += row[k];
        row = std::move(next);
    }
    return row;
}

LivenessThresholds liveness_thresholds(const LivenessInputs& in, int points_per_round) {
    const int break_size = in.break_size;
    // More places than teams: every team is safe (Tabbycat returns a dead threshold of -1).
    if (in.total_teams < break_size || (!in.general && std::ssize(in.category_points) <= break_size))
        return {Fraction(0), Fraction(-1)};

    const ExpectedFinishes expected = expected_finishes(in.total_teams, in.total_rounds, points_per_round);
    const int max_points = in.total_rounds * points_per_round;
    const int points_to_go = (in.total_rounds - in.next_round + 1) * points_per_round;

    // The lowest total no more than break_size teams can reach: a sure break in any category.
    Fraction safe(max_points - (first_above(expected.most, break_size) - 1));
    Fraction dead;
    if (in.general) {
        const int highest_not_breaking = max_points - first_above(expected.fewest, break_size);
        dead = Fraction(highest_not_breaking - points_to_go - 1);
    } else {
        // A team just outside the break may still catch those inside it, and nobody can any
        // more catch the last team inside from below its reach.
        const std::vector<Fraction>& points = in.category_points;
        safe = std::min(safe, points[static_cast<size_t>(break_size)] + Fraction(points_to_go + 1));
        dead = points[static_cast<size_t>(break_size - 1)] - Fraction(points_to_go + 1);
    }
    return {safe, dead};
}

std::optional<TournamentLiveness> compute_liveness(const Tournament& t, const std::vector<RoundResults>& results,
                                                   const Break* decided, const std::vector<ManualRemark>& remarks,
                                                   Diagnostics& diags) {
    TournamentLiveness out;
    out.rounds_done = last_round_with_results(t, results);
    out.prelim_rounds = static_cast<int>(
        std::count_if(t.rounds.begin(), t.rounds.end(), [](const Round& r) { return r.stage == Stage::prelim; }));
    if (t.break_categories.empty() || out.rounds_done == 0) return std::nullopt;

    if (out.rounds_done >= out.prelim_rounds) {
        std::optional<Break> computed;
        if (!decided) {
            computed = compute_break(t, results, remarks, diags);
            if (!computed) return std::nullopt;
            decided = &*computed;
        }
        for (const BreakCategory& cat : t.break_categories) out.categories.push_back(from_break(t, cat, *decided));
        return out;
    }
    std::optional<std::vector<std::optional<Fraction>>> points = team_points(t, results, diags);
    if (!points) return std::nullopt;
    for (const BreakCategory& cat : t.break_categories)
        out.categories.push_back(from_thresholds(t, cat, out.rounds_done, out.prelim_rounds, *points));
    return out;
}

}  // namespace tab

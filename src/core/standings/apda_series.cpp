#include "apda_series.hpp"

#include <algorithm>

#include "score_series.hpp"

namespace tab::apda {
namespace {

enum class Outcome { none, spoke, bye, forfeit_win, forfeit_loss };

// What one debater did in one round, and the speeches they gave in it.
struct RoundRecord {
    Outcome outcome = Outcome::none;
    std::vector<Fraction> speaks, ranks;
};

Fraction mean_or_zero(const std::vector<Fraction>& v) {
    return v.empty() ? Fraction() : series::sum(v) / static_cast<int64_t>(v.size());
}

std::vector<RoundRecord> round_records(const Tournament& t, const RoundResults& round) {
    std::vector<RoundRecord> out(t.speakers.size());
    auto mark_team = [&](int team, Outcome outcome) {
        for (int s : t.teams[static_cast<size_t>(team)].speakers)
            if (out[static_cast<size_t>(s)].outcome == Outcome::none) out[static_cast<size_t>(s)].outcome = outcome;
    };
    for (const DebateResult& d : round.debates) {
        if (!d.entered) continue;
        for (const TeamResult& r : d.teams) {
            bool spoke = false;
            for (const SpeechResult& s : r.speeches) {
                if (s.speaker < 0 || s.position > t.format.speakers_per_team) continue;
                RoundRecord& x = out[static_cast<size_t>(s.speaker)];
                x.outcome = Outcome::spoke;
                x.speaks.push_back(s.score);
                if (s.rank) x.ranks.push_back(*s.rank);
                spoke = true;
            }
            if (!spoke) mark_team(r.team, r.win ? Outcome::forfeit_win : Outcome::forfeit_loss);
        }
    }
    for (int team : round.byes) mark_team(team, Outcome::bye);
    return out;
}

}  // namespace

std::vector<DebaterSeries> debater_series(const Tournament& t, const std::vector<RoundResults>& results) {
    std::vector<std::vector<RoundRecord>> rounds;
    for (const RoundResults& round : results)
        if (round.prelim) rounds.push_back(round_records(t, round));

    std::vector<DebaterSeries> out(t.speakers.size());
    for (size_t s = 0; s < t.speakers.size(); ++s) {
        // The average a bye or a forfeit win gives: over the rounds really debated, each round's mean.
        std::vector<Fraction> spoken_speaks, spoken_ranks;
        for (const auto& round : rounds) {
            const RoundRecord& x = round[s];
            if (x.outcome != Outcome::spoke) continue;
            spoken_speaks.push_back(mean_or_zero(x.speaks));
            if (!x.ranks.empty()) spoken_ranks.push_back(mean_or_zero(x.ranks));
        }
        const Fraction average_speaks = mean_or_zero(spoken_speaks), average_rank = mean_or_zero(spoken_ranks);

        DebaterSeries& series = out[s];
        auto add = [&](const Fraction& speaks, const Fraction& rank) {
            series.speaks.push_back(speaks), series.team_speaks.push_back(speaks);
            series.ranks.push_back(rank), series.team_ranks.push_back(rank);
        };
        for (const auto& round : rounds) {
            const RoundRecord& x = round[s];
            switch (x.outcome) {
            case Outcome::none: break;
            case Outcome::bye:
            case Outcome::forfeit_win: add(average_speaks, average_rank); break;
            case Outcome::forfeit_loss: add(Fraction(), Fraction::of(7, 2)); break;
            case Outcome::spoke:
                series.speaks.push_back(mean_or_zero(x.speaks));
                series.team_speaks.insert(series.team_speaks.end(), x.speaks.begin(), x.speaks.end());
                if (x.ranks.empty()) break;
                series.ranks.push_back(mean_or_zero(x.ranks));
                series.team_ranks.insert(series.team_ranks.end(), x.ranks.begin(), x.ranks.end());
                break;
            }
        }
    }
    return out;
}

std::vector<Fraction> team_pool(const Tournament& t, const std::vector<DebaterSeries>& series, int team, bool ranks) {
    std::vector<Fraction> pool;
    for (int s : t.teams[static_cast<size_t>(team)].speakers) {
        const std::vector<Fraction>& v = ranks ? series[static_cast<size_t>(s)].team_ranks : series[static_cast<size_t>(s)].team_speaks;
        pool.insert(pool.end(), v.begin(), v.end());
    }
    return pool;
}

Fraction adjusted_sum(std::vector<Fraction> values, size_t drop) {
    if (values.size() <= 2 * drop) return Fraction();
    std::sort(values.begin(), values.end());
    return series::sum(std::vector<Fraction>(values.begin() + static_cast<long>(drop), values.end() - static_cast<long>(drop)));
}

}  // namespace tab::apda

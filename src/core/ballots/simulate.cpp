// Simulated ballots.
//
// Each team gets a hidden strength s in [0, 1) from Rng(derive_seed(tournament seed,
// "simulate/<team name>")), fixed for the whole tournament. A speech scores around
//   min + (0.35 + 0.4 s) × (max − min)
// plus noise of ±15% of the range (a different draw per adjudicator), rounded to the step and
// kept in range. A sheet whose totals tie is made decisive by raising the first speaker of the
// lower-listed tied team by one step (or lowering it at the top of the scale). Replies are given
// by the first speaker, iron speeches by the first speaker of a team with too few members.
// Speech ranks, where the format uses them, follow the scores.
#include "tab/ballots/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "tab/base/rng.hpp"

namespace tab {
namespace {

int64_t to_hundredths(double v) { return std::llround(v * 100); }

class Simulator {
public:
    Simulator(const Tournament& t, const Draw& draw, uint64_t seed) : t_(t), f_(t.format), draw_(draw), rng_(seed) {
        for (const Team& team : t.teams) strength_.push_back(Rng(derive_seed(t.seed, "simulate/" + team.name)).unit());
        int r = t.find_round(draw.round);
        elimination_ = r >= 0 && t.rounds[r].stage == Stage::elimination;
        final_ = elimination_;
        for (size_t i = static_cast<size_t>(r) + 1; r >= 0 && i < t.rounds.size(); ++i)
            if (t.rounds[i].stage == Stage::elimination && t.rounds[i].break_category == t.rounds[r].break_category)
                final_ = false;
    }

    BallotFile run() {
        BallotFile out;
        out.file = ballots_path(draw_.round);
        for (size_t d = 0; d < draw_.debates.size(); ++d) {
            const Debate& debate = draw_.debates[d];
            std::vector<int> judges;
            if (f_.ballot_style == BallotStyle::voting && debate.chair >= 0) {
                judges.push_back(debate.chair);
                judges.insert(judges.end(), debate.panellists.begin(), debate.panellists.end());
            } else {
                judges.push_back(-1);
            }
            for (int judge : judges) out.sheets.push_back(sheet(static_cast<int>(d), judge));
        }
        return out;
    }

private:
    BallotSheet sheet(int d, int judge) {
        const Debate& debate = draw_.debates[d];
        BallotSheet s;
        s.debate = d;
        s.adjudicator = judge;
        s.declared.assign(debate.teams.size(), false);
        s.listed.assign(debate.teams.size(), true);
        if (elimination_ && f_.is_bp() && !final_) {
            std::vector<int> order = by_strength(debate);
            for (int k = 0; k < 2; ++k) s.declared[order[k]] = true;
            return s;
        }
        for (size_t side = 0; side < debate.teams.size(); ++side) speeches(debate, static_cast<int>(side), s);
        make_decisive(s);
        if (f_.speech_ranks) rank_speeches(s);
        if (!f_.is_bp() || elimination_) s.declared[winner(s)] = true;
        return s;
    }

    // Sides ordered by strength plus noise, strongest first.
    std::vector<int> by_strength(const Debate& debate) {
        std::vector<std::pair<double, int>> keyed;
        for (size_t side = 0; side < debate.teams.size(); ++side)
            keyed.push_back({-(strength_[debate.teams[side]] + 0.5 * rng_.unit()), static_cast<int>(side)});
        std::sort(keyed.begin(), keyed.end());
        std::vector<int> order;
        for (const auto& k : keyed) order.push_back(k.second);
        return order;
    }

    int64_t score(const ScoreRange& range, double strength) {
        double span = range.max - range.min;
        double v = range.min + (0.35 + 0.4 * strength) * span + (rng_.unit() - 0.5) * 0.3 * span;
        double step = range.step > 0 ? range.step : 1;
        v = range.min + std::round((v - range.min) / step) * step;
        return to_hundredths(std::clamp(v, range.min, range.max));
    }

    void speeches(const Debate& debate, int side, BallotSheet& s) {
        const Team& team = t_.teams[debate.teams[side]];
        if (team.speakers.empty()) return;
        const double strength = strength_[debate.teams[side]];
        for (int p = 1; p <= f_.speakers_per_team; ++p) {
            BallotSpeech x;
            x.side = side;
            x.position = p;
            bool present = p <= static_cast<int>(team.speakers.size());
            x.speaker = present ? team.speakers[p - 1] : team.speakers[0];
            x.iron = !present;
            x.score = score(f_.speaker_scores, strength);
            s.speeches.push_back(x);
        }
        if (f_.reply) {
            BallotSpeech x;
            x.side = side;
            x.position = f_.speakers_per_team + 1;
            x.speaker = team.speakers[0];
            x.score = score(f_.reply_scores, strength);
            s.speeches.push_back(x);
        }
    }

    std::vector<int64_t> totals(const BallotSheet& s) const {
        std::vector<int64_t> out(s.listed.size(), 0);
        for (const BallotSpeech& x : s.speeches) out[x.side] += *x.score;
        return out;
    }

    int winner(const BallotSheet& s) const {
        std::vector<int64_t> sum = totals(s);
        return static_cast<int>(std::max_element(sum.begin(), sum.end()) - sum.begin());
    }

    // Breaks equal totals by moving one speech of a tied team by one step.
    void make_decisive(BallotSheet& s) {
        const int64_t step = to_hundredths(f_.speaker_scores.step > 0 ? f_.speaker_scores.step : 1);
        for (int attempt = 0; attempt < 64; ++attempt) {
            std::vector<int64_t> sum = totals(s);
            int tied = -1;
            for (size_t i = 0; i < sum.size() && tied < 0; ++i)
                for (size_t j = i + 1; j < sum.size(); ++j)
                    if (sum[i] == sum[j]) tied = static_cast<int>(j);
            if (tied < 0) return;
            for (BallotSpeech& x : s.speeches)
                if (x.side == tied && x.position == 1) {
                    *x.score += *x.score + step <= to_hundredths(f_.speaker_scores.max) ? step : -step;
                    break;
                }
        }
    }

    void rank_speeches(BallotSheet& s) {
        std::vector<BallotSpeech*> substantive;
        for (BallotSpeech& x : s.speeches)
            if (x.position <= f_.speakers_per_team) substantive.push_back(&x);
        std::stable_sort(substantive.begin(), substantive.end(),
                         [](const BallotSpeech* a, const BallotSpeech* b) { return *a->score > *b->score; });
        for (size_t i = 0; i < substantive.size(); ++i) substantive[i]->rank = static_cast<int>(i) + 1;
    }

    const Tournament& t_;
    const Format& f_;
    const Draw& draw_;
    Rng rng_;
    std::vector<double> strength_;
    bool elimination_ = false;
    bool final_ = false;
};

}  // namespace

BallotFile simulate_ballots(const Tournament& t, const Draw& draw, uint64_t seed) {
    return Simulator(t, draw, seed).run();
}

}  // namespace tab

// One-up-one-down conflict avoidance (AIDA; Tabbycat's one_up_one_down.py), within one bracket.
//
// Problem: a pairing whose teams met before or share an institution should be fixed by
// exchanging its second team with that of the debate directly above or below, changing the
// draw as little as possible.
// Algorithm: score every adjacent swap i (debates i and i+1) by how much it reduces
// badness = institution clashes × institution_penalty + past meetings × history_penalty, less
// 0.001 so that fewer swaps win ties; a swap that adds past meetings, or one where neither
// debate has a conflict worth avoiding, scores −1e10. Positive scores get (count − i) × 1e−6 so
// that higher swaps win ties. A dynamic programme then picks the non-adjacent swaps of greatest
// total score. The arithmetic is in doubles, in Tabbycat's order, so ties fall the same way.
// Example: (1 A v 5 A) (2 C v 6 B): the swap gives (1 A v 6 B) (2 C v 5 A): score 1 − 0 − 0.001
// + 1e−6 > 0, so it is made; the first pairing gets 1u1d_inst, the second 1u1d_other
// (cases uud.*, gen.one_up_one_down.*).
#include "compat.hpp"

namespace tab::compat {

namespace {

constexpr double kExcluded = -1e10;

bool named_same_institution(const DrawRequest& req, int a, int b) {
    return !req.teams[a].institution.empty() && same_institution(req, a, b);
}

double score_swap(const Pairing& d1, const Pairing& d2, const DrawRequest& req, const Options& o) {
    int a1 = d1.teams[0], n1 = d1.teams[1], a2 = d2.teams[0], n2 = d2.teams[1];
    double institution_penalty = o.avoid_institution ? o.institution_penalty : 0;
    double history_penalty = o.avoid_history ? o.history_penalty : 0;
    int inst = named_same_institution(req, a1, n1) + named_same_institution(req, a2, n2);
    int hist = seen(req, a1, n1) + seen(req, a2, n2);
    if (!(inst > 0 && o.avoid_institution) && (hist == 0 && o.avoid_history)) return kExcluded;
    int inst_swap = same_institution(req, a1, n2) + same_institution(req, a2, n1);
    int hist_swap = seen(req, a1, n2) + seen(req, a2, n1);
    if (o.avoid_history && hist_swap > hist) return kExcluded;
    double before = inst * institution_penalty + hist * history_penalty;
    double after = inst_swap * institution_penalty + hist_swap * history_penalty;
    return before - after - 1e-3;
}

// Indices of non-adjacent elements of greatest total (Tabbycat's dp, tie rules included).
std::vector<int> best_non_adjacent(const std::vector<double>& data) {
    size_t n = data.size() + 1;
    std::vector<double> state(n + 1, 0);
    std::vector<int> action(n + 1, 0);
    for (size_t i = 2; i <= n; ++i) {
        if (state[i - 2] + data[i - 2] > state[i - 1]) {
            action[i] = 1;
            state[i] = state[i - 2] + data[i - 2];
        } else {
            state[i] = state[i - 1];
        }
    }
    std::vector<int> chosen;
    for (size_t j = n; j >= 2; j -= static_cast<size_t>(action[j] + 1))
        if (action[j]) chosen.insert(chosen.begin(), static_cast<int>(j - 2));
    return chosen;
}

}  // namespace

std::vector<int> one_up_one_down_swaps(const std::vector<Pairing>& bracket, const DrawRequest& req, const Options& o) {
    if (bracket.size() < 2) return {};
    std::vector<double> scores;
    for (size_t i = 0; i + 1 < bracket.size(); ++i) scores.push_back(score_swap(bracket[i], bracket[i + 1], req, o));
    for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i] > 0) scores[i] += static_cast<double>(scores.size() - i) * 1e-6;
    return best_non_adjacent(scores);
}

void one_up_one_down(std::vector<Pairing>& bracket, const DrawRequest& req, const Options& o) {
    std::vector<Pairing> original = bracket;
    for (int i : one_up_one_down_swaps(bracket, req, o)) std::swap(bracket[i].teams[1], bracket[i + 1].teams[1]);
    for (size_t i = 0; i < bracket.size(); ++i) {
        if (bracket[i].teams == original[i].teams) continue;
        int first = original[i].teams[0], second = original[i].teams[1];
        bool hist = seen(req, first, second) > 0;
        bool inst = named_same_institution(req, first, second);
        if (hist) bracket[i].flags.push_back("1u1d_hist");
        if (inst) bracket[i].flags.push_back("1u1d_inst");
        if (!hist && !inst) bracket[i].flags.push_back("1u1d_other");
    }
}

}  // namespace tab::compat

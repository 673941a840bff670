// Pairing inside even brackets, and side allocation, as Tabbycat's generators do them.
//
// For a bracket t1..tn in rank order:
//   slide    t(i) v t(i + n/2)      1v4 2v5 3v6 for six teams
//   fold     t(i) v t(n + 1 - i)    1v6 2v5 3v4
//   adjacent t1 v t2, t3 v t4, ...
//   random   shuffle, then slide
//   fold_top_adjacent_rest: fold in the top bracket, adjacent in every other.
// With preallocated sides a bracket is two lists: slide zips them, fold reverses the negatives,
// random shuffles both ("adjacent" behaves as slide, as in Tabbycat).
// Sides (after conflict avoidance): "balance" sends the team that has been affirmative more
// often (gov − opp larger) to the negative, breaking ties at random; "random" shuffles;
// "preallocated" and "none" keep the order. (docs/peers/tabbycat.md §2.3)
#include <algorithm>

#include "compat.hpp"

namespace tab::compat {

namespace {

void pair_bracket(const Bracket& bracket, PairingMethod method, Rng& rng, std::vector<Pairing>& out) {
    std::vector<int> teams = bracket.teams;
    size_t half = teams.size() / 2;
    if (method == PairingMethod::random) rng.shuffle(teams);
    for (size_t i = 0; i < half; ++i) {
        Pairing p;
        p.bracket = bracket.points;
        if (method == PairingMethod::adjacent) p.teams = {teams[2 * i], teams[2 * i + 1]};
        else if (method == PairingMethod::fold) p.teams = {teams[i], teams[teams.size() - 1 - i]};
        else p.teams = {teams[i], teams[half + i]};  // slide, random
        out.push_back(std::move(p));
    }
}

}  // namespace

std::vector<std::vector<Pairing>> pair_brackets(std::vector<Bracket> brackets, PairingMethod method, Rng& rng) {
    std::vector<std::vector<Pairing>> result;
    for (size_t b = 0; b < brackets.size(); ++b) {
        PairingMethod rule = method;
        if (method == PairingMethod::fold_top_adjacent_rest) rule = b == 0 ? PairingMethod::fold : PairingMethod::adjacent;
        result.emplace_back();
        pair_bracket(brackets[b], rule, rng, result.back());
    }
    return result;
}

std::vector<std::vector<Pairing>> pair_sided_brackets(std::vector<SidedBracket> brackets, PairingMethod method,
                                                      Rng& rng) {
    std::vector<std::vector<Pairing>> result;
    for (SidedBracket& bracket : brackets) {
        if (method == PairingMethod::fold) std::reverse(bracket.neg.begin(), bracket.neg.end());
        if (method == PairingMethod::random) {
            rng.shuffle(bracket.aff);
            rng.shuffle(bracket.neg);
        }
        result.emplace_back();
        for (size_t i = 0; i < bracket.aff.size(); ++i)
            result.back().push_back({{bracket.aff[i], bracket.neg[i]}, bracket.points, {}});
    }
    return result;
}

void allocate_sides(std::vector<Pairing>& pairings, const DrawRequest& req, SideAllocation method, Rng& rng) {
    auto imbalance = [&](int team) {
        const std::vector<int>& h = req.teams[team].side_history;
        return h.size() >= 2 ? h[0] - h[1] : 0;
    };
    for (Pairing& p : pairings) {
        if (method == SideAllocation::balance) {
            int first = imbalance(p.teams[0]), second = imbalance(p.teams[1]);
            if (first > second || (first == second && rng.coin())) std::swap(p.teams[0], p.teams[1]);
        } else if (method == SideAllocation::random) {
            if (rng.coin()) std::swap(p.teams[0], p.teams[1]);
        }
    }
}

}  // namespace tab::compat

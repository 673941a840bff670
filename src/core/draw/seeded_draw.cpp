// The `seeded` method: round 1 from pre-tournament ratings (Tabbycat's seeded draw). Teams are
// ordered by seed, highest first, ties by lot from the round's seed; all are put in one bracket
// and paired by the compatibility method's pairing_method (default slide: the top half meets
// the bottom half, 1 v n/2+1), with one-up-one-down for institution clashes.
// Example, seeds 40 30 20 10: 40 v 20, 30 v 10.
#include <algorithm>
#include <numeric>

#include "compat.hpp"
#include "methods.hpp"
#include "tab/base/rng.hpp"

namespace tab {

std::optional<DrawOutcome> generate_seeded_draw(const DrawRequest& req, Diagnostics& diags) {
    std::vector<int> order(req.teams.size());
    std::iota(order.begin(), order.end(), 0);
    Rng lot(derive_seed(req.seed, "seeded-lot"));
    lot.shuffle(order);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return req.teams[a].seed > req.teams[b].seed; });

    DrawRequest one_bracket = req;
    one_bracket.teams.clear();
    for (int t : order) {
        one_bracket.teams.push_back(req.teams[t]);
        one_bracket.teams.back().points = 0;
    }
    std::optional<DrawOutcome> outcome = compat::generate(one_bracket, diags);
    if (!outcome) return std::nullopt;
    for (DrawnRoom& room : outcome->rooms)
        for (int& t : room.teams) t = order[t];
    return outcome;
}

}  // namespace tab

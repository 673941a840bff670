// The `power` method: the whole draw as one minimum-cost perfect matching.
//
// Problem: pair every team so that the sum of the room costs of power_cost.cpp is least: no
// rematch unless every draw has one, pull-ups only where brackets are odd and from the adjacent
// bracket, then institutions, sides and the in-bracket rule.
// Algorithm: one least-cost perfect matching over every pair of teams, weighed by its cost,
// solved exactly by pricing (priced_matching.cpp): LEMON's blossom algorithm on a sparse graph
// of likely pairs (power_graph.cpp: neighbours in the standings, each team's cheapest partners
// in its own and the adjacent brackets), then on that graph plus every pair its dual solution
// says could still improve the draw, until the duals prove no pair can. So a long pull-up or a
// rematch is found exactly when it pays, without solving on the dense graph of all pairs.
// Example: 40 teams after 3 rounds on 3, 2, 1, 0 wins (5, 15, 15, 5 teams): the optimum pulls
// one team up at each odd boundary and pairs the rest by slide, unless history makes that
// impossible; the sparse graph holds that draw, and pricing proves it best.
// Sides are then balanced by history; rooms are listed by bracket, best team first.
#include <algorithm>

#include "methods.hpp"
#include "power_cost.hpp"
#include "power_graph.hpp"
#include "rooms.hpp"
#include "tab/solve/matching.hpp"
#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

std::optional<DrawOutcome> generate_power_draw(const DrawRequest& req, Diagnostics& diags) {
    int n = static_cast<int>(req.teams.size());
    if (n % 2 != 0) {
        cannot_draw(req, message("diag.draw.power_odd"), diags);
        return std::nullopt;
    }
    PowerCostModel model(req, read_power_rules(req));
    std::optional<std::vector<int>> mate =
        min_cost_perfect_matching_priced(n, power_candidates(model, n), power_pricer(model, n));
    if (!mate) {
        cannot_draw(req, message("diag.draw.no_pairing"), diags);
        return std::nullopt;
    }

    std::vector<std::pair<int, int>> pairs;  // better-ranked team first; teams are in standings order
    for (int a = 0; a < n; ++a)
        if (a < (*mate)[a]) pairs.push_back({a, (*mate)[a]});
    std::stable_sort(pairs.begin(), pairs.end(), [&](const auto& x, const auto& y) {
        return model.bracket_of(x.first) < model.bracket_of(y.first) ||
               (model.bracket_of(x.first) == model.bracket_of(y.first) && x.first < y.first);
    });

    Rng rng(req.seed);
    DrawOutcome outcome;
    for (const auto& [a, b] : pairs) {
        DrawnRoom room;
        room.teams = {a, b};
        room.bracket = req.teams[a].points;
        room.costs = model.terms(a, b);
        order_sides(req, room, rng);
        for (int t : room.teams) room.pullups.push_back(t == b && model.bracket_distance(a, b) > 0);
        annotate_room(req, room);
        if (model.bracket_distance(a, b) > 1)
            outcome.notes.push_back(message("draw.note.pulled_far", {{"team", req.teams[b].id},
                                                                    {"n", std::to_string(model.bracket_distance(a, b))}}));
        outcome.rooms.push_back(std::move(room));
    }
    outcome.quality = summarize_quality(req, outcome);
    return outcome;
}

}  // namespace tab

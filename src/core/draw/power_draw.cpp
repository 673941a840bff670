// The `power` method: the whole draw as one minimum-cost perfect matching.
//
// Problem: pair every team so that the sum of the room costs of power_cost.cpp is least: no
// rematch unless every draw has one, pull-ups only where brackets are odd and from the adjacent
// bracket, then institutions, sides and the in-bracket rule.
// Algorithm: build the graph of candidate pairs, teams at most `radius` brackets apart
// (radius 1 first: the pairs an optimal draw uses when no hard constraint or rematch is in
// play), weigh each edge with its cost, solve with LEMON's blossom algorithm (matching.hpp).
// If there is no perfect matching on that graph, or the best one still has a rematch or breaks
// a hard constraint, widen the radius (doubling) up to the complete graph and solve again.
// Example: 40 teams after 3 rounds on 3, 2, 1, 0 wins (5, 15, 15, 5 teams): radius 1 allows
// pairs inside a bracket and across one boundary; the optimum pulls one team up at each odd
// boundary and pairs the rest by slide, unless history makes that impossible.
// Sides are then balanced by history; rooms are listed by bracket, best team first.
#include <algorithm>

#include "methods.hpp"
#include "power_cost.hpp"
#include "rooms.hpp"
#include "tab/matching.hpp"
#include "tab/rng.hpp"

namespace tab {

namespace {

std::optional<std::vector<int>> solve(const PowerCostModel& model, int n, int radius) {
    std::vector<MatchingEdge> edges;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if (model.bracket_distance(a, b) <= radius) edges.push_back({a, b, model.cost(a, b)});
    return min_cost_perfect_matching(n, edges);
}

bool needs_wider_graph(const PowerCostModel& model, const DrawRequest& req, const std::vector<int>& mate) {
    const PowerWeights& w = model.rules().weights;
    for (int a = 0; a < static_cast<int>(mate.size()); ++a) {
        int b = mate[a];
        if (a > b) continue;
        if (meetings(req, a, b) > 0 || meetings(req, b, a) > 0) return true;
        if (w.hard > 0 && model.cost(a, b) >= w.hard) return true;
    }
    return false;
}

}  // namespace

std::optional<DrawOutcome> generate_power_draw(const DrawRequest& req, std::string* error) {
    int n = static_cast<int>(req.teams.size());
    if (n % 2 != 0) {
        *error = "an odd number of teams reached the power method";
        return std::nullopt;
    }
    PowerCostModel model(req, read_power_rules(req));
    int widest = std::max(0, model.bracket_count() - 1);
    int radius = std::min(1, widest);
    std::optional<std::vector<int>> mate;
    for (;;) {
        mate = solve(model, n, radius);
        if (radius >= widest || (mate && !needs_wider_graph(model, req, *mate))) break;
        radius = std::min(widest, radius * 2);
    }
    if (!mate) {
        *error = "no draw pairs every team";
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
            outcome.notes.push_back(req.teams[b].id + " was pulled up " + std::to_string(model.bracket_distance(a, b)) +
                                    " brackets to avoid a rematch or a hard constraint");
        outcome.rooms.push_back(std::move(room));
    }
    outcome.quality = summarize_quality(req, outcome);
    return outcome;
}

}  // namespace tab

// The `power` method: Tabbycat's pairing-deviation table (graph. cases, from the JSON), the
// draw's cost against brute force on small random fields, rematches only when unavoidable,
// pull-ups only from the adjacent bracket, and every team exactly once.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>

#include "case_loader.hpp"
#include "draw/power_cost.hpp"
#include "tab/draw/draw_generate.hpp"
#include "tab/solve/matching.hpp"
#include "tab/base/rng.hpp"

using nlohmann::json;
using namespace tab;
using namespace tab::testing;

namespace {

// A random field after some rounds: points from random results, random institutions and
// opponents drawn from nearby teams, side histories that add up.
DrawRequest random_field(Rng& rng, int n, int rounds, int institutions) {
    DrawRequest req;
    req.format = *preset_format("australs");
    req.method = DrawMethod::power;
    req.seed = rng.next();
    for (int i = 0; i < n; ++i) {
        TeamState t;
        t.id = "T" + std::to_string(i);
        t.team = i;
        t.institution = "I" + std::to_string(rng.below(institutions));
        t.points = static_cast<double>(rng.below(rounds + 1));
        int gov = static_cast<int>(rng.below(rounds + 1));
        t.side_history = {gov, rounds - gov};
        t.pullups = static_cast<int>(rng.below(2));
        req.teams.push_back(t);
    }
    for (int r = 0; r < rounds; ++r) {
        int a = static_cast<int>(rng.below(n)), b = static_cast<int>(rng.below(n));
        if (a == b) continue;
        req.teams[a].opponents.push_back(req.teams[b].id);
        req.teams[b].opponents.push_back(req.teams[a].id);
    }
    std::stable_sort(req.teams.begin(), req.teams.end(),
                     [](const TeamState& x, const TeamState& y) { return x.points > y.points; });
    return req;
}

int64_t brute_force_optimum(const PowerCostModel& model, int n) {
    std::vector<int64_t> best(size_t{1} << n, LLONG_MAX);
    best[0] = 0;
    for (size_t mask = 0; mask < best.size(); ++mask) {
        if (best[mask] == LLONG_MAX) continue;
        int i = 0;
        while (i < n && (mask >> i & 1)) ++i;
        if (i == n) continue;
        for (int j = i + 1; j < n; ++j)
            if (!(mask >> j & 1)) {
                size_t next = mask | size_t{1} << i | size_t{1} << j;
                best[next] = std::min(best[next], best[mask] + model.cost(i, j));
            }
    }
    return best.back();
}

// True if some perfect matching of the field has no rematch.
bool rematch_free_draw_exists(const DrawRequest& req) {
    int n = static_cast<int>(req.teams.size());
    auto met = [&](int a, int b) {
        const auto& o = req.teams[a].opponents;
        return std::count(o.begin(), o.end(), req.teams[b].id) > 0;
    };
    std::vector<char> possible(size_t{1} << n, 0);
    possible[0] = 1;
    for (size_t mask = 0; mask < possible.size(); ++mask) {
        if (!possible[mask]) continue;
        int i = 0;
        while (i < n && (mask >> i & 1)) ++i;
        if (i == n) continue;
        for (int j = i + 1; j < n; ++j)
            if (!(mask >> j & 1) && !met(i, j)) possible[mask | size_t{1} << i | size_t{1} << j] = 1;
    }
    return possible.back();
}

int64_t draw_cost(const PowerCostModel& model, const DrawOutcome& draw) {
    int64_t total = 0;
    for (const DrawnRoom& room : draw.rooms) total += model.cost(room.teams[0], room.teams[1]);
    return total;
}

void check_every_team_once(const DrawRequest& req, const DrawOutcome& draw) {
    std::vector<int> seen(req.teams.size(), 0);
    for (const DrawnRoom& room : draw.rooms) {
        REQUIRE(room.teams.size() == 2);
        for (int t : room.teams) ++seen[t];
    }
    for (int t : draw.byes) ++seen[t];
    for (int count : seen) CHECK(count == 1);
}

}  // namespace

TEST_CASE("graph cases: Tabbycat's pairing deviation") {
    int checked = 0;
    for (const json& c : tabbycat_cases("graph.pairing_cost.")) {
        CAPTURE(c["id"].get<std::string>());
        const json& in = c["input"];
        std::vector<int> indices = in.contains("bracket_index") ? in["bracket_index"].get<std::vector<int>>()
                                                                : std::vector<int>{0};
        for (int index : indices) {
            const json& expected = c["expected"].contains("costs") ? c["expected"]["costs"]
                                                                   : c["expected"]["costs_by_bracket_index"][std::to_string(index)];
            std::vector<int64_t> actual;
            for (const json& s2 : in["subranks_b"])
                actual.push_back(pairing_deviation(*parse_code<PairingMethod>(in["method"].get<std::string>()), in["size"], in["subrank_a"], s2, index));
            CHECK(actual == expected.get<std::vector<int64_t>>());
        }
        ++checked;
    }
    CHECK(checked == 5);
}

TEST_CASE("graph cases: a pulled-up team takes the last subrank of its new bracket") {
    std::vector<json> cases = tabbycat_cases("graph.assignment_cost.subrank_pullup");
    REQUIRE(cases.size() == 1);
    const json& in = cases[0]["input"];
    // Team 1 alone on 1 point receives team 2 from the bracket below; under fold the pair has no
    // pairing deviation, as Tabbycat computes with team 2's subrank set to the bracket size.
    DrawRequest req;
    req.format = *preset_format("australs");
    for (const json& t : in["teams"]) {
        TeamState team;
        team.id = case_id(t["id"]);
        team.institution = t["institution"];
        team.points = t["subrank"].is_null() ? 0 : 1;
        team.side_history = {0, 0};
        req.teams.push_back(team);
    }
    req.options.set("pairing_method", std::string(in["options"]["pairing_method"]));
    PowerCostModel model(req, read_power_rules(req));
    int64_t pairing = 0;
    for (const CostTerm& term : model.terms(0, 1))
        if (term.name == "pairing") pairing = term.cost;
    CHECK(pairing == cases[0]["expected"]["cost"].get<int64_t>());
}

TEST_CASE("power: slide within brackets when nothing is in the way") {
    DrawRequest req;
    req.format = *preset_format("australs");
    req.method = DrawMethod::power;
    for (int i = 0; i < 6; ++i) {
        TeamState t;
        t.id = std::string(1, static_cast<char>('A' + i));
        t.points = i < 3 ? 2 : 1;
        t.side_history = {1, 1};
        req.teams.push_back(t);
    }
    Diagnostics diags;
    std::optional<DrawOutcome> draw = generate_draw(req, diags);
    REQUIRE(draw.has_value());
    std::vector<std::vector<int>> pairs;
    for (const DrawnRoom& room : draw->rooms) {
        std::vector<int> p = room.teams;
        std::sort(p.begin(), p.end());
        pairs.push_back(p);
    }
    // [A B C] receives D: A v C, B v D (D pulled up); then E v F.
    CHECK(pairs == std::vector<std::vector<int>>{{0, 2}, {1, 3}, {4, 5}});
    REQUIRE(draw->rooms[1].pullups.size() == 2);
    CHECK(draw->rooms[1].pullups[draw->rooms[1].teams[0] == 3 ? 0 : 1]);
}

TEST_CASE("power: cost equals the brute-force optimum on small random fields") {
    Rng rng(424242);
    for (int trial = 0; trial < 400; ++trial) {
        int n = 2 * (1 + static_cast<int>(rng.below(7)));  // 2..14
        DrawRequest req = random_field(rng, n, 1 + static_cast<int>(rng.below(4)), 2 + static_cast<int>(rng.below(5)));
        if (rng.below(4) == 0) req.options.set("pairing_method", std::string("fold"));
        if (rng.below(4) == 0) req.options.set("max_side_imbalance", int64_t{2});
        CAPTURE(trial);
        Diagnostics diags;
        std::optional<DrawOutcome> draw = generate_draw(req, diags);
        REQUIRE(draw.has_value());
        check_every_team_once(req, *draw);
        PowerCostModel model(req, read_power_rules(req));
        CHECK(draw_cost(model, *draw) == brute_force_optimum(model, n));
        bool has_rematch = false;
        for (const DrawnRoom& room : draw->rooms)
            has_rematch |= std::find(room.flags.begin(), room.flags.end(), "rematch") != room.flags.end();
        if (has_rematch) CHECK_FALSE(rematch_free_draw_exists(req));
    }
}

TEST_CASE("power: the sparse graph with pricing finds the optimum of the graph of all pairs") {
    Rng rng(2718);
    for (int trial = 0; trial < 60; ++trial) {
        int n = 2 * (15 + static_cast<int>(rng.below(46)));  // 30..120
        int rounds = 2 + static_cast<int>(rng.below(5));
        DrawRequest req = random_field(rng, n, rounds, 3 + static_cast<int>(rng.below(20)));
        for (int i = 0; i < n; ++i)  // past meetings among nearby teams, so rematches are in play
            for (int k = 0; k < static_cast<int>(rng.below(4)); ++k) {
                int j = std::min(n - 1, i + 1 + static_cast<int>(rng.below(6)));
                if (j == i) continue;
                req.teams[i].opponents.push_back(req.teams[j].id);
                req.teams[j].opponents.push_back(req.teams[i].id);
            }
        const char* methods[] = {"slide", "fold", "adjacent", "random", "fold_top_adjacent_rest"};
        req.options.set("pairing_method", std::string(methods[rng.below(5)]));
        if (rng.below(3) == 0) req.options.set("no_rematch", true);
        if (rng.below(3) == 0) req.options.set("max_side_imbalance", int64_t{2});
        if (rng.below(4) == 0) req.options.set("weight_pullup", int64_t{1 + static_cast<int64_t>(rng.below(300))});
        if (rng.below(6) == 0) req.options.set("weight_pairing", int64_t{-1});  // no cost floor
        CAPTURE(trial);
        Diagnostics diags;
        std::optional<DrawOutcome> draw = generate_draw(req, diags);
        REQUIRE(draw.has_value());
        check_every_team_once(req, *draw);
        PowerCostModel model(req, read_power_rules(req));
        std::vector<MatchingEdge> all;
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b) all.push_back({a, b, model.cost(a, b)});
        std::optional<std::vector<int>> whole = min_cost_perfect_matching(n, all);
        REQUIRE(whole.has_value());
        CHECK(draw_cost(model, *draw) == *matching_cost(*whole, all));
    }
}

TEST_CASE("power: the cheap cost bound is at most the cost, and absent with a negative weight") {
    Rng rng(1618);
    for (int trial = 0; trial < 40; ++trial) {
        int n = 2 * (5 + static_cast<int>(rng.below(20)));
        DrawRequest req = random_field(rng, n, 1 + static_cast<int>(rng.below(5)), 2 + static_cast<int>(rng.below(6)));
        const char* methods[] = {"slide", "fold", "adjacent", "random", "fold_top_adjacent_rest"};
        req.options.set("pairing_method", std::string(methods[rng.below(5)]));
        if (rng.below(3) == 0) req.options.set("max_side_imbalance", int64_t{2});
        bool negative = rng.below(5) == 0;
        if (negative) req.options.set("weight_institution", int64_t{-5});
        PowerCostModel model(req, read_power_rules(req));
        CAPTURE(trial);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b) {
                if (a == b) continue;
                std::optional<int64_t> bound = model.cost_lower_bound(a, b);
                CHECK(bound.has_value() == !negative);
                if (bound) CHECK(*bound <= model.cost(a, b));
            }
    }
}

TEST_CASE("power: pull-ups only from the adjacent bracket without rematches in play") {
    Rng rng(99);
    for (int trial = 0; trial < 100; ++trial) {
        DrawRequest req = random_field(rng, 40 + 2 * static_cast<int>(rng.below(30)), 4, 12);
        for (TeamState& t : req.teams) t.opponents.clear();
        CAPTURE(trial);
        Diagnostics diags;
        std::optional<DrawOutcome> draw = generate_draw(req, diags);
        REQUIRE(draw.has_value());
        check_every_team_once(req, *draw);
        PowerCostModel model(req, read_power_rules(req));
        int pulled = 0;
        for (const DrawnRoom& room : draw->rooms) {
            CHECK(model.bracket_distance(room.teams[0], room.teams[1]) <= 1);
            pulled += model.bracket_distance(room.teams[0], room.teams[1]);
        }
        // One pull-up per odd boundary, no more.
        int odd_boundaries = 0, above = 0;
        for (size_t i = 0; i + 1 < req.teams.size(); ++i) {
            ++above;
            if (req.teams[i].points != req.teams[i + 1].points) odd_boundaries += above % 2;
        }
        CHECK(pulled == odd_boundaries);
    }
}

TEST_CASE("power: the same request gives the same draw, an odd field gives one bye") {
    Rng rng(7);
    DrawRequest req = random_field(rng, 31, 3, 6);
    Diagnostics diags;
    std::optional<DrawOutcome> first = generate_draw(req, diags);
    std::optional<DrawOutcome> second = generate_draw(req, diags);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    REQUIRE(first->byes.size() == 1);
    CHECK(first->byes[0] == 30);  // the lowest-ranked team (none has had a bye)
    check_every_team_once(req, *first);
    for (size_t i = 0; i < first->rooms.size(); ++i) CHECK(first->rooms[i].teams == second->rooms[i].teams);
}

TEST_CASE("power: no_rematch is hard, a rematch is taken only when every draw has one") {
    DrawRequest req;
    req.format = *preset_format("wsdc");
    req.method = DrawMethod::power;
    for (const char* id : {"A", "B", "C", "D"}) {
        TeamState t;
        t.id = id;
        t.side_history = {1, 1};
        req.teams.push_back(t);
    }
    // A met B and C; the only rematch-free draw is A v D, B v C.
    req.teams[0].opponents = {"B", "C"};
    req.teams[1].opponents = {"A"};
    req.teams[2].opponents = {"A"};
    Diagnostics diags;
    std::optional<DrawOutcome> draw = generate_draw(req, diags);
    REQUIRE(draw.has_value());
    for (const DrawnRoom& room : draw->rooms) {
        std::vector<int> p = room.teams;
        std::sort(p.begin(), p.end());
        CHECK((p == std::vector<int>{0, 3} || p == std::vector<int>{1, 2}));
        CHECK(std::find(room.flags.begin(), room.flags.end(), "rematch") == room.flags.end());
    }
}

TEST_CASE("power: huge weights saturate the cost instead of overflowing it, and rematches stay avoided") {
    Rng rng(2718);
    DrawRequest req = random_field(rng, 40, 4, 5);
    // The loader allows at most 10^12; a request built in code may still hold anything.
    req.options.set("weight_hard", int64_t{INT64_MAX});
    req.options.set("weight_rematch", int64_t{INT64_MAX});
    PowerCostModel model(req, read_power_rules(req));
    const int64_t most = (int64_t{1} << 60) / 40;
    for (int a = 0; a < 40; ++a)
        for (int b = 0; b < 40; ++b)
            if (a != b) {
                CHECK(model.cost(a, b) >= 0);
                CHECK(model.cost(a, b) <= most);
            }
    Diagnostics diags;
    std::optional<DrawOutcome> draw = generate_draw(req, diags);
    REQUIRE(draw.has_value());
    check_every_team_once(req, *draw);
    // Four past meetings among 40 teams: a draw without a rematch always exists.
    int rematches = 0;
    for (const DrawnRoom& room : draw->rooms) {
        const auto& o = req.teams[room.teams[0]].opponents;
        rematches += static_cast<int>(std::count(o.begin(), o.end(), req.teams[room.teams[1]].id));
    }
    CHECK(rematches == 0);
}

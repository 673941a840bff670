// Properties of BP draws over simulated tournaments (all seeded): every team once, positions a
// permutation per room, brackets respected, reproducible, optimal against exhaustive search.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "bp/bp_generator.hpp"
#include "bp_simulation.hpp"

using tab::DrawOutcome;
using tab::DrawMethod;
using tab::DrawRequest;
using tab::testing::BpSimulation;

namespace {

DrawOutcome draw_or_fail(const DrawRequest& request) {
    tab::Diagnostics diags;
    std::optional<DrawOutcome> outcome = tab::generate_bp_draw(request, diags);
    for (const auto& d : diags.all()) INFO(d.message);
    REQUIRE(outcome);
    CHECK(diags.empty());
    return *outcome;
}

// Every team (and swing team) exactly once, four distinct teams per room.
void check_each_team_once(const DrawRequest& request, const DrawOutcome& draw) {
    std::vector<int> seen(request.teams.size() + draw.swings.size(), 0);
    for (const tab::DrawnRoom& room : draw.rooms) {
        REQUIRE(room.teams.size() == 4);
        REQUIRE(room.pullups.size() == 4);
        CHECK(std::set<int>(room.teams.begin(), room.teams.end()).size() == 4);
        for (int t : room.teams) {
            REQUIRE(t >= 0);
            REQUIRE(t < static_cast<int>(seen.size()));
            ++seen[t];
        }
    }
    CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
}

// Rooms follow the WUDC room definition in order, and pull-ups are exactly the teams below the bracket.
void check_brackets(const DrawRequest& request, const DrawOutcome& draw, const std::string& pullup) {
    std::vector<double> points;
    for (const auto& t : request.teams) points.push_back(t.points);
    auto specs = tab::bp::define_rooms(*tab::parse_code<tab::BpPullup>(pullup), points);
    REQUIRE(specs.size() == draw.rooms.size());
    for (size_t r = 0; r < specs.size(); ++r) {
        CHECK(draw.rooms[r].bracket == specs[r].level);
        for (int s = 0; s < 4; ++s) {
            double p = request.teams[draw.rooms[r].teams[s]].points;
            CHECK(specs[r].allows(p));
            CHECK(draw.rooms[r].pullups[s] == (p < specs[r].level));
        }
    }
}

// Position cost of a draw in optimiser units.
int64_t scaled_total(const DrawRequest& request, const DrawOutcome& draw, const tab::bp::PositionCostModel& model) {
    int64_t total = 0;
    for (const auto& room : draw.rooms) {
        for (int s = 0; s < 4; ++s) {
            total += tab::bp::scaled_position_cost(model, tab::bp::history_of(request.teams[room.teams[s]]), s);
        }
    }
    return total;
}

// The least total over every assignment of teams to allowed slots: dynamic programming over the
// set of slots taken by the first k teams (exhaustive, 2^slots states; fields up to 12 teams).
int64_t exhaustive_optimum(const DrawRequest& request, const tab::bp::PositionCostModel& model, const std::string& pullup) {
    std::vector<double> points;
    for (const auto& t : request.teams) points.push_back(t.points);
    auto specs = tab::bp::define_rooms(*tab::parse_code<tab::BpPullup>(pullup), points);
    const int slots = static_cast<int>(4 * specs.size());
    const int64_t none = INT64_MAX;
    std::vector<int64_t> best(size_t{1} << slots, none);
    best[0] = 0;
    for (unsigned mask = 0; mask < best.size(); ++mask) {
        if (best[mask] == none) continue;
        int t = __builtin_popcount(mask);
        if (t == static_cast<int>(request.teams.size())) continue;
        for (int slot = 0; slot < slots; ++slot) {
            if ((mask >> slot) & 1 || !specs[slot / 4].allows(request.teams[t].points)) continue;
            int64_t c = best[mask] + tab::bp::scaled_position_cost(model, tab::bp::history_of(request.teams[t]), slot % 4);
            best[mask | (1u << slot)] = std::min(best[mask | (1u << slot)], c);
        }
    }
    return best.back();
}

tab::Settings options_with(const std::string& key, tab::SettingValue value) {
    tab::Settings s("draw");
    s.set(key, std::move(value));
    return s;
}

}  // namespace

TEST_CASE("bp draw: every round of simulated tournaments keeps the draw's properties") {
    for (int teams : {8, 24, 60}) {
        BpSimulation sim(teams, 100 + teams, 5);
        for (int round = 1; round <= 9; ++round) {
            DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, 1000 + round);
            DrawOutcome draw = draw_or_fail(request);
            INFO("teams " << teams << " round " << round);
            check_each_team_once(request, draw);
            if (round > 1) check_brackets(request, draw, "anywhere");
            sim.play(request, draw);
        }
    }
}

TEST_CASE("bp draw: position cost equals the exhaustive optimum on fields up to 12 teams") {
    std::vector<std::pair<std::string, tab::Settings>> variants = {
        {"entropy", tab::Settings("draw")},
        {"variance", options_with("position_cost", std::string("variance"))},
        {"simple", options_with("position_cost", std::string("simple"))},
        {"renyi 2", options_with("renyi_order", 2.0)},
    };
    for (const auto& [name, options] : variants) {
        tab::Diagnostics unused;
        tab::bp::PositionCostModel model = tab::bp::read_bp_options(options, unused)->cost;
        for (int teams : {4, 8, 12}) {
            for (uint64_t seed = 1; seed <= 4; ++seed) {
                BpSimulation sim(teams, seed * 31 + teams);
                for (int round = 1; round <= 9; ++round) {
                    DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, seed * 7 + round, options);
                    DrawOutcome draw = draw_or_fail(request);
                    if (round > 1) {
                        INFO(name << " teams " << teams << " seed " << seed << " round " << round);
                        CHECK(scaled_total(request, draw, model) == exhaustive_optimum(request, model, "anywhere"));
                    }
                    sim.play(request, draw);
                }
            }
        }
    }
}

TEST_CASE("bp draw: same seed, same draw, different seeds, different rooms") {
    BpSimulation sim(40, 9);
    for (int round = 1; round <= 3; ++round) {
        DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, 55);
        DrawOutcome a = draw_or_fail(request), b = draw_or_fail(request);
        for (size_t r = 0; r < a.rooms.size(); ++r) CHECK(a.rooms[r].teams == b.rooms[r].teams);
        DrawRequest other = request;
        other.seed = 56;
        DrawOutcome c = draw_or_fail(other);
        bool differs = false;
        for (size_t r = 0; r < a.rooms.size(); ++r) {
            std::set<int> x(a.rooms[r].teams.begin(), a.rooms[r].teams.end());
            std::set<int> y(c.rooms[r].teams.begin(), c.rooms[r].teams.end());
            differs = differs || x != y;
        }
        CHECK(differs);
        sim.play(request, a);
    }
}

TEST_CASE("bp draw: one_room puts a bracket's pull-ups in one room") {
    BpSimulation sim(36, 4);
    for (int round = 1; round <= 5; ++round) {
        tab::Settings options = options_with("pullup", std::string("one_room"));
        DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, round, options);
        DrawOutcome draw = draw_or_fail(request);
        if (round > 1) {
            check_brackets(request, draw, "one_room");
            std::set<double> brackets_with_pullups;
            for (const auto& room : draw.rooms) {
                if (std::count(room.pullups.begin(), room.pullups.end(), true) == 0) continue;
                CHECK(brackets_with_pullups.insert(room.bracket).second);  // one room per bracket
            }
        }
        sim.play(request, draw);
    }
}

TEST_CASE("bp draw: avoid_repeat_pullups pulls up a fresh team when there is one") {
    // Three 6-point teams need one pull-up from the five 3-point teams; four of them were pulled up before.
    DrawRequest request;
    request.method = DrawMethod::power;
    request.options = options_with("avoid_repeat_pullups", true);
    for (int i = 0; i < 8; ++i) {
        tab::TeamState t;
        t.id = "T" + std::to_string(i);
        t.points = i < 3 ? 6 : 3;
        t.side_history = {1, 0, 0, 1};
        t.pullups = (i >= 3 && i != 5) ? 1 : 0;
        request.teams.push_back(t);
    }
    request.teams[5].side_history = {0, 1, 1, 0};  // the fresh team is also the worse fit for balance
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        request.seed = seed;
        DrawOutcome draw = draw_or_fail(request);
        for (int s = 0; s < 4; ++s) {
            if (draw.rooms[0].pullups[s]) CHECK(draw.rooms[0].teams[s] == 5);
        }
        CHECK(std::find(draw.rooms[0].teams.begin(), draw.rooms[0].teams.end(), 5) != draw.rooms[0].teams.end());
    }
}

TEST_CASE("bp draw: a field not divisible by four needs swing teams") {
    BpSimulation sim(10, 3);
    DrawRequest request = sim.request(DrawMethod::random, 1);
    tab::Diagnostics diags;
    CHECK_FALSE(tab::generate_bp_draw(request, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all()[0].message ==
          "10 teams cannot fill rooms of four: add 2 swing teams (or set [draw] swing_teams = true to add them), "
          "or withdraw 2 teams");

    request.options = options_with("swing_teams", true);
    DrawOutcome draw = draw_or_fail(request);
    CHECK(draw.swings == std::vector<int>{10, 11});
    CHECK(tab::drawn_team_name(request, 11) == "Swing 2");
    CHECK(tab::drawn_team_name(request, 3) == request.teams[3].id);
    check_each_team_once(request, draw);
    sim.play(request, draw);
    DrawRequest round2 = sim.request(DrawMethod::power, 2, request.options);
    DrawOutcome second = draw_or_fail(round2);
    check_each_team_once(round2, second);
    for (int s = 0; s < 4; ++s) CHECK(second.rooms.back().teams[s] >= 0);
}

TEST_CASE("bp draw: institution and history penalties keep positions optimal and reduce clashes") {
    int clashes_without = 0, clashes_with = 0;
    for (uint64_t seed = 1; seed <= 5; ++seed) {
        BpSimulation sim(48, seed, 6);
        for (int round = 1; round <= 4; ++round) {
            DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, seed + round);
            request.options.set("institution_penalty", 0.0);  // the pure WUDC draw
            request.options.set("history_penalty", 0.0);
            DrawOutcome plain = draw_or_fail(request);
            DrawRequest avoiding = request;
            avoiding.options.set("institution_penalty", 1.0);
            avoiding.options.set("history_penalty", 10.0);
            DrawOutcome avoided = draw_or_fail(avoiding);
            check_each_team_once(request, avoided);
            if (round > 1) {
                check_brackets(request, avoided, "anywhere");
                CHECK(scaled_total(request, avoided, {}) == scaled_total(request, plain, {}));
                // The same assignment is the starting point, and every change lowers the weighted cost.
                int weighted_plain = 0, weighted_avoided = 0;
                for (const auto& room : plain.rooms) {
                    clashes_without += tab::bp::same_institution_pairs(request, room);
                    weighted_plain += tab::bp::same_institution_pairs(request, room) + 10 * tab::bp::earlier_meetings(request, room);
                }
                for (const auto& room : avoided.rooms) {
                    clashes_with += tab::bp::same_institution_pairs(request, room);
                    weighted_avoided += tab::bp::same_institution_pairs(request, room) + 10 * tab::bp::earlier_meetings(request, room);
                }
                CHECK(weighted_avoided <= weighted_plain);
            }
            sim.play(request, plain);
        }
    }
    CHECK(clashes_with < clashes_without / 2);  // measured: 61 against 170
}

TEST_CASE("bp draw: bad requests give one clear message each") {
    BpSimulation sim(8, 1);
    DrawRequest request = sim.request(DrawMethod::tabbycat, 1);
    tab::Diagnostics diags;
    CHECK_FALSE(tab::generate_bp_draw(request, diags));
    CHECK(diags.all().at(0).message ==
          "draw method \"tabbycat\" is not available for British Parliamentary prelims (use random or power)");

    request.method = DrawMethod::power;
    request.options = options_with("exponent", 9.0);
    request.options.set("renyi_order", -1.0);
    request.teams[2].side_history = {1, 2};
    tab::Diagnostics three;
    CHECK_FALSE(tab::generate_bp_draw(request, three));
    CHECK(three.error_count() == 3);
}

TEST_CASE("bp draw: --explain figures") {
    DrawRequest request;
    request.method = DrawMethod::power;
    for (int i = 0; i < 4; ++i) {
        tab::TeamState t;
        t.id = "T" + std::to_string(i);
        t.side_history = {1, 1, 1, 1};
        t.side_history[i] = 0;  // each team lacks a different position: a perfect room exists
        request.teams.push_back(t);
    }
    request.teams[0].points = 3;
    DrawOutcome draw = draw_or_fail(request);
    REQUIRE(draw.rooms.size() == 1);
    for (int s = 0; s < 4; ++s) CHECK(draw.rooms[0].teams[s] == s);
    CHECK(draw.rooms[0].flags == std::vector<std::string>{"pullup"});
    CHECK(draw.rooms[0].costs[0].detail.text == "T0 og: 0/1/1/1 -> 1/1/1/1 (og/oo/cg/co), cost 0.00");
    CHECK(draw.quality.at(0).name == "position_cost");
    CHECK(draw.quality.at(0).cost == 0);
    CHECK(draw.quality.at(3).name == "pullups");
    CHECK(draw.quality.at(3).cost == 3);
}

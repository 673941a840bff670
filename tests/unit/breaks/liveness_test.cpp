// Liveness: every case of Tabbycat's breakqual/tests/test_liveness.py (Tabbycat, AGPL-3.0; the
// inputs, the bounds each test asserts and the exact pair Tabbycat's liveness.py returns,
// transcribed into tests/data/cases/tabbycat-liveness.json, no code copied), then a BP
// tournament worked by hand through compute_liveness.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tab/breaks/liveness.hpp"

namespace {

using nlohmann::json;
using tab::Fraction;
using tab::Liveness;

json tabbycat_liveness_cases() {
    std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-liveness.json");
    return json::parse(in);
}

tab::LivenessInputs inputs_of(const json& c) {
    tab::LivenessInputs in;
    in.general = c["general"];
    in.next_round = c["current_round"];
    in.break_size = c["break_size"];
    in.total_teams = c["total_teams"];
    in.total_rounds = c["total_rounds"];
    // As the test gives them: some of Tabbycat's lists are not sorted, and its function (like
    // ours) reads them by position.
    for (int points : c["team_scores"]) in.category_points.push_back(points);
    return in;
}

}  // namespace

TEST_CASE("liveness: Tabbycat's test_bp_coefficients rows of the quadrinomial triangle") {
    const json rows = tabbycat_liveness_cases()["bp_coefficients"]["rows"];
    REQUIRE(rows.size() == 4);
    for (const auto& [rounds, expected] : rows.items()) {
        CAPTURE(rounds);
        CHECK(tab::point_total_ways(std::stoi(rounds), 3) == expected.get<std::vector<int64_t>>());
    }
}

TEST_CASE("liveness: two points a round give Pascal's triangle") {
    CHECK(tab::point_total_ways(0, 1) == std::vector<int64_t>{1});
    CHECK(tab::point_total_ways(4, 1) == std::vector<int64_t>{1, 4, 6, 4, 1});
}

TEST_CASE("liveness: every case of Tabbycat's test_liveness.py") {
    const json cases = tabbycat_liveness_cases()["cases"];
    REQUIRE(cases.size() == 73);
    for (const json& c : cases) {
        CAPTURE(c["test"].get<std::string>());
        CAPTURE(c["current_round"].get<int>());
        const int points_per_round = c["format"] == "bp" ? 3 : 1;
        const tab::LivenessThresholds th = tab::liveness_thresholds(inputs_of(c), points_per_round);
        // What the Tabbycat test asserts...
        CHECK(th.safe >= Fraction(c["asserted"]["safe_at_least"].get<int>()));
        CHECK(th.dead <= Fraction(c["asserted"]["dead_at_most"].get<int>()));
        // ...and exactly what Tabbycat's function returns.
        CHECK(th.safe == Fraction(c["returned"]["safe"].get<int>()));
        CHECK(th.dead == Fraction(c["returned"]["dead"].get<int>()));
    }
}

TEST_CASE("liveness: more places than teams make every team safe") {
    tab::LivenessInputs in;
    in.general = false;
    in.next_round = 2;
    in.break_size = 4;
    in.total_teams = 20;
    in.total_rounds = 5;
    in.category_points = {3, 2, 0, 0};
    const tab::LivenessThresholds th = tab::liveness_thresholds(in, 3);
    CHECK(th.of(0) == Liveness::safe);
    in.general = true;
    in.total_teams = 3;
    CHECK(tab::liveness_thresholds(in, 1).of(0) == Liveness::safe);
}

namespace {

// A BP tournament of 24 teams and 3 prelims; each team scores the given points in rounds 1 and
// 2 (one single-team "debate" per team and round is all the standings need). Teams 0..5 are ESL.
struct BpField {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;
};

BpField bp_field(const std::vector<std::pair<int, int>>& points, int rounds_played) {
    BpField f;
    f.t.format = *tab::preset_format("bp");
    f.t.seed = 11;
    for (int r = 1; r <= 3; ++r) {
        tab::Round round;
        round.id = "R" + std::to_string(r);
        f.t.rounds.push_back(round);
    }
    tab::BreakCategory open;
    open.id = "open";
    open.size = 8;
    open.general = true;
    tab::BreakCategory esl;
    esl.id = "esl";
    esl.size = 2;
    f.t.break_categories = {open, esl};
    for (size_t i = 0; i < points.size(); ++i) {
        tab::Team team;
        team.name = "T" + std::to_string(i);
        if (i < 6) team.break_categories = {"esl"};
        f.t.teams.push_back(team);
    }
    for (int r = 0; r < rounds_played; ++r) {
        tab::RoundResults rr;
        rr.round = f.t.rounds[static_cast<size_t>(r)].id;
        rr.round_index = r;
        for (size_t i = 0; i < points.size(); ++i) {
            tab::TeamResult tr;
            tr.team = static_cast<int>(i);
            tr.points = r == 0 ? points[i].first : points[i].second;
            tr.score = Fraction(150 + 10 * tr.points + static_cast<int>(i % 5));
            tr.scored = true;
            rr.debates.push_back({static_cast<int>(i) + 1, true, false, {tr}});
        }
        f.results.push_back(rr);
    }
    return f;
}

// Points in rounds 1 and 2 of the 24 teams: ESL teams 0..5 on 6, 5, 3, 2, 1, 0; the others on
// 6, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 0.
const std::vector<std::pair<int, int>> two_rounds = {
    {3, 3}, {3, 2}, {2, 1}, {1, 1}, {1, 0}, {0, 0},                                        // ESL
    {3, 3}, {3, 3}, {3, 2}, {2, 3}, {2, 2}, {3, 1}, {1, 3}, {2, 1}, {1, 2}, {3, 0}, {0, 3},  //
    {2, 0}, {1, 1}, {0, 2}, {1, 0}, {0, 1}, {1, 0}, {0, 0}};

}  // namespace

TEST_CASE("liveness: a BP tournament worked by hand, after round 2 of 3") {
    // Open, 24 teams, 3 rounds: the ways to score 9, 8, ..., 0 points are 1 3 6 10 12 12 10 6 3 1
    // (of 64), so the shares of 24 teams are 0.375 1.125 2.25 3.75 4.5 ...
    //   rounded up, cumulative 1 3 6 10: more than 8 teams from the 4th total (6 points) down,
    //   so safe = 7 (a team on 7 cannot have 8 teams level or above it);
    //   rounded down, cumulative 0 1 3 6 10: more than 8 teams on 5 or more for sure, so the
    //   highest total that cannot break is 5; with 3 points to play, dead = 5 - 3 - 1 = 1.
    // ESL, break 2 of 6 teams on 6 5 3 2 1 0: safe = min(7, 3 + 3 + 1) = 7, dead = 5 - 3 - 1 = 1.
    BpField f = bp_field(two_rounds, 2);
    tab::Diagnostics diags;
    std::optional<tab::TournamentLiveness> l = tab::compute_liveness(f.t, f.results, nullptr, {}, diags);
    REQUIRE(l);
    CHECK(l->rounds_done == 2);
    CHECK(l->prelim_rounds == 3);
    REQUIRE(l->categories.size() == 2);
    const tab::CategoryLiveness& open = l->categories[0];
    const tab::CategoryLiveness& esl = l->categories[1];
    CHECK(open.category == "open");
    REQUIRE(open.thresholds);
    CHECK(open.thresholds->safe == Fraction(7));
    CHECK(open.thresholds->dead == Fraction(1));
    REQUIRE(esl.thresholds);
    CHECK(esl.thresholds->safe == Fraction(7));
    CHECK(esl.thresholds->dead == Fraction(1));

    CHECK(open.teams[6] == Liveness::live);   // 6 points: still needs a result
    CHECK(open.teams[16] == Liveness::live);  // 3 points: 6 is within reach
    CHECK(open.teams[17] == Liveness::live);  // 2 points
    CHECK(open.teams[18] == Liveness::live);  // 2 points
    CHECK(open.teams[20] == Liveness::dead);  // 1 point: 4 at most
    CHECK(open.teams[23] == Liveness::dead);  // 0 points
    CHECK(open.teams[0] == Liveness::live);   // an ESL team is in the open break too
    CHECK(esl.teams[3] == Liveness::live);    // 2 points
    CHECK(esl.teams[4] == Liveness::dead);    // 1 point
    CHECK_FALSE(esl.teams[6].has_value());    // not eligible for ESL
}

TEST_CASE("liveness: after the last prelim the break decides") {
    std::vector<std::pair<int, int>> three = two_rounds;
    BpField f = bp_field(three, 3);  // round 3 repeats round 2's points
    tab::Diagnostics diags;
    std::optional<tab::TournamentLiveness> l = tab::compute_liveness(f.t, f.results, nullptr, {}, diags);
    REQUIRE(l);
    CHECK(l->rounds_done == 3);
    const tab::CategoryLiveness& open = l->categories[0];
    CHECK_FALSE(open.thresholds.has_value());
    std::optional<tab::Break> b = tab::compute_break(f.t, f.results, {}, diags);
    REQUIRE(b);
    const std::vector<int> breaking = b->find("open")->breaking();
    REQUIRE(breaking.size() == 8);
    int safe = 0;
    for (size_t team = 0; team < f.t.teams.size(); ++team) {
        REQUIRE(open.teams[team].has_value());
        const bool broke = std::find(breaking.begin(), breaking.end(), static_cast<int>(team)) != breaking.end();
        CHECK(*open.teams[team] == (broke ? Liveness::safe : Liveness::dead));
        safe += *open.teams[team] == Liveness::safe ? 1 : 0;
    }
    CHECK(safe == 8);
}

TEST_CASE("liveness: nothing to say before any result or without break categories") {
    BpField f = bp_field(two_rounds, 0);
    tab::Diagnostics diags;
    CHECK_FALSE(tab::compute_liveness(f.t, f.results, nullptr, {}, diags).has_value());
    BpField g = bp_field(two_rounds, 2);
    g.t.break_categories.clear();
    CHECK_FALSE(tab::compute_liveness(g.t, g.results, nullptr, {}, diags).has_value());
}

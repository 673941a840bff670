// The compatibility method against every transcribed Tabbycat case with an id starting "gen."
// (generator parts and whole draws) or "uud." (the one-up-one-down swapper), read from the JSON.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "case_loader.hpp"
#include "draw/compat.hpp"

using nlohmann::json;
using namespace tab;
using namespace tab::testing;

namespace {

json brackets_json(const DrawRequest& req, const std::vector<compat::Bracket>& brackets) {
    json out = json::array();
    for (const compat::Bracket& b : brackets) out.push_back({b.points, ids_of(req, b.teams)});
    return out;
}

json sided_json(const DrawRequest& req, const std::vector<compat::SidedBracket>& brackets) {
    json out = json::array();
    for (const compat::SidedBracket& b : brackets) out.push_back({b.points, ids_of(req, b.aff), ids_of(req, b.neg)});
    return out;
}

json expected_brackets(const json& brackets) {
    json out = json::array();
    for (const json& b : brackets) {
        json row = {b[0].get<double>()};
        for (size_t i = 1; i < b.size(); ++i) row.push_back(ids_of(b[i]));
        out.push_back(row);
    }
    return out;
}

void check_same_points(const json& actual, const json& expected) {
    REQUIRE(actual.size() == expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        CHECK(actual[i][0].get<double>() == doctest::Approx(expected[i][0].get<double>()).epsilon(1e-9));
        for (size_t j = 1; j < expected[i].size(); ++j) CHECK(actual[i][j] == expected[i][j]);
    }
}

std::vector<compat::Pairing> pairings_from(const DrawRequest& req, const json& pairs) {
    std::vector<compat::Pairing> out;
    for (const json& p : pairs) out.push_back({{team_index(req, case_id(p[0]["id"])), team_index(req, case_id(p[1]["id"]))}, 0, {}});
    return out;
}

DrawRequest request_from_pairings(const json& input) {
    json teams = json::array();
    for (const json& p : input["pairings"]) {
        teams.push_back(p[0]);
        teams.push_back(p[1]);
    }
    json with_teams = input;
    with_teams["teams"] = teams;
    return case_request(with_teams);
}

}  // namespace

TEST_CASE("tabbycat cases: odd brackets without preallocated sides") {
    int checked = 0;
    for (const json& c : tabbycat_cases("gen.")) {
        std::string category = c["category"];
        if (category != "draw.odd_bracket.unallocated") continue;
        CAPTURE(c["id"].get<std::string>());
        DrawRequest req = case_request(c["input"]);
        compat::Options o = compat::read_options(req.options);
        std::vector<compat::Bracket> raw = compat::raw_brackets(req);
        check_same_points(brackets_json(req, raw), expected_brackets(c["input"]["brackets"]));
        int repeats = c["input"].value("repeat", 1);
        for (int r = 0; r < repeats; ++r) {
            Rng rng(static_cast<uint64_t>(r) + 11);
            std::vector<compat::Bracket> brackets = raw;
            compat::TeamFlags flags;
            REQUIRE_FALSE(compat::resolve_odd_brackets(brackets, req, o, rng, flags));
            const json& expected = c["expected"];
            if (expected.contains("brackets")) {
                check_same_points(brackets_json(req, brackets), expected_brackets(expected["brackets"]));
            } else {
                // pullup_random: one of 6..9 moves up into bracket 4, one of 10..14 into bracket 3.
                auto count_in = [&](size_t b, int lo, int hi) {
                    return std::count_if(brackets[b].teams.begin(), brackets[b].teams.end(), [&](int t) {
                        int id = std::stoi(req.teams[t].id);
                        return id >= lo && id <= hi;
                    });
                };
                REQUIRE(brackets.size() == 4);
                CHECK(count_in(0, 1, 5) == 5);
                CHECK(count_in(0, 6, 9) == 1);
                CHECK(count_in(1, 6, 9) == 3);
                CHECK(count_in(1, 10, 14) == 1);
                CHECK(count_in(2, 10, 14) == 4);
                CHECK(ids_of(req, brackets[3].teams) == std::vector<std::string>{"15", "16"});
            }
            if (expected.contains("team_flags")) {
                json actual_flags = json::object();
                for (const auto& [team, list] : flags) actual_flags[req.teams[team].id] = list;
                CHECK(actual_flags == expected["team_flags"]);
            }
        }
        ++checked;
    }
    CHECK(checked == 7);
}

TEST_CASE("tabbycat cases: odd brackets with preallocated sides") {
    int checked = 0;
    for (const json& c : tabbycat_cases("gen.allocated_sides.")) {
        CAPTURE(c["id"].get<std::string>());
        DrawRequest req = case_request(c["input"]);
        compat::Options o = compat::read_options(req.options);
        std::vector<compat::SidedBracket> brackets = compat::raw_sided_brackets(req);
        Rng rng(3);
        compat::TeamFlags flags;
        std::optional<Message> error = compat::resolve_sided_brackets(brackets, o, rng, flags);
        if (c["expected"].contains("error")) {
            CHECK(error);
        } else {
            REQUIRE_FALSE(error);
            check_same_points(sided_json(req, brackets), expected_brackets(c["expected"]["brackets"]));
        }
        ++checked;
    }
    CHECK(checked == 14);
}

TEST_CASE("tabbycat cases: pairing within brackets") {
    int checked = 0;
    for (const json& c : tabbycat_cases("gen.pairing.")) {
        CAPTURE(c["id"].get<std::string>());
        DrawRequest req = case_request(c["input"]);
        compat::Options o = compat::read_options(req.options);
        std::vector<compat::Bracket> brackets = compat::raw_brackets(req);
        Rng rng(1);
        compat::TeamFlags flags;
        REQUIRE_FALSE(compat::resolve_odd_brackets(brackets, req, o, rng, flags));
        json actual = json::array();
        for (const auto& bracket : compat::pair_brackets(brackets, o.pairing_method, rng))
            for (const compat::Pairing& p : bracket) actual.push_back(ids_of(req, p.teams));
        json expected = json::array();
        for (const json& p : c["expected"]["pairings"]) expected.push_back(ids_of(p));
        CHECK(actual == expected);
        ++checked;
    }
    CHECK(checked == 2);
}

TEST_CASE("tabbycat cases: one-up-one-down swapper and generator flags") {
    int checked = 0;
    for (const std::string prefix : {"uud.", "gen.one_up_one_down."}) {
        for (const json& c : tabbycat_cases(prefix)) {
            CAPTURE(c["id"].get<std::string>());
            DrawRequest req = request_from_pairings(c["input"]);
            compat::Options o = compat::read_options(req.options);
            std::vector<compat::Pairing> bracket = pairings_from(req, c["input"]["pairings"]);
            compat::one_up_one_down(bracket, req, o);
            REQUIRE(bracket.size() == c["expected"]["pairings"].size());
            for (size_t i = 0; i < bracket.size(); ++i) {
                const json& expected = c["expected"]["pairings"][i];
                if (expected.is_array()) {
                    CHECK(ids_of(req, bracket[i].teams) == ids_of(expected));
                } else {
                    CHECK(ids_of(req, bracket[i].teams) == ids_of(expected["teams"]));
                    CHECK(bracket[i].flags == expected["flags"].get<std::vector<std::string>>());
                }
            }
            ++checked;
        }
    }
    CHECK(checked == 13);
}

TEST_CASE("tabbycat cases: whole power-paired draws") {
    int checked = 0;
    for (const json& c : tabbycat_cases("gen.power_paired.full.")) {
        CAPTURE(c["id"].get<std::string>());
        DrawRequest req = case_request(c["input"]);
        for (TeamState& t : req.teams) t.allocated_side = -1;  // sides are balanced here, not preallocated
        for (uint64_t seed : {1, 2, 3}) {
            req.seed = seed;
            tab::Diagnostics problems;
            std::optional<DrawOutcome> draw = compat::generate(req, problems);
            REQUIRE(draw.has_value());
            const json& debates = c["expected"]["debates"];
            REQUIRE(draw->rooms.size() == debates.size());
            for (size_t i = 0; i < debates.size(); ++i) {
                const json& d = debates[i];
                const DrawnRoom& room = draw->rooms[i];
                std::vector<std::string> expected{case_id(d["aff"]), case_id(d["neg"])};
                std::vector<std::string> actual = ids_of(req, room.teams);
                if (d["sides_fixed"].get<bool>()) CHECK(actual == expected);
                else CHECK(std::set<std::string>(actual.begin(), actual.end()) ==
                           std::set<std::string>(expected.begin(), expected.end()));
                // Pairing flags are the Tabbycat flags of the room (ours: rematch, ... come after).
                std::vector<std::string> tabbycat_flags, team_flags;
                for (const std::string& f : room.flags) {
                    if (f.find(':') != std::string::npos) team_flags.push_back(f);
                    else if (f.rfind("1u1d", 0) == 0) tabbycat_flags.push_back(f);
                }
                CHECK(tabbycat_flags == d["flags"].get<std::vector<std::string>>());
                std::vector<std::string> expected_team_flags;
                for (size_t side = 0; side < 2; ++side) {
                    std::string id = actual[side];
                    bool pulled = false;
                    for (const json& f : d["team_flags"][id]) {
                        if (f == "pullup") pulled = true;
                        else expected_team_flags.push_back(f.get<std::string>() + ":" + id);
                    }
                    CHECK(room.pullups[side] == pulled);
                }
                std::sort(team_flags.begin(), team_flags.end());
                std::sort(expected_team_flags.begin(), expected_team_flags.end());
                CHECK(team_flags == expected_team_flags);
            }
        }
        ++checked;
    }
    CHECK(checked == 2);
}

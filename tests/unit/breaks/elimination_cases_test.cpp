// The elimination cases transcribed from Tabbycat's tests (ids gen.partial_break_round_split,
// gen.first_elimination.*, gen.subsequent_elimination.*), loaded from
// tests/data/cases/tabbycat-cases.json, and the BP brackets of tabbycat.md §3.4.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tab/breaks/elimination.hpp"

namespace {

using nlohmann::json;

const json& elimination_cases() {
    static const json file = [] {
        std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-cases.json");
        return json::parse(in);
    }();
    return file;
}

std::vector<const json*> cases_with_prefix(const std::string& prefix) {
    std::vector<const json*> out;
    for (const json& c : elimination_cases()["cases"])
        if (c["id"].get<std::string>().rfind(prefix, 0) == 0) out.push_back(&c);
    return out;
}

std::vector<std::set<int>> as_sets(const std::vector<tab::SeededRoom>& rooms) {
    std::vector<std::set<int>> out;
    for (const tab::SeededRoom& r : rooms) out.emplace_back(r.teams.begin(), r.teams.end());
    return out;
}

std::vector<std::set<int>> expected_sets(const json& expected) {
    std::vector<std::set<int>> out;
    for (const json& p : expected["pairings_unordered_sides"]) {
        std::vector<int> teams = p.get<std::vector<int>>();
        out.emplace_back(teams.begin(), teams.end());
    }
    return out;
}

std::vector<int> range(int from, int to) {
    std::vector<int> out;
    for (int i = from; i <= to; ++i) out.push_back(i);
    return out;
}

}  // namespace

TEST_CASE("elimination: gen.partial_break_round_split") {
    std::vector<const json*> cases = cases_with_prefix("gen.partial_break_round_split");
    REQUIRE(cases.size() == 1);
    const json& expected = (*cases[0])["expected"];
    for (const auto& [size, split] : expected["splits"].items()) {
        CAPTURE(size);
        std::optional<tab::PartialSplit> got = tab::partial_break_round_split(std::stoi(size));
        REQUIRE(got);
        CHECK(got->debates == split[0].get<int>());
        CHECK(got->bypassing == split[1].get<int>());
    }
    for (const json& size : expected["errors"]) CHECK_FALSE(tab::partial_break_round_split(size.get<int>()));
}

TEST_CASE("elimination: gen.first_elimination cases") {
    std::vector<const json*> cases = cases_with_prefix("gen.first_elimination");
    REQUIRE(cases.size() >= 2);
    for (const json* c : cases) {
        CAPTURE((*c)["id"].get<std::string>());
        std::vector<int> seeds = (*c)["input"]["teams_in_break_order"].get<std::vector<int>>();
        CHECK(as_sets(tab::first_two_team_elimination(seeds)) == expected_sets((*c)["expected"]));
    }
}

TEST_CASE("elimination: gen.subsequent_elimination cases") {
    std::vector<const json*> cases = cases_with_prefix("gen.subsequent_elimination");
    REQUIRE(cases.size() >= 2);
    for (const json* c : cases) {
        CAPTURE((*c)["id"].get<std::string>());
        const json& input = (*c)["input"];
        std::vector<tab::PlayedRoom> previous;
        for (const json& r : input["previous_round"])
            previous.push_back({r["room_rank"].get<int>(), r["teams"].get<std::vector<int>>(), {r["winner"].get<int>()}});
        std::string error;
        auto rooms = tab::next_two_team_elimination(input["teams_in_break_order"].get<std::vector<int>>(), previous, &error);
        if ((*c)["expected"].contains("error")) {
            CHECK_FALSE(rooms);
            CHECK_FALSE(error.empty());
        } else {
            REQUIRE(rooms);
            CHECK(as_sets(*rooms) == expected_sets((*c)["expected"]));
        }
    }
}

TEST_CASE("elimination: two-team break of 12 plays 5v12 .. 8v9, then the top seeds meet the winners") {
    std::vector<tab::SeededRoom> first = tab::first_two_team_elimination(range(1, 12));
    REQUIRE(first.size() == 4);
    CHECK(first[0].room_rank == 5);
    CHECK(first[0].teams == std::vector<int>{5, 12});
    CHECK(first[3].teams == std::vector<int>{8, 9});
    std::vector<tab::PlayedRoom> played;
    for (const tab::SeededRoom& r : first) played.push_back({r.room_rank, r.teams, {r.teams[1]}});  // upsets
    std::string error;
    auto second = tab::next_two_team_elimination(range(1, 12), played, &error);
    REQUIRE(second);
    CHECK(as_sets(*second) == std::vector<std::set<int>>{{1, 9}, {2, 10}, {3, 11}, {4, 12}});
}

TEST_CASE("elimination: BP four-way fold of 16 and partial round of 48") {
    std::string error;
    auto sixteen = tab::bp_elimination(range(1, 16), 0, {}, &error);
    REQUIRE(sixteen);
    CHECK(as_sets(*sixteen) == std::vector<std::set<int>>{{1, 8, 9, 16}, {2, 7, 10, 15}, {3, 6, 11, 14}, {4, 5, 12, 13}});

    auto twelve = tab::bp_elimination(range(1, 12), 0, {}, &error);
    REQUIRE(twelve);
    CHECK(as_sets(*twelve) == std::vector<std::set<int>>{{5, 8, 9, 12}, {6, 7, 10, 11}});
    CHECK((*twelve)[0].room_rank == 5);

    auto partial = tab::bp_elimination(range(1, 48), 0, {}, &error);
    REQUIRE(partial);
    REQUIRE(partial->size() == 8);
    CHECK(partial->front().room_rank == 17);
    CHECK(as_sets(*partial).front() == std::set<int>{17, 32, 33, 48});
    CHECK(as_sets(*partial).back() == std::set<int>{24, 25, 40, 41});

    // The round after: seed i and seed 17 - i join the two through from the i-th room.
    std::vector<tab::PlayedRoom> played;
    for (const tab::SeededRoom& r : *partial) played.push_back({r.room_rank, r.teams, {r.teams[0], r.teams[1]}});
    auto octos = tab::bp_elimination(range(1, 48), 1, played, &error);
    REQUIRE(octos);
    REQUIRE(octos->size() == 8);
    CHECK(as_sets(*octos).front() == std::set<int>{1, 16, 17, 32});
    CHECK(as_sets(*octos).back() == std::set<int>{8, 9, 24, 25});

    // Then the advancing pairs fold: the first room's pair meets the last room's.
    played.clear();
    for (const tab::SeededRoom& r : *octos) played.push_back({r.room_rank, r.teams, {r.teams[0], r.teams[1]}});
    auto quarters = tab::bp_elimination(range(1, 48), 2, played, &error);
    REQUIRE(quarters);
    CHECK(as_sets(*quarters).front() == std::set<int>{1, 16, 8, 9});
}

TEST_CASE("elimination: BP sizes other than 4·2^k and 6·2^k, and rooms without two through, are refused") {
    std::string error;
    CHECK_FALSE(tab::bp_elimination(range(1, 10), 0, {}, &error));
    CHECK(error.find("4·2^k") != std::string::npos);
    CHECK(tab::bp_break_size_valid(6));
    CHECK(tab::bp_break_size_valid(24));
    CHECK_FALSE(tab::bp_break_size_valid(20));
    std::vector<tab::PlayedRoom> played = {{1, {1, 2, 3, 4}, {1}}, {2, {5, 6, 7, 8}, {5, 6}}};
    error.clear();
    CHECK_FALSE(tab::bp_elimination(range(1, 8), 1, played, &error));
    CHECK(error.find("room 1") != std::string::npos);
}

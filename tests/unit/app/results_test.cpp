// app::results: each debate's outcome as typed lines and as JSON with codes and numbers.
#include <doctest/doctest.h>

#include "app_fixture.hpp"
#include "tab/app/results.hpp"

using tab::testing::AppFixture;
using tab::testing::failures;

TEST_CASE("results: an unknown round is a usage error, an undrawn round cannot be shown") {
    AppFixture f;
    tab::Diagnostics unknown, undrawn;
    CHECK_FALSE(tab::app::results(f.t, f.fs, {"QF"}, unknown));
    CHECK(failures(unknown) == std::vector<tab::Failure>{tab::Failure::usage});
    CHECK_FALSE(tab::app::results(f.t, f.fs, {"R1"}, undrawn));
    CHECK(failures(undrawn) == std::vector<tab::Failure>{tab::Failure::cannot});
}

TEST_CASE("results: the winner, totals and margins of an entered room, nothing for a room without a ballot") {
    AppFixture f;
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T2", "T1"));
    tab::Diagnostics diags;
    std::optional<tab::app::RoundResultsReport> r = tab::app::results(f.t, f.fs, {"R1"}, diags);
    REQUIRE(r);
    REQUIRE(r->debates.size() == 2);
    const tab::app::DebateLine& room1 = r->debates[0];
    CHECK(room1.entered);
    CHECK(room1.teams[0].team == "T1");
    CHECK(room1.teams[0].side == "gov");
    CHECK(room1.teams[0].outcome == tab::app::Outcome::loss);
    CHECK(room1.teams[1].outcome == tab::app::Outcome::win);
    CHECK(room1.teams[1].total == tab::Fraction(3 * 71 + 35));
    CHECK(room1.teams[1].margin == tab::Fraction(3));
    CHECK_FALSE(room1.teams[0].place);
    CHECK(room1.teams[0].speeches.size() == 4);
    CHECK(room1.teams[0].speeches.back().reply);
    CHECK_FALSE(r->debates[1].entered);
    CHECK_FALSE(r->debates[1].teams[0].outcome);

    const nlohmann::ordered_json doc = tab::app::to_json(*r);
    CHECK(doc["stage"] == "prelim");
    CHECK(doc["debates"][0]["teams"][1]["result"] == "win");
    CHECK(doc["debates"][0]["teams"][1]["total"] == 248);
    CHECK(doc["debates"][0]["teams"][1]["margin"] == 3);
    CHECK(doc["debates"][0]["teams"][0]["speeches"][3]["reply"] == true);
    CHECK(doc["debates"][1]["teams"][0]["result"].is_null());
    CHECK(doc["debates"][1]["teams"][0]["total"].is_null());
}

TEST_CASE("results: a BP prelim gives places 1..4, not win or loss") {
    tab::Tournament t = tab::testing::ballot_tournament("bp", 4, 0);
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    REQUIRE(tab::write_draw(fs, t, tab::testing::ballot_draw(t, "R1", 0), problems));
    std::string rows = "room,team,speaker,position,score\n";
    for (int i = 1; i <= 4; ++i)
        for (const char* who : {"A", "B"})
            rows += "1,T" + std::to_string(i) + ",T" + std::to_string(i) + " " + who + "," + (who[0] == 'A' ? "1" : "2") + "," +
                    std::to_string(70 + i) + "\n";
    fs.files[tab::ballots_path("R1")] = rows;
    tab::Diagnostics diags;
    std::optional<tab::app::RoundResultsReport> r = tab::app::results(t, fs, {"R1"}, diags);
    REQUIRE(r);
    REQUIRE(r->debates[0].entered);
    CHECK(r->debates[0].teams[3].place == 1);
    CHECK(r->debates[0].teams[0].place == 4);
    CHECK_FALSE(r->debates[0].teams[3].outcome);
    CHECK(tab::app::to_json(*r)["debates"][0]["teams"][3]["result"].is_null());
}

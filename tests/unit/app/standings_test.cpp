// app::standings: ranks as numbers with a tied flag, metrics as numbers by stable key, a warning
// for rooms that do not count, and a usage error for an unknown --after round.
#include <doctest/doctest.h>

#include "app_fixture.hpp"
#include "tab/app/standings.hpp"

using tab::testing::AppFixture;
using tab::testing::failures;

TEST_CASE("standings: --after an unknown round is a usage error") {
    AppFixture f;
    tab::Diagnostics diags;
    CHECK_FALSE(tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, "R7"}, diags));
    CHECK(failures(diags) == std::vector<tab::Failure>{tab::Failure::usage});
}

TEST_CASE("standings: teams ranked with ties, a warning for the room that does not count") {
    AppFixture f;
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2"));
    tab::Diagnostics diags;
    std::optional<tab::app::StandingsReport> r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, ""}, diags);
    REQUIRE(r);
    CHECK_FALSE(diags.has_errors());
    CHECK(diags.warning_count() == 1);
    CHECK(r->after_round == "R1");
    REQUIRE(r->lines.size() == 4);
    CHECK(r->lines[0].team == "T1");
    CHECK(r->lines[0].rank == 1);
    CHECK_FALSE(r->lines[0].tied);
    CHECK(r->columns().front() == "wins");

    const nlohmann::ordered_json doc = tab::app::to_json(*r);
    CHECK(doc["table"] == "teams");
    CHECK(doc["teams"][0]["rank"] == 1);
    CHECK(doc["teams"][0]["tied"] == false);
    CHECK(doc["teams"][0]["metrics"]["wins"] == 1);
    CHECK_FALSE(doc["teams"][0].contains("speaker"));
}

TEST_CASE("standings: speakers carry their name and team, the kinds parse from their codes") {
    AppFixture f;
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T3", "T4"));
    CHECK(tab::app::parse_standings_kind("replies") == tab::app::StandingsKind::replies);
    CHECK_FALSE(tab::app::parse_standings_kind("judges"));
    tab::Diagnostics diags;
    std::optional<tab::app::StandingsReport> r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::speakers, ""}, diags);
    REQUIRE(r);
    CHECK(diags.empty());
    REQUIRE(r->lines.size() == 12);
    CHECK(r->lines[0].rank == 1);
    CHECK(r->lines[0].tied);  // six speakers scored 71
    CHECK((r->lines[0].team == "T1" || r->lines[0].team == "T3"));
    const nlohmann::ordered_json doc = tab::app::to_json(*r);
    CHECK(doc["speakers"][0]["speaker"].is_string());
    CHECK(doc["speakers"][0]["tied"] == true);
}

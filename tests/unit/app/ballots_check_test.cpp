// app::ballots_check and the counting `tab status` shares: a room counts only with a valid
// confirmed ballot; the others are named with their teams and why.
#include <doctest/doctest.h>

#include "app_fixture.hpp"
#include "tab/app/ballots_check.hpp"

using tab::Failure;
using tab::testing::AppFixture;
using tab::testing::failures;

TEST_CASE("ballots check: an unknown round is a usage error, a round without a draw or ballots cannot be checked") {
    AppFixture f;
    tab::Diagnostics unknown;
    CHECK_FALSE(tab::app::ballots_check(f.t, f.fs, {"R9"}, unknown));
    CHECK(failures(unknown) == std::vector<Failure>{Failure::usage});

    tab::Diagnostics undrawn;
    CHECK_FALSE(tab::app::ballots_check(f.t, f.fs, {"R1"}, undrawn));
    CHECK(failures(undrawn) == std::vector<Failure>{Failure::cannot});

    f.draw_r1();
    tab::Diagnostics no_ballots;
    CHECK_FALSE(tab::app::ballots_check(f.t, f.fs, {"R1"}, no_ballots));
    CHECK(failures(no_ballots) == std::vector<Failure>{Failure::cannot});
}

TEST_CASE("ballots check: counts valid confirmed ballots and names the other rooms with their teams") {
    AppFixture f;
    f.draw_r1();
    SUBCASE("a room without rows") { f.ballots_r1(AppFixture::sheet(1, "T1", "T2")); }
    SUBCASE("a room with a draft sheet only") {
        f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T3", "T4", "draft"));
    }
    tab::Diagnostics diags;
    std::optional<tab::app::RoundBallots> r = tab::app::ballots_check(f.t, f.fs, {"R1"}, diags);
    REQUIRE(r);
    CHECK_FALSE(diags.has_errors());
    CHECK(r->rooms == 2);
    CHECK(r->rooms_counted == 1);
    CHECK(r->error_count() == 0);
    REQUIRE(r->missing.size() == 1);
    CHECK(r->missing[0].room == 2);
    CHECK(r->missing[0].teams == std::vector<std::string>{"T3", "T4"});
    CHECK(r->missing[0].reason == tab::app::MissingBallot::none);
}

TEST_CASE("ballots check: a confirmed ballot that breaks a rule does not count and is named invalid") {
    AppFixture f;
    f.draw_r1();
    std::string broken = AppFixture::sheet(2, "T3", "T4");
    broken.replace(broken.find(",71,"), 4, ",95,");  // above the WSDC range of 60..80
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + broken);
    tab::Diagnostics diags;
    std::optional<tab::app::RoundBallots> r = tab::app::ballots_check(f.t, f.fs, {"R1"}, diags);
    REQUIRE(r);
    CHECK(r->rooms_counted == 1);
    CHECK(r->error_count() >= 1);
    REQUIRE(r->missing.size() == 1);
    CHECK(r->missing[0].reason == tab::app::MissingBallot::invalid);

    const nlohmann::ordered_json doc = tab::app::to_json(*r);
    CHECK(doc["round"] == "R1");
    CHECK(doc["rooms"] == 2);
    CHECK(doc["rooms_with_valid_confirmed_ballot"] == 1);
    CHECK(doc["missing"][0]["reason"] == "invalid");
    CHECK(doc["missing"][0]["teams"] == nlohmann::ordered_json::array({"T3", "T4"}));
    CHECK(doc["problems"][0]["file"] == "rounds/R1/ballots.csv");
    CHECK(doc["problems"][0]["severity"] == "error");
    CHECK(doc["problems"][0]["line"].is_number_integer());
}

// app::status: booleans and counts per round, and the next step as a code with its command,
// counting rooms the way `tab ballots check` does.
#include <doctest/doctest.h>

#include "app_fixture.hpp"
#include "tab/app/status.hpp"

using tab::app::NextAction;
using tab::testing::AppFixture;

TEST_CASE("status: nothing drawn, then ballots to enter, to fix, then the elimination round") {
    AppFixture f;
    tab::app::StatusReport r = tab::app::status(f.t, f.fs);
    REQUIRE(r.rounds.size() == 2);
    CHECK_FALSE(r.rounds[0].drawn);
    CHECK_FALSE(r.rounds[0].rooms);
    CHECK(r.next.action == NextAction::draw);
    CHECK(r.next.round == "R1");
    CHECK(r.next.command == "tab draw R1");

    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T3", "T4", "draft"));
    r = tab::app::status(f.t, f.fs);
    CHECK(r.rounds[0].drawn);
    CHECK(r.rounds[0].draw_valid);
    CHECK(r.rounds[0].rooms == 2);
    CHECK(r.rounds[0].ballots_in == 1);
    CHECK(r.rounds[0].ballot_problems == 0);
    CHECK(r.next.action == NextAction::enter_ballots);

    std::string broken = AppFixture::sheet(2, "T3", "T4");
    broken.replace(broken.find(",71,"), 4, ",95,");
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + broken);
    r = tab::app::status(f.t, f.fs);
    CHECK(r.rounds[0].ballots_in == 1);  // a confirmed but invalid ballot does not count
    CHECK(r.rounds[0].ballot_problems >= 1);
    CHECK(r.next.action == NextAction::fix_ballots);
    CHECK(r.next.command == "tab ballots check R1");

    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T3", "T4"));
    r = tab::app::status(f.t, f.fs);
    CHECK(r.rounds[0].ballots_in == 2);
    CHECK(r.next.action == NextAction::break_and_draw);
    CHECK(r.next.round == "F");
    CHECK(r.next.command == "tab break && tab draw F");

    const nlohmann::ordered_json doc = tab::app::to_json(r);
    CHECK(doc["rounds"][0]["drawn"] == true);
    CHECK(doc["rounds"][0]["ballots_in"] == 2);
    CHECK(doc["rounds"][1]["stage"] == "elimination");
    CHECK(doc["rounds"][1]["rooms"].is_null());
    CHECK(doc["next"]["action"] == "break_and_draw");
}

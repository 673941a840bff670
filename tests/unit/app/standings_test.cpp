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

namespace {

// The fixture with an open break of two teams, R1's results in (T1 and T3 win), and `prelims`
// prelim rounds in all.
AppFixture with_open_break(int prelims) {
    AppFixture f;
    tab::BreakCategory open;
    open.id = "open";
    open.name = "Open";
    open.size = 2;
    open.general = true;
    f.t.break_categories = {open};
    for (int r = 2; r <= prelims; ++r) {
        tab::Round round;
        round.id = "R" + std::to_string(r);
        f.t.rounds.insert(f.t.rounds.end() - 1, round);
    }
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T3", "T4"));
    return f;
}

std::string liveness_of(const nlohmann::ordered_json& doc, const std::string& team) {
    for (const auto& line : doc["teams"])
        if (line["team"] == team) return line["liveness"].value("open", "");
    return "no such team";
}

}  // namespace

TEST_CASE("standings: liveness per break category after a prelim with results") {
    // Two-team, 4 teams, 2 prelims, a break of 2: safe at 2 wins, dead at -1 after round 1
    // (Tabbycat's thresholds): every team is still live.
    AppFixture f = with_open_break(2);
    tab::Diagnostics diags;
    std::optional<tab::app::StandingsReport> r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, ""}, diags);
    REQUIRE(r);
    REQUIRE(r->liveness.size() == 1);
    CHECK(r->liveness[0].category == "open");
    CHECK(r->liveness[0].name == "Open");
    const nlohmann::ordered_json doc = tab::app::to_json(*r);
    for (const char* team : {"T1", "T2", "T3", "T4"}) CHECK(liveness_of(doc, team) == "live");
}

TEST_CASE("standings: after the last prelim the break decides liveness, break.csv first") {
    AppFixture f = with_open_break(1);
    tab::Diagnostics diags;
    std::optional<tab::app::StandingsReport> r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, ""}, diags);
    REQUIRE(r);
    nlohmann::ordered_json doc = tab::app::to_json(*r);
    CHECK(liveness_of(doc, "T1") == "safe");
    CHECK(liveness_of(doc, "T3") == "safe");
    CHECK(liveness_of(doc, "T2") == "dead");
    CHECK(liveness_of(doc, "T4") == "dead");

    // A break.csv the director wrote otherwise is what the teams were told.
    f.fs.files["break.csv"] = "category,break_rank,rank,team,remark,note\nopen,1,3,T2,,\nopen,2,3,T4,,\n";
    r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, ""}, diags);
    REQUIRE(r);
    doc = tab::app::to_json(*r);
    CHECK(liveness_of(doc, "T2") == "safe");
    CHECK(liveness_of(doc, "T1") == "dead");
}

TEST_CASE("standings: no liveness without break categories or results") {
    AppFixture f;
    f.draw_r1();
    tab::Diagnostics diags;
    std::optional<tab::app::StandingsReport> r = tab::app::standings(f.t, f.fs, {tab::app::StandingsKind::teams, ""}, diags);
    REQUIRE(r);
    CHECK(r->liveness.empty());
    CHECK(tab::app::to_json(*r)["teams"][0]["liveness"].empty());
}

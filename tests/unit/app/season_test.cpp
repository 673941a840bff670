// The season commands and `tab stats` as app functions on the bundled season: loading with paths
// relative to the root, the status before anything is run, stats as codes, qualification refused
// while the qualifiers are unfinished.
#include <doctest/doctest.h>

#include "tab/app/season.hpp"
#include "tab/app/stats.hpp"
#include "tab/io/disk_filesystem.hpp"

using namespace tab;

namespace {

DiskFileSystem examples() { return DiskFileSystem(std::string(TAB_SOURCE_DIR) + "/examples"); }

}  // namespace

TEST_CASE("a season loads every tournament it lists, problems name paths from the root") {
    DiskFileSystem fs = examples();
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_dir(fs, "season-mangystau", diags);
    REQUIRE(s);
    CHECK_FALSE(diags.has_errors());
    CHECK(s->tournaments.size() == 4);
    CHECK(s->index("regional") == 3);
    for (const Diagnostic& d : diags.all()) CHECK(d.file.rfind("season-mangystau/", 0) == 0);
    CHECK(app::is_season_dir(fs, "season-mangystau"));
    CHECK_FALSE(app::is_season_dir(fs, "kz-school-league"));

    Diagnostics missing;
    CHECK_FALSE(app::load_season_dir(fs, "no-such-season", missing));
    CHECK(missing.has_errors());
}

TEST_CASE("season status before any round: nothing done, every stage waiting") {
    DiskFileSystem fs = examples();
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_dir(fs, "season-mangystau", diags);
    REQUIRE(s);
    app::SeasonStatusResult r = app::season_status(*s);
    REQUIRE(r.tournaments.size() == 4);
    CHECK_FALSE(r.tournaments[0].done);
    CHECK(r.tournaments[0].winner.empty());
    REQUIRE(r.stages.size() == 1);
    CHECK(r.stages[0].waiting_for == "aktau");
    nlohmann::ordered_json j = app::to_json(r);
    CHECK(j["stages"][0]["ready"] == false);
    CHECK(j["tournaments"][0]["winner"].is_null());

    Diagnostics refused;
    CHECK_FALSE(app::season_qualify(*s, "regional", refused));
    CHECK(refused.first_failure() == Failure::cannot);
    Diagnostics unknown;
    CHECK_FALSE(app::season_qualify(*s, "no-such-stage", unknown));
    CHECK(unknown.first_failure() == Failure::usage);
}

TEST_CASE("stats: codes, never translated labels") {
    DiskFileSystem fs = examples();
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_or_tournament(fs, "season-mangystau", diags);
    REQUIRE(s);
    nlohmann::ordered_json j = app::to_json(app::stats(*s, "ru"));
    CHECK(j["tournaments"] == 4);
    CHECK(j["participants"] == 64);
    CHECK(j["by_gender"][0]["gender"] == "female");
    CHECK(j["by_gender"][1]["gender"] == "male");
    CHECK(j["by_age_band"][0]["age_band"] == "under_13");
    CHECK(j["by_age_band"][1]["age_band"] == "13-16");
    CHECK(app::age_band_code("59+") == "59+");
    CHECK(app::age_band_code("") == "");
}

TEST_CASE("season table: one table or all four, entries best first") {
    DiskFileSystem fs = examples();
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_dir(fs, "season-mangystau", diags);
    REQUIRE(s);
    app::SeasonTableResult all = app::season_table(*s, {std::nullopt, ""});
    CHECK(all.tables.size() == 4);
    app::SeasonTableResult teams = app::season_table(*s, {app::LeagueBy::team, ""});
    REQUIRE(teams.tables.size() == 1);
    nlohmann::ordered_json j = app::to_json(teams);
    CHECK(j.contains("teams"));
    CHECK_FALSE(j.contains("speakers"));
    CHECK(app::parse_league_by("district") == app::LeagueBy::district);
    CHECK_FALSE(app::parse_league_by("nation"));
}

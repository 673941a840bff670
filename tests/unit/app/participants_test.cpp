// tab check, teams, adjudicators, rounds as app functions: typed lists from the bundled example,
// their JSON contract (arrays, booleans, numbers, codes, null for absent), and personal data
// only on request.
#include <doctest/doctest.h>

#include "tab/app/participants.hpp"
#include "tab/app/round_list.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"

using namespace tab;

namespace {

Tournament example(const FileSystem& fs) {
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    return *t;
}

}  // namespace

TEST_CASE("check reports every problem with its position and counts what loaded") {
    MemoryFileSystem fs;
    app::CheckResult missing = app::check(fs);
    CHECK_FALSE(missing.loaded);
    CHECK(missing.problems.has_errors());
    nlohmann::ordered_json j = app::to_json(missing);
    CHECK(j["errors"] == missing.problems.error_count());
    CHECK(j["problems"].is_array());
    CHECK(j["problems"][0]["severity"] == "error");
    CHECK(j["problems"][0]["line"].is_null());

    DiskFileSystem kz(std::string(TAB_SOURCE_DIR) + "/examples/kz-school-league");
    app::CheckResult clean = app::check(kz);
    REQUIRE(clean.loaded);
    CHECK(clean.problems.error_count() == 0);
    CHECK(clean.loaded->teams > 0);
    CHECK(clean.loaded->language == "kk");
}

TEST_CASE("teams: speakers are objects, gender (personal data) and contacts only when asked for") {
    DiskFileSystem kz(std::string(TAB_SOURCE_DIR) + "/examples/kz-school-league");
    const Tournament t = example(kz);
    app::TeamsResult plain = app::teams(t, {false});
    REQUIRE(plain.teams.size() == t.teams.size());
    CHECK(plain.teams[0].speakers.size() == t.teams[0].speakers.size());
    CHECK_FALSE(plain.teams[0].speakers[0].contacts);
    nlohmann::ordered_json j = app::to_json(plain);
    const auto& speaker = j["teams"][0]["speakers"][0];
    CHECK(speaker["name"] == t.speakers[static_cast<size_t>(t.teams[0].speakers[0])].name);
    CHECK(speaker["gender"].is_null());
    CHECK_FALSE(speaker.contains("phone"));
    CHECK(j["teams"][0]["break_categories"].is_array());
    CHECK(j["teams"][0]["swing"].is_boolean());

    nlohmann::ordered_json with = app::to_json(app::teams(t, {true}));
    CHECK((with["teams"][0]["speakers"][0]["gender"] == "female" || with["teams"][0]["speakers"][0]["gender"] == "male"));
    CHECK(with["teams"][0]["speakers"][0].contains("phone"));
    CHECK(with["teams"][0]["speakers"][0].contains("birth_date"));
}

TEST_CASE("adjudicators: strength a number, trainee a boolean, conflicts as arrays of names") {
    DiskFileSystem kz(std::string(TAB_SOURCE_DIR) + "/examples/kz-school-league");
    const Tournament t = example(kz);
    app::AdjudicatorsResult r = app::adjudicators(t, {false});
    REQUIRE(r.adjudicators.size() == t.adjudicators.size());
    nlohmann::ordered_json j = app::to_json(r);
    const auto& first = j["adjudicators"][0];
    CHECK(first["strength"].is_number());
    CHECK(first["strength"] == t.adjudicators[0].strength);
    CHECK(first["trainee"].is_boolean());
    CHECK(first["conflicts"]["teams"].is_array());
    CHECK_FALSE(first.contains("email"));
    // Conflicts are names, not indices.
    for (std::size_t i = 0; i < t.adjudicators.size(); ++i)
        for (std::size_t k = 0; k < t.adjudicators[i].team_conflicts.size(); ++k)
            CHECK(r.adjudicators[i].team_conflicts[k] == t.teams[static_cast<size_t>(t.adjudicators[i].team_conflicts[k])].name);
}

TEST_CASE("rounds: ids in schedule order, the stage as a code, drawn from the draw file") {
    DiskFileSystem kz(std::string(TAB_SOURCE_DIR) + "/examples/kz-school-league");
    const Tournament t = example(kz);
    MemoryFileSystem fs;
    fs.files["rounds/" + t.rounds[0].id + "/draw.csv"] = "";
    app::RoundsResult r = app::list_rounds(t, fs);
    REQUIRE(r.rounds.size() == t.rounds.size());
    CHECK(r.rounds[0].drawn);
    CHECK_FALSE(r.rounds[1].drawn);
    nlohmann::ordered_json j = app::to_json(r);
    CHECK(j["rounds"][0]["id"] == t.rounds[0].id);
    CHECK(j["rounds"][0]["stage"] == "prelim");
    CHECK(j["rounds"].back()["stage"] == "elimination");
    CHECK(j["rounds"][0]["break_category"].is_null());
}

// Qualification: who qualifies by place, best speaker and district, and appending to the next
// tournament's files without losing a hand-made row, twice without adding anything twice.
#include <doctest/doctest.h>

#include "tab/model/loader.hpp"
#include "tab/season/qualify.hpp"

using namespace tab;

namespace {

// A qualifier of four teams of two, placed in team order, with its best speakers.
Tournament qualifier(const std::string& prefix, const std::string& district) {
    Tournament t;
    t.institutions.push_back({prefix + "-Г", prefix + " гимназия", district});
    for (int i = 0; i < 4; ++i) {
        Team team{prefix + " команда " + std::to_string(i + 1), 0, {}, {"school"}, 0, false};
        for (int k = 0; k < 2; ++k) {
            team.speakers.push_back(static_cast<int>(t.speakers.size()));
            t.speakers.push_back({prefix + " спикер " + std::to_string(2 * i + k + 1), "", i, {}, {}});
        }
        t.teams.push_back(team);
    }
    return t;
}

TournamentOutcome placed(int teams) {
    TournamentOutcome o;
    for (int i = 0; i < teams; ++i) {
        o.team_order.push_back(i);
        o.team_place.push_back(i + 1);
    }
    o.best_speakers = {{1, false, 6, 80}, {2, false, 0, 79}};  // speaker 6 is in team 4, speaker 0 in team 1
    return o;
}

const char* final_toml = "name = \"Final\"\npreset = \"bp\"\n"
                         "[[break_categories]]\nid = \"school\"\nname = \"Schools\"\nsize = 4\n";

}  // namespace

TEST_CASE("places, best speakers not already in, and the best of each district qualify") {
    Tournament a = qualifier("А", "Ақтау"), b = qualifier("Ж", "Жаңаөзен");
    QualificationStage stage;
    stage.places = 1;
    stage.best_speakers = 2;
    std::vector<Qualifier> q = stage_qualifiers(stage, {&a, &b}, {placed(4), placed(4)}, {"", ""});
    // Per source: team 1 by place; speaker 6 (team 4) as best speaker; speaker 0 is in team 1 already.
    REQUIRE(q.size() == 4);
    CHECK(q[0].reason == "place");
    CHECK(q[0].team == 0);
    CHECK(q[1].reason == "best_speaker");
    CHECK(q[1].speakers == std::vector<int>{6});
    CHECK(q[2].source == 1);

    stage.places = 0;
    stage.best_speakers = 0;
    stage.per_district = 2;
    q = stage_qualifiers(stage, {&a, &b}, {placed(4), placed(4)}, {"", ""});
    REQUIRE(q.size() == 4);  // two per district, each district from its own qualifier
    CHECK(q[0].reason == "district");
}

TEST_CASE("qualified teams are appended without touching hand entries, and only once") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] = final_toml;
    fs.files["institutions.csv"] = "code,name,district\nХ,Хозяева,Ақтау\n";
    const std::string hand = "team,institution,speaker\nХозяева,Х,Қолмен Енгізілген\nХозяева,,Екінші Қолмен\n";
    fs.files["teams.csv"] = hand;
    Diagnostics diags;
    std::optional<Tournament> target = load_tournament(fs, diags);
    REQUIRE(target);
    REQUIRE_FALSE(diags.has_errors());

    Tournament a = qualifier("А", "Ақтау");
    QualificationStage stage;
    stage.places = 2;
    std::vector<Qualifier> q = stage_qualifiers(stage, {&a}, {placed(4)}, {""});
    QualifyReport report;
    tab::Diagnostics problems;
    REQUIRE(append_qualifiers(fs, *target, stage, {&a}, q, &report, problems));
    CHECK(report.added == std::vector<std::string>{"А команда 1", "А команда 2"});
    CHECK(report.institutions == std::vector<std::string>{"А-Г"});
    CHECK(fs.files["teams.csv"].rfind(hand, 0) == 0);  // the hand rows, unchanged, come first
    // The target's own three columns: the qualified teams' other cells have nowhere to go.
    CHECK(fs.files["teams.csv"] == hand + "А команда 1,А-Г,А спикер 1\nА команда 1,,А спикер 2\n"
                                          "А команда 2,А-Г,А спикер 3\nА команда 2,,А спикер 4\n");
    CHECK(fs.files["institutions.csv"] == "code,name,district\nХ,Хозяева,Ақтау\nА-Г,А гимназия,Ақтау\n");

    // Again, from the files as they are now: nothing is added.
    diags = Diagnostics();
    target = load_tournament(fs, diags);
    REQUIRE(target);
    CHECK_FALSE(diags.has_errors());
    CHECK(target->teams.size() == 3);
    const std::string before = fs.files["teams.csv"];
    QualifyReport again;
    REQUIRE(append_qualifiers(fs, *target, stage, {&a}, q, &again, problems));
    CHECK(again.added.empty());
    CHECK(again.present.size() == 2);
    CHECK(fs.files["teams.csv"] == before);
}

TEST_CASE("a team name taken by another team gets its institution code") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] = final_toml;
    fs.files["teams.csv"] = "team,institution,speaker\nА команда 1,,Басқа Адам\n";
    Diagnostics diags;
    std::optional<Tournament> target = load_tournament(fs, diags);
    REQUIRE(target);
    Tournament a = qualifier("А", "Ақтау");
    QualificationStage stage;
    stage.places = 1;
    QualifyReport report;
    tab::Diagnostics problems;
    REQUIRE(append_qualifiers(fs, *target, stage, {&a}, stage_qualifiers(stage, {&a}, {placed(4)}, {""}), &report, problems));
    CHECK(report.added == std::vector<std::string>{"А команда 1 (А-Г)"});
}

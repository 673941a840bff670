// The writer is the loader's inverse: a tournament written and loaded back is the same
// tournament (checked field by field on a tournament that uses every field, with Cyrillic
// names and characters that need quoting), and writing the loaded tournament again gives the
// same bytes. (A name used inside a list cell, such as a conflict, cannot hold ',' or ';':
// the loader splits lists on both, as Tabbycat's files need.)
#include <doctest/doctest.h>

#include "tab/base/filesystem.hpp"
#include "tab/model/loader.hpp"
#include "tab/archive/writer.hpp"

namespace {

tab::Tournament sample() {
    tab::Tournament t;
    t.name = "Қарағанды «Жас дебат» 2025";
    t.short_name = "ЖД-25";
    t.format = *tab::preset_format("bp");
    t.format.speaker_scores = {60, 90, 1};
    t.seed = 424242;
    t.language = "kk";
    t.start_date = tab::Date{2025, 3, 14};
    t.location = "Қарағанды, \"Дворец\" \\ зал";

    tab::Round r1;
    r1.id = "R1";
    r1.name = "1-раунд";
    r1.draw_method = tab::DrawMethod::random;
    r1.motions = {{"", "Бұл палата мектеп формасын жояды"}};
    r1.settings.set("seed", int64_t{7});
    tab::Round final;
    final.id = "GF";
    final.name = "Финал";
    final.stage = tab::Stage::elimination;
    final.draw_method = tab::DrawMethod::elimination;
    final.break_category = "school";
    final.motions = {{"Ақша", "Бұл палата қолма-қол ақшадан бас тартады"}, {"Тіл", "Тест, с запятой и \"кавычками\""}};
    final.weight = 2.5;
    final.silent = true;
    t.rounds = {r1, final};

    tab::BreakCategory school{"school", "Мектеп", 4, 20, tab::BreakRule::standard, 1, true, tab::ThirdPlace::shared};
    tab::BreakCategory uni{"university", "Университет", 4, 10, tab::BreakRule::aida_1996, 0, false, tab::ThirdPlace::none};
    t.break_categories = {school, uni};
    t.speaker_categories = {{"novice", "Жас"}};

    t.institutions = {{"НИШ", "Назарбаев Зияткерлік мектебі", "Қарағанды"}, {"Лицей-1", "Лицей №1, Теміртау", ""}};
    t.speakers = {
        {"Әлихан Сейітқазы", "S1", 0, {"novice"}, {"male", tab::Date{2008, 5, 1}, "Теміртау", "+7 701 000 0000", "a@example.kz"}},
        {"Айгерім Нұрланқызы", "", 0, {}, {"female", std::nullopt, "", "", ""}},
        {"Дмитрий Ковалёв", "", 1, {}, {}},
    };
    tab::Team a{"НИШ А", 0, {0, 1}, {"school"}, 3.5, false};
    tab::Team b{"Swing \"B\"", 1, {2}, {"school", "university"}, 0, true};
    tab::Team empty{"Пустая", -1, {}, {}, 0, false};
    t.teams = {a, b, empty};

    tab::Adjudicator chair;
    chair.name = "Ержан Тұрсынов";
    chair.id = "J1";
    chair.institution = 0;
    chair.strength = 7.5;
    chair.adj_core = true;
    chair.team_conflicts = {1};
    chair.institution_conflicts = {1};
    chair.unavailable = {"GF"};
    chair.categories = {"core"};
    chair.personal = {"male", tab::Date{1990, 12, 31}, "Қарағанды", "+7 702", "e@example.kz"};
    tab::Adjudicator trainee;
    trainee.name = "Ольга Ким";
    trainee.strength = 3;
    trainee.trainee = true;
    trainee.independent = true;
    trainee.adjudicator_conflicts = {0};
    t.adjudicators = {chair, trainee};
    t.venues = {{"101", 10, {"accessible", "ground floor"}}, {"Зал, 2", 0, {}}};
    return t;
}

tab::MemoryFileSystem written(const tab::Tournament& t) {
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    REQUIRE(tab::write_tournament(fs, t, problems));
    return fs;
}

tab::Tournament loaded(const tab::MemoryFileSystem& fs) {
    tab::Diagnostics diags;
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    std::vector<std::string> errors;
    for (const tab::Diagnostic& d : diags.all())
        if (d.severity == tab::Severity::error) errors.push_back(tab::format_diagnostic(d));
    CHECK(errors == std::vector<std::string>{});
    REQUIRE(t);
    return *t;
}

}  // namespace

TEST_CASE("writer: a written tournament loads back field by field") {
    const tab::Tournament original = sample();
    const tab::Tournament t = loaded(written(original));

    CHECK(t.name == original.name);
    CHECK(t.short_name == original.short_name);
    CHECK(t.format.preset == "bp");
    CHECK(t.format.speaker_scores.min == 60);
    CHECK(t.format.speaker_scores.max == 90);
    CHECK(t.format.teams_per_debate == 4);
    CHECK(t.seed == 424242);
    CHECK(t.language == "kk");
    REQUIRE(t.start_date);
    CHECK(*t.start_date == tab::Date{2025, 3, 14});
    CHECK(t.location == original.location);

    REQUIRE(t.rounds.size() == 2);
    CHECK(t.rounds[0].motions.size() == 1);
    CHECK(t.rounds[0].motions[0].text == original.rounds[0].motions[0].text);
    CHECK(t.rounds[0].settings.get_int("seed") == 7);
    CHECK(t.rounds[1].stage == tab::Stage::elimination);
    CHECK(t.rounds[1].break_category == "school");
    CHECK(t.rounds[1].weight == 2.5);
    CHECK(t.rounds[1].silent);
    REQUIRE(t.rounds[1].motions.size() == 2);
    CHECK(t.rounds[1].motions[1].reference == "Тіл");
    CHECK(t.rounds[1].motions[1].text == "Тест, с запятой и \"кавычками\"");

    REQUIRE(t.break_categories.size() == 2);
    CHECK(t.break_categories[0].reserve == 1);
    CHECK(t.break_categories[0].general);
    CHECK(t.break_categories[0].third_place == tab::ThirdPlace::shared);
    CHECK(t.break_categories[1].rule == tab::BreakRule::aida_1996);
    CHECK_FALSE(t.break_categories[1].general);
    REQUIRE(t.speaker_categories.size() == 1);
    CHECK(t.speaker_categories[0].name == "Жас");

    REQUIRE(t.institutions.size() == 2);
    CHECK(t.institutions[1].name == "Лицей №1, Теміртау");
    REQUIRE(t.teams.size() == 3);
    CHECK(t.teams[1].name == "Swing \"B\"");
    CHECK(t.teams[1].swing);
    CHECK(t.teams[1].break_categories == std::vector<std::string>{"school", "university"});
    CHECK(t.teams[0].seed == 3.5);
    CHECK(t.teams[0].speakers.size() == 2);
    CHECK(t.teams[2].speakers.empty());
    REQUIRE(t.speakers.size() == 3);
    CHECK(t.speakers[0].id == "S1");
    CHECK(t.speakers[0].categories == std::vector<std::string>{"novice"});
    CHECK(t.speakers[0].personal.birth_date == tab::Date{2008, 5, 1});
    CHECK(t.speakers[0].personal.phone == "+7 701 000 0000");
    CHECK(t.speakers[2].team == 1);

    REQUIRE(t.adjudicators.size() == 2);
    const tab::Adjudicator& chair = t.adjudicators[0];
    CHECK(chair.strength == 7.5);
    CHECK(chair.adj_core);
    CHECK(chair.team_conflicts == std::vector<int>{1});
    CHECK(chair.institution_conflicts == std::vector<int>{1});
    CHECK(chair.unavailable == std::vector<std::string>{"GF"});
    CHECK(chair.personal.email == "e@example.kz");
    CHECK(t.adjudicators[1].trainee);
    CHECK(t.adjudicators[1].independent);
    CHECK(t.adjudicators[1].adjudicator_conflicts == std::vector<int>{0});
    REQUIRE(t.venues.size() == 2);
    CHECK(t.venues[0].tags == std::vector<std::string>{"accessible", "ground floor"});
}

TEST_CASE("writer: writing a loaded tournament again gives the same bytes") {
    const tab::MemoryFileSystem first = written(sample());
    const tab::MemoryFileSystem second = written(loaded(first));
    CHECK(first.files == second.files);
    CHECK(first.files.size() == 5);
}

TEST_CASE("writer: [format] keys equal to the preset are commented, overrides are not") {
    const std::string toml = tab::tournament_toml_text(sample());
    CHECK(toml.find("\n# teams_per_debate = 4\n") != std::string::npos);
    CHECK(toml.find("\nspeaker_scores = { min = 60, max = 90, step = 1 }\n") != std::string::npos);
    CHECK(toml.find("\nstart_date = 2025-03-14\n") != std::string::npos);
}

TEST_CASE("writer: team-level cells are on the team's first row only") {
    const std::string csv = tab::teams_csv_text(sample());
    CHECK(csv.find("НИШ А,НИШ,Әлихан Сейітқазы,S1,novice,school,3.5,,male,2008-05-01,") != std::string::npos);
    CHECK(csv.find("НИШ А,,Айгерім Нұрланқызы,,,,,,female,,,,\n") != std::string::npos);
    CHECK(csv.find("Пустая,,,,,,,,,,,,\n") != std::string::npos);
}

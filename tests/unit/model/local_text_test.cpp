// Names per language (LocalText): tournament.toml gives a name as a plain string or as a table by
// language; output in a language shows its text, else the tournament language's, else the English
// one, else the first given; wrong types and unknown codes are errors at their position.
#include <doctest/doctest.h>

#include "tab/model/loader.hpp"

using namespace tab;

TEST_CASE("LocalText::in gives the asked language's text, else the plain one") {
    const LocalText text{"Алатау кубогы", {{"kk", "Алатау кубогы"}, {"ru", "Кубок Алатау"}}};
    CHECK(text.in("ru") == "Кубок Алатау");
    CHECK(text.in("kk") == "Алатау кубогы");
    CHECK(text.in("en") == "Алатау кубогы");
    const LocalText plain{"Cup", {}};
    CHECK_FALSE(plain.per_language());
    CHECK(plain.in("ru") == "Cup");
}

TEST_CASE("names per language: both forms load, the plain name in the tournament's language") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] =
        "name = { en = \"Alatau Cup\", kk = \"Алатау кубогы\", ru = \"Кубок Алатау\" }\n"
        "preset = \"bp\"\nlanguage = \"ru\"\n"
        "[[rounds]]\nid = \"R1\"\nname = \"1-раунд\"\n"
        "motions = [{ reference = \"Tax\", text = { en = \"This House would tax\", kk = \"Бұл палата салық салар еді\" } }]\n"
        "[[rounds]]\nid = \"R2\"\nname = { kk = \"2-раунд\" }\n"
        "[[break_categories]]\nid = \"school\"\nsize = 8\nname = { en = \"School\", kk = \"Мектеп\" }\n"
        "[[speaker_categories]]\nid = \"novice\"\nname = { ru = \"Новички\", kk = \"Жаңадан бастағандар\" }\n";
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    CHECK_FALSE(diags.has_errors());
    CHECK(t->name == "Кубок Алатау");                  // the tournament's language
    CHECK(t->short_name == "Кубок Алатау");            // short_name left out: the name, per language too
    CHECK(t->short_names.in("kk") == "Алатау кубогы");
    CHECK(t->rounds[0].name == "1-раунд");
    CHECK_FALSE(t->rounds[0].names.per_language());
    CHECK(t->rounds[0].motions[0].text == "This House would tax");  // no ru: English
    CHECK(t->rounds[1].name == "2-раунд");                          // no ru, no en: the first given
    CHECK(t->break_categories[0].name == "School");
    CHECK(t->speaker_categories[0].name == "Новички");

    use_language(*t, "kk");
    CHECK(t->name == "Алатау кубогы");
    CHECK(t->short_name == "Алатау кубогы");
    CHECK(t->rounds[0].name == "1-раунд");
    CHECK(t->rounds[0].motions[0].text == "Бұл палата салық салар еді");
    CHECK(t->break_categories[0].name == "Мектеп");
    CHECK(t->speaker_categories[0].name == "Жаңадан бастағандар");
    CHECK(t->language == "ru");  // files written for people and JSON keep the tournament's language
    CHECK(in_tournament_language(t->break_categories[0].name, t->break_categories[0].names) == "School");

    use_language(*t, "en");  // not given in English: the tournament language's name
    CHECK(t->speaker_categories[0].name == "Новички");
    CHECK(t->name == "Alatau Cup");
}

TEST_CASE("names per language: wrong types, empty tables and unknown codes are errors at their position") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] =
        "name = 5\npreset = \"bp\"\nshort_name = {}\n"
        "[[rounds]]\nid = \"R1\"\nname = { de = \"Runde 1\", kk = \"1-раунд\" }\n"
        "motions = [{ text = { ru = 7 } }]\n"
        "[[break_categories]]\nid = \"open\"\nsize = 8\nname = [\"Open\"]\n";
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    load_tournament(fs, diags);
    diags.sort_by_position();
    std::vector<std::string> lines;
    for (const Diagnostic& d : diags.all()) lines.push_back(format_diagnostic(d));
    const std::string expected_table = "a string or a table of names by language, e.g. { kk = \"...\", ru = \"...\" }";
    CHECK(lines == std::vector<std::string>{
        "tournament.toml:1:8: error: 'name' in tournament.toml is an integer; expected " + expected_table,
        "tournament.toml:3:14: error: 'short_name' in tournament.toml is a table; expected " + expected_table,
        "tournament.toml:6:10: error: 'de' in 'name' of [[rounds]] #1 is not a language; expected one of: en, kk, ru",
        "tournament.toml:7:28: error: 'text.ru' in [[rounds]] #1 motions is an integer; expected a string",
        "tournament.toml:11:8: error: 'name' in [[break_categories]] #1 is a list; expected " + expected_table,
    });
}

// tab init and the imports as app functions: the files written, the seed taken from the
// directory's name, and the refusal to write anything into a directory holding a tournament.
#include <doctest/doctest.h>

#include "tab/app/new_tournament.hpp"
#include "tab/model/loader.hpp"

using namespace tab;

TEST_CASE("directory_name is the last component of a path") {
    CHECK(app::directory_name("leagues/autumn-cup/") == "autumn-cup");
    CHECK(app::directory_name("autumn-cup") == "autumn-cup");
    CHECK(app::directory_name("/tmp/x/y") == "y");
}

TEST_CASE("init writes a tournament that loads, named and seeded after its directory") {
    MemoryFileSystem a, b;
    Diagnostics diags;
    std::optional<app::NewTournamentResult> r = app::init(a, {"cups/autumn", "wsdc"}, diags);
    REQUIRE(r);
    CHECK(diags.empty());
    CHECK(r->preset == "wsdc");
    CHECK(r->dir == "cups/autumn");
    CHECK(r->files.front() == "tournament.toml");
    for (const std::string& f : r->files) CHECK(a.exists(f));
    Diagnostics loading;
    std::optional<Tournament> t = load_tournament(a, loading);
    REQUIRE(t);
    CHECK(t->name == "autumn");
    CHECK(r->rounds == static_cast<int>(t->rounds.size()));
    // Another directory name gives another seed.
    REQUIRE(app::init(b, {"cups/spring", "wsdc"}, diags));
    CHECK(a.files["tournament.toml"] != b.files["tournament.toml"]);
    nlohmann::ordered_json j = app::to_json(*r);
    CHECK(j["files"].is_array());
    CHECK(j["preset_inferred"] == false);
}

TEST_CASE("init --lang writes the language key and names the rounds and the category in it") {
    const std::pair<const char*, std::vector<std::string>> expected[] = {
        {"en", {"Round 1", "Round 4", "Semifinal", "Grand Final", "Open"}},
        {"kk", {"1-раунд", "4-раунд", "Жартылай финал", "Гранд-финал", "Ашық"}},
        {"ru", {"Раунд 1", "Раунд 4", "Полуфинал", "Гранд-финал", "Открытая"}}};
    for (const auto& [lang, names] : expected) {
        CAPTURE(lang);
        MemoryFileSystem fs;
        Diagnostics diags;
        REQUIRE(app::init(fs, {"cup", "bp", lang}, diags));
        std::optional<Tournament> t = load_tournament(fs, diags);
        REQUIRE(t);
        CHECK(diags.empty());
        CHECK(t->language == lang);
        REQUIRE(t->rounds.size() == 6);
        CHECK(t->rounds[0].name == names[0]);
        CHECK(t->rounds[3].name == names[1]);
        CHECK(t->rounds[4].name == names[2]);
        CHECK(t->rounds[5].name == names[3]);
        REQUIRE(t->break_categories.size() == 1);
        CHECK(t->break_categories[0].name == names[4]);
    }
}

TEST_CASE("init refuses an existing tournament and writes nothing, an unknown preset is a usage error") {
    MemoryFileSystem fs;
    fs.files["teams.csv"] = "hand-made\n";
    Diagnostics diags;
    CHECK_FALSE(app::init(fs, {"x", "bp"}, diags));
    CHECK(diags.first_failure() == Failure::refused_overwrite);
    CHECK(diags.all().front().message.find("teams.csv") != std::string::npos);
    CHECK(fs.files.size() == 1);
    CHECK(fs.files["teams.csv"] == "hand-made\n");

    MemoryFileSystem empty;
    Diagnostics bad;
    CHECK_FALSE(app::init(empty, {"x", "no-such-format"}, bad));
    CHECK(bad.first_failure() == Failure::usage);
    CHECK(empty.files.empty());
}

TEST_CASE("a Tabbycat folder with errors writes nothing and names the files under the source") {
    MemoryFileSystem source, target;
    source.files["teams.csv"] = "not,a,tabbycat,file\n";
    Diagnostics diags;
    CHECK_FALSE(app::import_tabbycat(source, target, {"src", "src", "out", ""}, diags));
    CHECK(diags.has_errors());
    CHECK(diags.first_failure() == Failure::invalid_input);
    CHECK(target.files.empty());
    CHECK(diags.all().back().message.find("nothing was written") != std::string::npos);
}

TEST_CASE("a DebateXML archive that is not XML writes nothing") {
    MemoryFileSystem target;
    Diagnostics diags;
    CHECK_FALSE(app::import_debatexml("<tournament", target, {"a.xml", "out"}, diags));
    CHECK(diags.has_errors());
    CHECK(target.files.empty());
}

// Hostile ids: a round id or category id that would put a file outside the tournament directory
// is an error where it enters tab — a DebateXML archive, a Tabbycat folder, tournament.toml —
// with its position, and nothing is imported.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/archive/debatexml.hpp"
#include "tab/archive/tabbycat_import.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"

namespace {

bool has_error(const tab::Diagnostics& diags, const std::string& text, int line = -1) {
    return std::any_of(diags.all().begin(), diags.all().end(), [&](const tab::Diagnostic& d) {
        return d.severity == tab::Severity::error && d.message.find(text) != std::string::npos &&
               (line < 0 || d.line == line);
    });
}

}  // namespace

TEST_CASE("hostile ids: a DebateXML round abbreviation with a path is refused, nothing imported") {
    std::string xml = tab::DiskFileSystem(std::string(TAB_DATA_DIR) + "/debatexml").read("example.xml").value_or("");
    const std::string round = "<round name=\"Round 1\"";
    REQUIRE(xml.find(round) != std::string::npos);
    // (An abbreviation without a letter or digit, such as "..", is not used: the id comes from the name.)
    for (const char* hostile : {"../../x/rounds/R1", "a/b", "/etc/R1", "R1\\..\\x"}) {
        CAPTURE(hostile);
        std::string bad = xml;
        bad.replace(bad.find(round), round.size(), round + " abbreviation=\"" + hostile + "\"");
        tab::Diagnostics diags;
        CHECK_FALSE(tab::import_debatexml(bad, "archive.xml", diags));
        CHECK(has_error(diags, "attribute 'abbreviation' of <round>: found", 5));
    }
}

TEST_CASE("hostile ids: a Tabbycat rounds.csv abbreviation or category slug with a path is refused") {
    tab::DiskFileSystem disk(std::string(TAB_DATA_DIR) + "/tabbycat-import/minimal8team");
    tab::MemoryFileSystem fs;
    for (const std::string& name : disk.list(".")) fs.files[name] = disk.read(name).value_or("");
    std::string& rounds = fs.files["rounds.csv"];
    rounds.replace(rounds.find(",R2,"), 4, ",../../other/rounds/R2,");
    fs.files["speaker_categories.csv"] = "name,slug\nNovice,a/b\n";
    tab::Diagnostics diags;
    CHECK_FALSE(tab::import_tabbycat(fs, {"test", ""}, diags));
    const auto at = [&](const std::string& file, int line, int column, const std::string& text) {
        return std::any_of(diags.all().begin(), diags.all().end(), [&](const tab::Diagnostic& d) {
            return d.file == file && d.line == line && d.column == column && d.message.find(text) != std::string::npos;
        });
    };
    CHECK(at("rounds.csv", 3, 2, "found '../../other/rounds/R2', which begins with '.'"));
    CHECK(at("speaker_categories.csv", 2, 2, "found 'a/b' with '/'"));
}

TEST_CASE("hostile ids: round and category ids in tournament.toml are checked at load") {
    tab::MemoryFileSystem fs;
    fs.files["tournament.toml"] =
        "name = \"Cup\"\npreset = \"bp\"\n"
        "[[rounds]]\nid = \"../../x/rounds/R1\"\n"
        "[[rounds]]\nid = \".hidden\"\n"
        "[[break_categories]]\nid = \"open/x\"\nsize = 8\n"
        "[[speaker_categories]]\nid = \"\"\n";
    fs.files["teams.csv"] = "team,institution,speaker\n";
    tab::Diagnostics diags;
    tab::load_tournament(fs, diags);
    CHECK(has_error(diags, "the round id in [[rounds]] #1: found '../../x/rounds/R1', which begins with '.'", 4));
    CHECK(has_error(diags, "the round id in [[rounds]] #2: found '.hidden'", 6));
    CHECK(has_error(diags, "the break category id in [[break_categories]] #1: found 'open/x' with '/'", 8));
    CHECK(has_error(diags, "the speaker category id in [[speaker_categories]] #1: found an empty id", 11));
}

TEST_CASE("hostile archives: a style that contradicts the debates is an error naming both") {
    std::string xml = tab::DiskFileSystem(std::string(TAB_DATA_DIR) + "/debatexml").read("schools-2024-a.xml").value_or("");
    const size_t at = xml.find("<tournament ");
    REQUIRE(at != std::string::npos);
    std::string bad = xml;
    bad.insert(at + 12, "style=\"bp\" ");
    tab::Diagnostics diags;
    CHECK_FALSE(tab::import_debatexml(bad, "archive.xml", diags));
    CHECK(has_error(diags, "the archive's style 'bp' has 4 sides per debate, but this debate has 2, as have all"));
}

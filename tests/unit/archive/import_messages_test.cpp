// The importers' diagnostics are catalogue messages: in Kazakh and Russian a typical warning and a
// typical error carry no Latin-letter word but the names, codes and file names they quote, and
// their English wording is the one tab has always printed.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "tab/archive/debatexml.hpp"
#include "tab/archive/tabbycat_import.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/translate/translate.hpp"
#include "../message_texts.hpp"

namespace {

const tab::Diagnostic& diagnostic_with_key(const tab::Diagnostics& diags, const std::string& key) {
    auto it = std::find_if(diags.all().begin(), diags.all().end(), [&](const tab::Diagnostic& d) { return d.key == key; });
    REQUIRE(it != diags.all().end());
    return *it;
}

// Two swing teams spelled the Python way (a deviation, warned once with its count) and a bye of a
// team the archive does not define (an error).
const char* const swing_archive_with_unknown_bye = R"(<tournament name="Cup" style="bp">
  <round name="Round 1"><bye>T9</bye></round>
  <participants>
    <team id="T1" name="Alpha" swing="False"><speaker id="S1">Aida</speaker></team>
    <team id="T2" name="Beta" swing="False"><speaker id="S2">Bolat</speaker></team>
  </participants>
</tournament>
)";

}  // namespace

TEST_CASE("a DebateXML warning with its count and an error come out in kk and ru without English words") {
    tab::Diagnostics diags;
    CHECK_FALSE(tab::import_debatexml(swing_archive_with_unknown_bye, "cup.xml", diags));
    const tab::Diagnostic& warning = diagnostic_with_key(diags, "diag.debatexml.times_in_all");
    const tab::Diagnostic& error = diagnostic_with_key(diags, "diag.debatexml.unknown_team");
    CHECK(warning.message == "found Python's True/False; the schema spells booleans true/false (2 times in all)");
    CHECK(error.message == "found team 'T9'; expected the id of a <team> of the archive");
    CHECK(tab::english().describe(error) == "cup.xml:2:25: error: found team 'T9'; expected the id of a <team> of the archive");
    // Python, True/False and true/false are spellings the message quotes; team is the element <team>.
    const std::set<std::string> quoted = {"cup", "xml", "Python", "True", "False", "true", "false", "team", "T9"};
    for (const char* lang : {"kk", "ru"}) {
        CAPTURE(lang);
        const tab::Catalogue c = tab::Catalogue::builtin(lang);
        CHECK(latin_words_not_in(c.describe(warning), quoted).empty());
        CHECK(latin_words_not_in(c.describe(error), quoted).empty());
        CHECK(c.describe(error).find("'T9'") != std::string::npos);
    }
    CHECK(tab::Catalogue::builtin("ru").say(warning.key, warning.args).find("(всего 2 раза)") != std::string::npos);
    CHECK(tab::Catalogue::builtin("kk").say(warning.key, warning.args).find("(барлығы 2 рет)") != std::string::npos);
}

TEST_CASE("a Tabbycat import warning and error come out in kk and ru without English words") {
    tab::DiskFileSystem disk(std::string(TAB_DATA_DIR) + "/tabbycat-import/minimal8team");
    tab::MemoryFileSystem fs;
    for (const std::string& name : disk.list(".")) fs.files[name] = disk.read(name).value_or("");
    fs.files["rounds.csv"] = "seq,name,abbreviation,stage,draw_type\n1,Round 1,R1,prelim,random\n2,Round 2,R2,later,power\n";
    fs.files["sides.csv"] = "round,room,team\n";
    tab::Diagnostics diags;
    CHECK_FALSE(tab::import_tabbycat(fs, {"test", ""}, diags));
    const tab::Diagnostic& error = diagnostic_with_key(diags, "diag.tabbycat.in_column");
    const tab::Diagnostic& warning = diagnostic_with_key(diags, "diag.tabbycat.skipped.sides");
    CHECK(tab::english().describe(error) ==
          "rounds.csv:3:4: error: column 'stage': found 'later'; expected preliminary or elimination");
    CHECK(tab::english().describe(warning) ==
          "sides.csv: warning: not imported: pre-allocated sides are not supported; enter them in the round's draw file");
    // The file and column names, the value found and Tabbycat's stage codes are quoted as they are.
    const std::set<std::string> quoted = {"rounds", "sides", "csv", "stage", "later", "preliminary", "elimination"};
    for (const char* lang : {"kk", "ru"}) {
        CAPTURE(lang);
        const tab::Catalogue c = tab::Catalogue::builtin(lang);
        CHECK(latin_words_not_in(c.describe(error), quoted).empty());
        CHECK(latin_words_not_in(c.describe(warning), quoted).empty());
        CHECK(c.describe(error).find("'stage'") != std::string::npos);
    }
}

// season.toml's problems are catalogue messages: in Kazakh and Russian they quote only keys
// and values in Latin letters, and their English wording says what it did.
#include <doctest/doctest.h>

#include <algorithm>

#include "../message_texts.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/season/season.hpp"
#include "tab/translate/translate.hpp"

TEST_CASE("season.toml: a language, a negative count and a list of points of the wrong type in kk and ru") {
    tab::MemoryFileSystem fs;
    fs.files["season.toml"] = "name = \"League\"\nlanguage = \"de\"\n"
                              "[[tournaments]]\nid = \"north\"\n"
                              "[[stages]]\nid = \"final\"\nfrom = [\"north\"]\ninto = \"north-2\"\nplaces = -2\n"
                              "[table]\nplace_points = \"many\"\n";
    tab::Diagnostics diags;
    tab::load_season(fs, diags);
    std::vector<std::string> english;
    for (const tab::Diagnostic& d : diags.all()) english.push_back(tab::english().describe(d));
    for (const char* line : {"season.toml:2:12: error: language is 'de'; expected one of: en, kk, ru",
                             "season.toml:9:10: error: 'places' in [[stages]] #1 is -2; expected 0 or more",
                             "season.toml:11:16: error: 'place_points' in [table] is a string; expected a list such as "
                             "[10, 7, 5, 3]"}) {
        CAPTURE(line);
        CHECK(std::count(english.begin(), english.end(), line) == 1);
    }
    // Keys and values are quoted as they are; TOML's type names are said in the language.
    const std::set<std::string> quoted = {"season", "toml", "language", "de", "en", "kk", "ru", "places", "stages",
                                          "place_points", "table", "north", "final", "tournaments"};
    for (const char* lang : {"kk", "ru"}) {
        CAPTURE(lang);
        const tab::Catalogue c = tab::Catalogue::builtin(lang);
        for (const tab::Diagnostic& d : diags.all()) {
            const std::string said = c.describe(d);
            CAPTURE(said);
            if (d.key.rfind("diag.season.", 0) == 0) CHECK(latin_words_not_in(said, quoted).empty());
        }
    }
}

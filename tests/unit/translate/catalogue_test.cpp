#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "tab/model/format.hpp"
#include "tab/model/setting_codes.hpp"
#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("tr looks up the language, then English, then returns the key") {
    Catalogue kk = Catalogue::builtin("kk");
    CHECK(kk.lang() == "kk");
    CHECK(kk.tr("col.team") == "Команда");
    CHECK(kk.tr("side.og") == "АҮ");
    kk.override_entry("col.team", "Фракция");
    CHECK(kk.tr("col.team") == "Фракция");

    Catalogue ru = Catalogue::builtin("ru");
    CHECK(ru.tr("side.og") == "ОП");
    CHECK(ru.tr("side.cg.long") == "Закрывающее правительство");
    CHECK(ru.tr("no.such.key") == "no.such.key");
    CHECK_FALSE(ru.has("no.such.key"));
    CHECK(ru.has("col.rank"));
}

TEST_CASE("a key missing in a language falls back to English") {
    // Only English has this entry once a tournament overrides it in English alone; simulate with
    // an English catalogue override, which leaves kk untouched.
    Catalogue en = Catalogue::builtin("en");
    en.override_entry("msg.only_english", "Only in English");
    CHECK(en.tr("msg.only_english") == "Only in English");
    CHECK(en.has("msg.only_english"));
    Catalogue kk = Catalogue::builtin("kk");
    CHECK_FALSE(kk.has("msg.only_english"));
    CHECK(kk.tr("msg.only_english") == "msg.only_english");
}

TEST_CASE("unknown languages give the English catalogue") {
    Catalogue xx = Catalogue::builtin("xx");
    CHECK(xx.lang() == "en");
    CHECK(xx.tr("col.team") == "Team");
    CHECK(&builtin_entries("xx") == &builtin_entries("en"));
}

TEST_CASE("every key exists in every language, and no entry is empty") {
    CHECK(supported_languages() == std::vector<std::string>{"en", "kk", "ru"});
    const auto& english = builtin_entries("en");
    CHECK(english.size() >= 60);
    for (const std::string& lang : supported_languages()) {
        const auto& entries = builtin_entries(lang);
        for (const auto& [key, text] : english) {
            CAPTURE(lang);
            CAPTURE(key);
            CHECK(entries.count(key) == 1);
        }
        for (const auto& [key, text] : entries) {
            CAPTURE(lang);
            CAPTURE(key);
            CHECK(english.count(key) == 1);
            CHECK_FALSE(text.empty());
        }
    }
}

namespace {

// The "{name}" placeholders of a pattern, sorted, each by its argument name.
std::vector<std::string> placeholders(const std::string& pattern) {
    std::vector<std::string> names;
    for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
        std::size_t close = pattern.find('}', open);
        if (close == std::string::npos) continue;
        // "{n|count.team}" and "{n}" both take the argument n: a language may leave out the plural.
        const std::string inside = pattern.substr(open + 1, close - open - 1);
        names.push_back("{" + inside.substr(0, inside.find('|')) + "}");
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("translations keep the same placeholders as English") {
    CHECK(placeholders("{b} x {a}") == std::vector<std::string>{"{a}", "{b}"});
    for (const std::string& lang : {std::string("kk"), std::string("ru")}) {
        for (const auto& [key, text] : builtin_entries(lang)) {
            CAPTURE(lang);
            CAPTURE(key);
            // A "count." entry has a form per plural category; each keeps the placeholders.
            // Elsewhere a '|' only appears inside a "{n|count.x}" plural placeholder.
            const std::string english = builtin_entries("en").at(key);
            if (key.rfind("count.", 0) != 0) {
                CHECK(placeholders(text) == placeholders(english));
                continue;
            }
            const std::vector<std::string> expected = placeholders(english.substr(0, english.find('|')));
            for (std::size_t at = 0, bar = 0; bar != std::string::npos; at = bar + 1) {
                bar = text.find('|', at);
                CHECK(placeholders(text.substr(at, bar - at)) == expected);
            }
        }
    }
}

TEST_CASE("Kazakh and Russian BP positions follow the glossary") {
    Catalogue kk = Catalogue::builtin("kk");
    CHECK(kk.tr("side.og") == "АҮ");
    CHECK(kk.tr("side.oo") == "АО");
    CHECK(kk.tr("side.cg") == "ЖҮ");
    CHECK(kk.tr("side.co") == "ЖО");
    CHECK(kk.tr("side.og.long") == "Ашушы үкімет");
    Catalogue ru = Catalogue::builtin("ru");
    CHECK(ru.tr("side.og") == "ОП");
    CHECK(ru.tr("side.oo") == "ОО");
    CHECK(ru.tr("side.cg") == "ЗП");
    CHECK(ru.tr("side.co") == "ЗО");
}

TEST_CASE("format_message fills named placeholders") {
    Catalogue en = Catalogue::builtin("en");
    CHECK(format_message(en.tr("title.allocation"), {{"round", "R2"}}) == "Allocation: R2");
    Catalogue kk = Catalogue::builtin("kk");
    CHECK(format_message(kk.tr("summary.errors"), {{"errors", kk.count("count.error", 2)}, {"warnings", kk.count("count.warning", 5)}}) ==
          "2 қате, 5 ескерту");
    CHECK(format_message("{a}{a} {b}", {{"a", "x"}}) == "xx {b}");
    CHECK(format_message("no braces", {}) == "no braces");
    CHECK(format_message("{ {a} } {", {{"a", "1"}}) == "{ 1 } {");
    CHECK(format_message("}{a}", {{"a", "1"}}) == "}1");
}

TEST_CASE("catalogue sources list each key once, sorted") {
    // A std::map silently keeps the first of two equal keys, so a key added twice (with two
    // different texts) would go unnoticed at run time; the sources themselves are checked here.
    // Each language has three sources: the diagnostics (diag.*), the help (help.*) and everything else.
    const std::pair<std::string, std::string> parts[] = {{"_diagnostics", "diag."}, {"_help", "help."}, {"", ""}};
    for (const std::string& lang : supported_languages()) {
        std::set<std::string> all;
        std::size_t listed = 0;
        for (const auto& [part, prefix] : parts) {
            std::ifstream file(std::string(TAB_SOURCE_DIR) + "/src/core/translate/catalogue_" + lang + part + ".cpp");
            REQUIRE(file.good());
            std::vector<std::string> keys;
            std::string line;
            while (std::getline(file, line)) {
                std::size_t open = line.find("{\"");
                std::size_t close = open == std::string::npos ? open : line.find("\", \"", open);
                if (close != std::string::npos) keys.push_back(line.substr(open + 2, close - open - 2));
            }
            CAPTURE(lang);
            CAPTURE(part);
            for (std::size_t i = 1; i < keys.size(); ++i) {
                CAPTURE(keys[i]);
                CHECK(keys[i - 1] < keys[i]);
            }
            for (const std::string& key : keys) {
                CAPTURE(key);
                if (!prefix.empty()) CHECK(key.starts_with(prefix));
                else CHECK((!key.starts_with("diag.") && !key.starts_with("help.")));
            }
            listed += keys.size();
            all.insert(keys.begin(), keys.end());
        }
        CAPTURE(lang);
        CHECK(all.size() == listed);  // no key in both sources
        CHECK(listed == builtin_entries(lang).size());
    }
}

TEST_CASE("every format preset has a name in the catalogue") {
    for (const std::string& preset : preset_names()) {
        CAPTURE(preset);
        CHECK(builtin_entries("en").count("format." + preset) == 1);
    }
}

TEST_CASE("every draw method has a word for people") {
    for (const Code<DrawMethod>& method : codes_of<DrawMethod>()) {
        CAPTURE(method.text);
        CHECK(builtin_entries("en").count("draw_method." + std::string(method.text)) == 1);
    }
}

TEST_CASE("a nested message is said with its own arguments, in the reader's language") {
    const Message action = message("action.draw", {{"round", "R3"}});
    const Message missing = message("incomplete.rooms", {{"round", "R2"}, {"rooms", "1, 4"}, {"n", "2"}});
    const Message m = message("diag.incomplete.refused", {{"flag", "--allow-incomplete"}}, {{"action", &action}, {"missing", &missing}});
    CHECK(m.text == "cannot draw round R3: round R2: rooms without a result that counts: 1, 4 (see `tab ballots check R2`); "
                    "enter the missing results, or use --allow-incomplete");
    const std::string russian = Catalogue::builtin("ru").say(m);
    CHECK(russian.find("R3") != std::string::npos);
    CHECK(russian.find("раунд R2") != std::string::npos);
    CHECK(russian.find("draw") == std::string::npos);
}

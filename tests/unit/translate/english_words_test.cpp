// tests/data/english-words.txt lists every English word the English catalogue says to a person;
// the Kazakh and Russian scenario (tests/cli/scenarios/whole_tournament_kk_ru.sh) looks for them
// in everything tab prints and writes in those languages. This test keeps the list in sync:
// a new English entry with a new word fails here until the list is rewritten with
// `UPDATE_GOLDEN=1 ./tests/tab_tests -tc="english words*"`.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "tab/translate/translate.hpp"

namespace {

// The words of a sentence, lower-cased, without what is not prose: placeholders, `commands`,
// [sections], paths and keys, --flags, single letters, and names of file formats and programs.
std::set<std::string> prose_words(std::string text) {
    static const std::regex not_prose[] = {
        std::regex(R"(\{[^}]*\})"), std::regex("`[^`]*`"), std::regex(R"(\[[a-z_.]+\])"),
        std::regex(R"(\S*[/\\._=@]\S*)"), std::regex(R"(--?[A-Za-z][\w-]*)"),
    };
    for (const std::regex& r : not_prose) text = std::regex_replace(text, r, " ");
    static const std::set<std::string> names = {"tab", "csv", "tsv", "json", "html", "md", "toml", "pdf", "svg",
                                                "utf", "xml", "debatexml", "tabbycat", "mit", "bp", "wsdc", "apda"};  // mit: MIT-Tab
    std::set<std::string> out;
    static const std::regex word("[A-Za-z]+");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
        std::string w = it->str();
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (w.size() > 1 && !names.count(w)) out.insert(w);
    }
    return out;
}

}  // namespace

TEST_CASE("english words: the list the Kazakh and Russian scenario looks for holds every word of the English catalogue") {
    std::set<std::string> words;
    for (const auto& [key, text] : tab::builtin_entries("en"))
        for (const std::string& w : prose_words(text)) words.insert(w);
    REQUIRE(words.size() > 300);

    const std::string path = std::string(TAB_DATA_DIR) + "/english-words.txt";
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream out(path);
        out << "# Every English word of the English catalogue, src/core/translate/catalogue_en*.cpp (tests/unit/translate/english_words_test.cpp)\n";
        for (const std::string& w : words) out << w << '\n';
    }
    std::set<std::string> listed;
    std::ifstream in(path);
    REQUIRE(in.good());
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') listed.insert(line);
    for (const std::string& w : words) {
        CAPTURE(w);
        CHECK(listed.count(w) == 1);
    }
    for (const std::string& w : listed) {
        CAPTURE(w);
        CHECK(words.count(w) == 1);
    }
}

// Every catalogue key the sources name exists in the catalogue, so that a mistyped key fails
// here rather than showing a person the key itself. It reads every source file under src/ and
// checks each string literal that looks like a key (a known first part, a dot, more parts).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "tab/translate/translate.hpp"

namespace {

std::string text_without_comments(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream all;
    all << in.rdbuf();
    static const std::regex line_comment(R"(//[^\n]*)");
    return std::regex_replace(all.str(), line_comment, "");
}

bool is_file_name(const std::string& literal) {
    static const std::regex file(R"(.*\.(csv|tsv|toml|json|html|md|txt|xml|svg|pdf|lock|tmp))");
    return std::regex_match(literal, file);
}

}  // namespace

TEST_CASE("every catalogue key named in the sources is in the catalogue") {
    const auto& entries = tab::builtin_entries("en");
    std::set<std::string> first_parts;
    for (const auto& [key, text] : entries) first_parts.insert(key.substr(0, key.find('.')));
    // A literal is a key, or the start of keys completed at run time ("cert.title.diploma_" + kind).
    auto known = [&](const std::string& literal) {
        auto it = entries.lower_bound(literal);
        return it != entries.end() && it->first.compare(0, literal.size(), literal) == 0;
    };
    static const std::regex key_literal(R"re("([a-z_]+\.[a-z0-9_.]*)")re");
    int checked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(TAB_SOURCE_DIR "/src")) {
        const std::string path = entry.path().string();
        if (!entry.is_regular_file() || path.find("/translate/catalogue_") != std::string::npos) continue;
        const std::string text = text_without_comments(entry.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), key_literal); it != std::sregex_iterator(); ++it) {
            const std::string literal = (*it)[1].str();
            if (!first_parts.count(literal.substr(0, literal.find('.'))) || is_file_name(literal)) continue;
            CAPTURE(path);
            CHECK_MESSAGE(known(literal), literal);
            ++checked;
        }
    }
    CHECK(checked > 500);  // about 1000 today: the scan finds the keys
}

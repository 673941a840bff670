// Checks that a diagnostic said in Kazakh or Russian leaves no English behind: every word of Latin
// letters in it must be one the reader typed or tab's own code (a name, a file or column name, a
// TOML key, a setting's value), listed by the test.
#pragma once

#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/translate/translate.hpp"

// The words of Latin letters (with '_' and digits inside, as keys and file names have) that are
// not in `allowed`.
inline std::vector<std::string> english_words(const std::string& text, const std::vector<std::string>& allowed) {
    auto latin = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto inner = [&](char c) { return latin(c) || c == '_' || (c >= '0' && c <= '9'); };
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        if (!latin(text[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && inner(text[end])) ++end;
        const std::string word = text.substr(i, end - i);
        bool ok = false;
        for (const std::string& a : allowed) ok = ok || a == word;
        if (!ok) out.push_back(word);
        i = end;
    }
    return out;
}

// Every diagnostic of diags, said in lang: the English words left in them, one line per
// diagnostic that has some (empty when none, else readable in the test's failure).
inline std::string english_left(const tab::Diagnostics& diags, const char* lang, const std::vector<std::string>& allowed) {
    const tab::Catalogue catalogue = tab::Catalogue::builtin(lang);
    std::string out;
    for (const tab::Diagnostic& d : diags.all()) {
        REQUIRE_FALSE(d.key.empty());
        const std::string said = catalogue.describe(d);
        if (!english_words(said, allowed).empty()) out += said + "\n";
    }
    return out;
}

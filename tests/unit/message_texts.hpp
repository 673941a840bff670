// The English wording of messages, for tests that compare what a person would read in English.
#pragma once

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"

inline std::vector<std::string> texts(const std::vector<tab::Message>& messages) {
    std::vector<std::string> out;
    for (const tab::Message& m : messages) out.push_back(m.text);
    return out;
}

// The Latin-letter words of text ("T9" and "place_points" are one word each) that are not in `allowed`: in a Kazakh or
// Russian message only the names, codes and file names it quotes may be written in Latin letters.
inline std::vector<std::string> latin_words_not_in(const std::string& text, const std::set<std::string>& allowed) {
    std::vector<std::string> out;
    const std::regex word("[A-Za-z][A-Za-z0-9_]*");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
        if (!allowed.count(it->str())) out.push_back(it->str());
    return out;
}

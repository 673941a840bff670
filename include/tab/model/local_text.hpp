// A text people read that tournament.toml may give in several languages: the names of the
// tournament, its rounds and categories, and the motions. Either a plain string
//     name = "Алатау кубогы"
// or a table by language code (en, kk, ru; any subset)
//     name = { kk = "Алатау кубогы", ru = "Кубок Алатау", en = "Alatau Cup" }
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tab {

struct LocalText {
    // The text when no language is asked for, and where the asked one is not given: the plain
    // string; for a table, the loader puts here the text in the tournament's language, else in
    // English, else the first given (in the order en, kk, ru).
    std::string plain;
    std::map<std::string, std::string> by_language;  // language code -> text; empty for a plain string

    // The text in `lang` if given so, else `plain`. So output in language L shows L's text, else the
    // tournament language's, else the English one, else the first given.
    const std::string& in(std::string_view lang) const;
    bool per_language() const { return !by_language.empty(); }
};

}  // namespace tab

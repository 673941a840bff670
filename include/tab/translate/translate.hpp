// Translations of every heading, label and message, in English, Kazakh and Russian. Keys are
// dotted ("col.team", "side.og", "msg.no_draw"). A tournament may override entries with a file
// of its own (see load_catalogue_overrides). A key missing in a language falls back to English,
// then to the key itself.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"

namespace tab {

class Catalogue {
public:
    // The built-in catalogue of a language (en, kk, ru); unknown languages give English.
    static Catalogue builtin(std::string_view lang);

    std::string tr(std::string_view key) const;
    // A counted noun: the entry of a "count." key holds the language's plural forms separated by
    // '|' (en, kk: one|other; ru: one|few|many), each with "{n}"; picks the form for n and fills
    // in n. Example: count("count.team", 21) is "21 teams", "21 команда", "21 команда".
    std::string count(std::string_view key, long long n) const;
    // A date given as ISO YYYY-MM-DD the way the language writes it in a document ("15 November
    // 2025", "15 ноября 2025 г.", "15 қараша 2025 ж."); anything else is returned unchanged.
    std::string date(std::string_view iso) const;
    // key's entry with its arguments filled in: "{name}" by the argument name, "{n|count.room}" by
    // the counted noun count.room for the number in argument n ("3 rooms", "3 аудитории"), and
    // "{action@}" by the entry whose key the argument action holds, said with the same arguments
    // (a message within a message: "cannot {action@}: …" with action = "action.break").
    std::string say(std::string_view key, const MessageArgs& args) const;
    std::string say(const Message& m) const { return m.key.empty() ? m.text : say(m.key, m.args); }
    // A diagnostic as a person reads it: "file:line:column: " as it is, then the severity word and
    // the message in this catalogue's language.
    std::string describe(const Diagnostic& d) const;
    bool has(std::string_view key) const;
    const std::string& lang() const { return lang_; }
    void override_entry(const std::string& key, const std::string& text) { own_[key] = text; }

private:
    std::string lang_ = "en";
    std::map<std::string, std::string, std::less<>> own_;      // this language (with overrides)
    std::map<std::string, std::string, std::less<>> english_;  // fallback
};

// The built-in English catalogue (the wording of Message::text).
const Catalogue& english();

// A message of the catalogue, for a diagnostic or any other text a person reads: the key, its
// arguments, and its English wording. Example:
//   diags.warning(file, line, 0, message("diag.allocation.conflicted_everywhere", {{"name", a.name}}));
Message message(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> args = {});
Message message(std::string_view key, MessageArgs args);
// A message with other messages inside: `args` plus, for each (name, inner), the argument name =
// inner's key and inner's own arguments, so that the pattern's "{name@}" says inner.
Message message(std::string_view key, MessageArgs args, std::initializer_list<std::pair<std::string_view, const Message*>> inner);

inline const char* const catalogue_overrides_file = "translations.csv";
// Applies translations.csv of a tournament or season directory (key,text[,lang]; see
// catalogue_overrides.cpp) to the catalogue; no file, no change. Problems go to diags.
void load_catalogue_overrides(Catalogue& catalogue, const FileSystem& fs, Diagnostics& diags);

const std::vector<std::string>& supported_languages();  // en, kk, ru
// The built-in entries of one language, for tests that every key exists in each.
const std::map<std::string, std::string, std::less<>>& builtin_entries(std::string_view lang);

// Plural categories of CLDR for whole numbers: English and Kazakh have one/other, Russian
// one/few/many. The index of n's form in a "count." entry of the language (0 = one).
int plural_index(std::string_view lang, long long n);
// How many forms a "count." entry of the language holds (2 for en and kk, 3 for ru).
int plural_form_count(std::string_view lang);

// The pattern with every "{name}" replaced by its argument; unknown placeholders stay as written.
// Example: format_message(tr("summary.errors"), {{"errors", "2"}, {"warnings", "0"}}).
std::string format_message(std::string_view pattern,
                           std::initializer_list<std::pair<std::string_view, std::string>> args);

// Orders two names (UTF-8) by the alphabet of a language: negative if a comes first, 0 only if
// the bytes are equal. kk uses the 42-letter Kazakh order (Ә after А, І after Ы), ru the Russian
// one (Ё with Е); Latin letters come before Cyrillic. Case and accents only break ties.
int compare_names(std::string_view a, std::string_view b, std::string_view lang);

}  // namespace tab

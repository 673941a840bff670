// Translations of every heading, label and message, in English, Kazakh and Russian. Keys are
// dotted ("col.team", "side.og", "msg.no_draw"). A tournament may override entries with a file
// of its own (see load_catalogue_overrides). A key missing in a language falls back to English,
// then to the key itself.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tab/diagnostics.hpp"

namespace tab {

class Catalogue {
public:
    // The built-in catalogue of a language (en, kk, ru); unknown languages give English.
    static Catalogue builtin(std::string_view lang);

    std::string tr(std::string_view key) const;
    bool has(std::string_view key) const;
    const std::string& lang() const { return lang_; }
    void override_entry(const std::string& key, const std::string& text) { own_[key] = text; }

private:
    std::string lang_ = "en";
    std::map<std::string, std::string, std::less<>> own_;      // this language (with overrides)
    std::map<std::string, std::string, std::less<>> english_;  // fallback
};

const std::vector<std::string>& supported_languages();  // en, kk, ru
// The built-in entries of one language, for tests that every key exists in each.
const std::map<std::string, std::string, std::less<>>& builtin_entries(std::string_view lang);

}  // namespace tab

// Reads one TOML table key by key, reporting wrong types with toml++'s source positions and,
// when done, every key that nobody asked for (an unknown key is almost always a typo).
#pragma once

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "tab/base/diagnostics.hpp"
#include "tab/model/settings.hpp"
#include "tab/translate/translate.hpp"
#include "tab/model/tournament.hpp"

namespace tab::detail {

class TomlReader {
public:
    TomlReader(const toml::table& table, std::string where, Diagnostics& diags);

    std::optional<std::string> string(const char* key, bool required = false);
    // A text given as a plain string or per language ({ kk = "…", ru = "…" }, codes from
    // tournament_languages()); for the second form, `plain` is the text in `lang` (the tournament's
    // language), else in English, else the first given (see LocalText).
    std::optional<LocalText> local_text(const char* key, const std::string& lang, bool required = false);
    std::optional<int64_t> integer(const char* key, bool required = false);
    std::optional<double> number(const char* key);  // integer or float
    std::optional<bool> boolean(const char* key);
    std::optional<std::vector<std::string>> strings(const char* key);
    // An enumerated value spelled by one of `allowed` (codes of E), else reported as
    // "KEY is 'x'; expected one of: ...".
    template <class E>
    std::optional<E> code(const char* key, const std::vector<std::string>& allowed = code_texts<E>()) {
        std::optional<std::string> text = string(key);
        if (!text) return std::nullopt;
        std::optional<E> value = parse_code<E>(*text);
        if (value && std::find(allowed.begin(), allowed.end(), *text) != allowed.end()) return value;
        error_at(*node(key), message("diag.toml.not_a_code", {{"key", key}, {"found", *text}, {"codes", join_codes(allowed)}}));
        return std::nullopt;
    }
    // A node of any type, marked as known; nullptr if absent.
    const toml::node* node(const char* key);
    // A value for a setting of this type, reporting a type mismatch.
    std::optional<SettingValue> setting(const char* key, SettingType type);

    // Reports "unknown key" for every key not read, naming the known ones.
    void finish(const std::vector<std::string>& also_known = {});

    void error_at(const toml::node& node, Message message);
    void error_here(Message message);  // at the table itself
    const std::string& where() const { return where_; }
    Diagnostics& diags() { return diags_; }

private:
    const toml::table& table_;
    std::string where_;  // "[format]", "[[rounds]] #2", ... for messages (TOML, not words)
    Diagnostics& diags_;
    std::set<std::string> read_;
    static std::string join_codes(const std::vector<std::string>& codes);
    // expected: a "toml.expected.*" key ("a string", "an integer", ...).
    void wrong_type(const toml::node& node, const char* key, const char* expected);
};

// The catalogue key of that wording ("toml.type.string", ...), to nest as {type@}.
Message toml_type(const toml::node& node);
// "'KEY' in WHERE is TYPE; expected EXPECTED", expected a "toml.expected.*" key.
Message toml_wrong_type(const toml::node& node, std::string_view key, std::string_view where, std::string_view expected);
void report_at(Diagnostics& diags, const toml::source_region& where, Message message);

}  // namespace tab::detail

#include "toml_reader.hpp"

#include "loader_internal.hpp"

namespace tab::detail {

const char* toml_type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true or false";
        case toml::node_type::array: return "a list";
        case toml::node_type::table: return "a table";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date-time";
        default: return "nothing";
    }
}

void report_at(Diagnostics& diags, const toml::source_region& where, const std::string& message) {
    diags.error(tournament_file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), message);
}

TomlReader::TomlReader(const toml::table& table, std::string where, Diagnostics& diags)
    : table_(table), where_(std::move(where)), diags_(diags) {}

void TomlReader::error_at(const toml::node& node, const std::string& message) {
    report_at(diags_, node.source(), message);
}

void TomlReader::error_here(const std::string& message) { report_at(diags_, table_.source(), message); }

void TomlReader::wrong_type(const toml::node& node, const char* key, const char* expected) {
    error_at(node, std::string("'") + key + "' in " + where_ + " is " + toml_type_name(node) + "; expected " +
                       expected);
}

const toml::node* TomlReader::node(const char* key) {
    read_.insert(key);
    return table_.get(key);
}

std::optional<std::string> TomlReader::string(const char* key, bool required) {
    const toml::node* n = node(key);
    if (!n) {
        if (required) error_here(std::string("missing '") + key + "' in " + where_ + "; expected a string");
        return std::nullopt;
    }
    if (auto v = n->value<std::string>(); v && n->is_string()) return v;
    wrong_type(*n, key, "a string");
    return std::nullopt;
}

std::optional<LocalText> TomlReader::local_text(const char* key, const std::string& lang, bool required) {
    const toml::node* n = table_.get(key);
    if (!n || n->is_string()) {
        std::optional<std::string> plain = string(key, required);
        if (!plain) return std::nullopt;
        return LocalText{*plain, {}};
    }
    node(key);
    const toml::table* table = n->as_table();
    if (!table || table->empty()) {
        wrong_type(*n, key, "a string or a table of names by language, e.g. { kk = \"...\", ru = \"...\" }");
        return std::nullopt;
    }
    const std::vector<std::string>& languages = tournament_languages();
    LocalText text;
    for (const auto& [language, given] : *table) {
        const std::string code(language.str());
        if (std::find(languages.begin(), languages.end(), code) == languages.end()) {
            report_at(diags_, language.source(),
                      "'" + code + "' in '" + key + "' of " + where_ + " is not a language; expected one of: en, kk, ru");
        } else if (!given.is_string()) {
            error_at(given, "'" + std::string(key) + "." + code + "' in " + where_ + " is " + toml_type_name(given) +
                                "; expected a string");
        } else {
            text.by_language[code] = *given.value<std::string>();
        }
    }
    if (text.by_language.empty()) return std::nullopt;
    text.plain = text.in(lang);
    if (text.plain.empty()) text.plain = text.in("en");
    if (text.plain.empty()) text.plain = text.by_language.begin()->second;
    return text;
}

std::optional<int64_t> TomlReader::integer(const char* key, bool required) {
    const toml::node* n = node(key);
    if (!n) {
        if (required) error_here(std::string("missing '") + key + "' in " + where_ + "; expected an integer");
        return std::nullopt;
    }
    if (n->is_integer()) return n->value<int64_t>();
    wrong_type(*n, key, "an integer");
    return std::nullopt;
}

std::optional<double> TomlReader::number(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_integer() || n->is_floating_point()) return n->value<double>();
    wrong_type(*n, key, "a number");
    return std::nullopt;
}

std::optional<bool> TomlReader::boolean(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_boolean()) return n->value<bool>();
    wrong_type(*n, key, "true or false");
    return std::nullopt;
}

std::optional<std::vector<std::string>> TomlReader::strings(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_string()) return std::vector<std::string>{*n->value<std::string>()};
    const toml::array* a = n->as_array();
    if (!a) {
        wrong_type(*n, key, "a list of strings");
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const toml::node& item : *a) {
        if (!item.is_string()) {
            error_at(item, std::string("an item of '") + key + "' in " + where_ + " is " + toml_type_name(item) +
                               "; expected a string");
            continue;
        }
        out.push_back(*item.value<std::string>());
    }
    return out;
}

std::optional<SettingValue> TomlReader::setting(const char* key, SettingType type) {
    switch (type) {
        case SettingType::boolean:
            if (auto v = boolean(key)) return SettingValue{*v};
            break;
        case SettingType::integer:
            if (auto v = integer(key)) return SettingValue{*v};
            break;
        case SettingType::number:
            if (auto v = number(key)) return SettingValue{*v};
            break;
        case SettingType::string:
            if (auto v = string(key)) return SettingValue{*v};
            break;
        case SettingType::string_list:
            if (auto v = strings(key)) return SettingValue{*v};
            break;
    }
    return std::nullopt;
}

void TomlReader::finish(const std::vector<std::string>& also_known) {
    for (auto&& [k, v] : table_) {
        std::string key(k.str());
        if (read_.count(key)) continue;
        bool known = false;
        for (const std::string& a : also_known) known = known || a == key;
        if (known) continue;
        std::string list;
        for (const std::string& r : read_) list += (list.empty() ? "" : ", ") + r;
        // Settings tables are not listed by name: their set grows with tab, and the message should not.
        if (!also_known.empty()) list += ", or a settings table such as [draw]";
        report_at(diags_, k.source(), "unknown key '" + key + "' in " + where_ + "; expected one of: " + list);
    }
}

std::string TomlReader::join_codes(const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

}  // namespace tab::detail

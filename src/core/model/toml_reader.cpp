#include "toml_reader.hpp"

#include "loader_internal.hpp"

namespace tab::detail {

Message toml_type(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return message("toml.type.string");
        case toml::node_type::integer: return message("toml.type.integer");
        case toml::node_type::floating_point: return message("toml.type.number");
        case toml::node_type::boolean: return message("toml.type.boolean");
        case toml::node_type::array: return message("toml.type.array");
        case toml::node_type::table: return message("toml.type.table");
        case toml::node_type::date: return message("toml.type.date");
        case toml::node_type::time: return message("toml.type.time");
        case toml::node_type::date_time: return message("toml.type.date_time");
        default: return message("toml.type.none");
    }
}

Message toml_wrong_type(const toml::node& node, std::string_view key, std::string_view where, std::string_view expected) {
    const Message type = toml_type(node), wanted = message(expected);
    return message("diag.toml.wrong_type", {{"key", std::string(key)}, {"where", std::string(where)}},
                   {{"type", &type}, {"expected", &wanted}});
}

void report_at(Diagnostics& diags, const toml::source_region& where, Message message) {
    diags.error(tournament_file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column),
                std::move(message));
}

TomlReader::TomlReader(const toml::table& table, std::string where, Diagnostics& diags)
    : table_(table), where_(std::move(where)), diags_(diags) {}

void TomlReader::error_at(const toml::node& node, Message message) { report_at(diags_, node.source(), std::move(message)); }

void TomlReader::error_here(Message message) { report_at(diags_, table_.source(), std::move(message)); }

void TomlReader::wrong_type(const toml::node& node, const char* key, const char* expected) {
    error_at(node, toml_wrong_type(node, key, where_, expected));
}

const toml::node* TomlReader::node(const char* key) {
    read_.insert(key);
    return table_.get(key);
}

std::optional<std::string> TomlReader::string(const char* key, bool required) {
    const toml::node* n = node(key);
    if (!n) {
        if (required) error_here(message("diag.toml.missing_string", {{"key", key}, {"where", where_}}));
        return std::nullopt;
    }
    if (auto v = n->value<std::string>(); v && n->is_string()) return v;
    wrong_type(*n, key, "toml.expected.string");
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
        wrong_type(*n, key, "toml.expected.names_by_language");
        return std::nullopt;
    }
    const std::vector<std::string>& languages = tournament_languages();
    LocalText text;
    for (const auto& [language, given] : *table) {
        const std::string code(language.str());
        if (std::find(languages.begin(), languages.end(), code) == languages.end()) {
            report_at(diags_, language.source(), message("diag.toml.not_a_language", {{"found", code}, {"key", key}, {"where", where_}}));
        } else if (!given.is_string()) {
            error_at(given, toml_wrong_type(given, std::string(key) + "." + code, where_, "toml.expected.string"));
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
        if (required) error_here(message("diag.toml.missing_integer", {{"key", key}, {"where", where_}}));
        return std::nullopt;
    }
    if (n->is_integer()) return n->value<int64_t>();
    wrong_type(*n, key, "toml.expected.integer");
    return std::nullopt;
}

std::optional<double> TomlReader::number(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_integer() || n->is_floating_point()) return n->value<double>();
    wrong_type(*n, key, "toml.expected.number");
    return std::nullopt;
}

std::optional<bool> TomlReader::boolean(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_boolean()) return n->value<bool>();
    wrong_type(*n, key, "toml.expected.boolean");
    return std::nullopt;
}

std::optional<std::vector<std::string>> TomlReader::strings(const char* key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (n->is_string()) return std::vector<std::string>{*n->value<std::string>()};
    const toml::array* a = n->as_array();
    if (!a) {
        wrong_type(*n, key, "toml.expected.strings");
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const toml::node& item : *a) {
        if (!item.is_string()) {
            const Message type = toml_type(item);
            error_at(item, message("diag.toml.item_type", {{"key", key}, {"where", where_}}, {{"type", &type}}));
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
        report_at(diags_, k.source(),
                  message(also_known.empty() ? "diag.toml.unknown_key" : "diag.toml.unknown_key_or_table",
                          {{"key", key}, {"where", where_}, {"known", list}}));
    }
}

std::string TomlReader::join_codes(const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

}  // namespace tab::detail

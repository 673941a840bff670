#include "tab/model/settings.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "tab/translate/translate.hpp"

namespace tab {

const SettingSpec* find_setting_spec(std::string_view section, std::string_view key) {
    for (const SettingSpec& s : setting_specs())
        if (s.section == section && s.key == key) return &s;
    return nullptr;
}

std::string default_text(const SettingSpec& spec) {
    if (!spec.default_value) return spec.default_note;
    struct Text {
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const { return fmt::format("{}", d); }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(const std::vector<std::string>& l) const { return fmt::format("[{}]", fmt::join(l, ", ")); }
    };
    std::string text = std::visit(Text{}, *spec.default_value);
    return spec.default_note.empty() ? text : text + " " + spec.default_note;
}

namespace {

std::optional<Message> range_problem(const SettingSpec& spec, const SettingValue& value) {
    const double* d = std::get_if<double>(&value);
    const int64_t* i = std::get_if<int64_t>(&value);
    if (d && !std::isfinite(*d)) return message("diag.settings.not_finite", {{"found", fmt::format("{}", *d)}});
    if (!spec.range || (!d && !i)) return std::nullopt;
    const double v = d ? *d : static_cast<double>(*i);
    if (v >= spec.range->min && v <= spec.range->max) return std::nullopt;
    return message(spec.type == SettingType::integer ? "diag.settings.integer_range" : "diag.settings.number_range",
                   {{"found", d ? fmt::format("{}", *d) : std::to_string(*i)},
                    {"least", fmt::format("{}", spec.range->min)},
                    {"most", fmt::format("{}", spec.range->max)}});
}

}  // namespace

std::optional<Message> setting_problem(const SettingSpec& spec, const SettingValue& value) {
    bool typed = false;
    switch (spec.type) {
    case SettingType::boolean: typed = std::holds_alternative<bool>(value); break;
    case SettingType::integer: typed = std::holds_alternative<int64_t>(value); break;
    case SettingType::number: typed = std::holds_alternative<int64_t>(value) || std::holds_alternative<double>(value); break;
    case SettingType::string: typed = std::holds_alternative<std::string>(value); break;
    case SettingType::string_list:
        typed = std::holds_alternative<std::vector<std::string>>(value) || std::holds_alternative<std::string>(value);
        break;
    }
    static constexpr const char* type_keys[] = {"toml.expected.boolean", "toml.expected.integer", "toml.expected.number",
                                                "toml.expected.string", "toml.expected.strings"};
    if (!typed) {
        const Message expected = message(type_keys[static_cast<int>(spec.type)]);
        return message("diag.settings.wrong_type", {}, {{"expected", &expected}});
    }
    if (std::optional<Message> problem = range_problem(spec, value)) return problem;
    const std::string* s = std::get_if<std::string>(&value);
    if (!s || spec.choices.empty()) return std::nullopt;
    if (std::find(spec.choices.begin(), spec.choices.end(), *s) != spec.choices.end()) return std::nullopt;
    return message("diag.settings.not_a_choice", {{"found", *s}, {"choices", fmt::format("{}", fmt::join(spec.choices, ", "))}});
}

std::string settings_reference_markdown() {
    static constexpr const char* type_names[] = {"boolean", "integer", "number", "string", "list"};
    auto code = [](const std::string& s) { return "`" + s + "`"; };
    std::string out = "| section | key | type | values | default | meaning |\n|---|---|---|---|---|---|\n";
    for (const SettingSpec& s : setting_specs()) {
        std::string values;
        for (const std::string& c : s.choices) values += (values.empty() ? "" : ", ") + code(c);
        if (s.range) values = fmt::format("{} to {}", s.range->min, s.range->max);
        std::string section = s.section == "round" ? "`[[rounds]]`" : "`[" + s.section + "]`";
        out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", section, code(s.key), type_names[static_cast<int>(s.type)],
                           values, default_text(s), s.help);
    }
    return out;
}

const SettingValue* Settings::value_or_default(std::string_view key) const {
    auto it = values_.find(std::string(key));
    if (it != values_.end()) return &it->second;
    const SettingSpec* spec = find_setting_spec(section_, key);
    return spec && spec->default_value ? &*spec->default_value : nullptr;
}

bool Settings::get_bool(std::string_view key) const {
    const SettingValue* v = value_or_default(key);
    const bool* b = v ? std::get_if<bool>(v) : nullptr;
    return b && *b;
}

int64_t Settings::get_int(std::string_view key) const {
    const SettingValue* v = value_or_default(key);
    const int64_t* i = v ? std::get_if<int64_t>(v) : nullptr;
    return i ? *i : 0;
}

double Settings::get_number(std::string_view key) const {
    const SettingValue* v = value_or_default(key);
    if (!v) return 0;
    if (const double* d = std::get_if<double>(v)) return *d;
    if (const int64_t* i = std::get_if<int64_t>(v)) return static_cast<double>(*i);
    return 0;
}

std::string Settings::get_string(std::string_view key) const {
    const SettingValue* v = value_or_default(key);
    const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
    return s ? *s : std::string();
}

std::vector<std::string> Settings::get_list(std::string_view key) const {
    const SettingValue* v = value_or_default(key);
    if (!v) return {};
    if (const auto* l = std::get_if<std::vector<std::string>>(v)) return *l;
    if (const std::string* s = std::get_if<std::string>(v)) return {*s};
    return {};
}

}  // namespace tab

// Settings of the subsystems (draw, allocation, standings, break, awards, ...) as written in
// tournament.toml tables such as [draw] or in a round's own keys. Every key is declared once in
// setting_specs() with its type, its allowed values and its default, so that the loader can
// reject unknown keys, wrong types and unknown values with the file position, so that readers get
// the default without repeating it, and so that `tab init` and the documentation list them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tab/base/codes.hpp"
#include "tab/base/diagnostics.hpp"

namespace tab {

enum class SettingType { boolean, integer, number, string, string_list };

using SettingValue = std::variant<bool, int64_t, double, std::string, std::vector<std::string>>;

// The values a number or a whole number may take, both ends included.
struct SettingRange {
    double min, max;
};

struct SettingSpec {
    std::string section;  // "draw", "allocation", ... ; "round" for keys of a [[rounds]] entry
    std::string key;
    SettingType type;
    std::string help;                  // one line, shown by `tab init` and in docs/formats.md
    std::vector<std::string> choices;  // allowed values for strings, empty = any
    // The value when the key is absent; none when it depends on the format or on other keys,
    // which default_note then describes ("the format's").
    std::optional<SettingValue> default_value;
    std::string default_note;
    // For numbers: the sane values (a weight that keeps the draw's costs inside 64 bits, a share
    // from 0 to 1, a size of at least 0); numbers must be finite in any case.
    std::optional<SettingRange> range = std::nullopt;
};

// Every known setting, declared in src/core/model/setting_specs.cpp.
const std::vector<SettingSpec>& setting_specs();
const SettingSpec* find_setting_spec(std::string_view section, std::string_view key);
// The default as people read it: "true", "3", "slide", "[]", or the spec's note.
std::string default_text(const SettingSpec& spec);
// Every key as a Markdown table (section, key, type, values, default, help): the reference in
// docs/formats.md between <!-- settings:begin --> and <!-- settings:end -->, kept in sync by a test.
std::string settings_reference_markdown();
// Why a value cannot be this key's ("expected an integer", "found 'x'; expected one of: a, b",
// "found 2; expected a number from 0 to 1", "found nan; expected a finite number"), or nothing if it can.
std::optional<Message> setting_problem(const SettingSpec& spec, const SettingValue& value);

// The values of one table, already checked against the specs; a key that is not set reads as its
// spec's default. A key without a fixed default (default_note) must be tested with has() first.
class Settings {
public:
    // The section names the specs the defaults come from ("draw", "round", ...).
    explicit Settings(std::string section, std::map<std::string, SettingValue> values = {})
        : section_(std::move(section)), values_(std::move(values)) {}

    const std::string& section() const { return section_; }
    void set(const std::string& key, SettingValue value) { values_[key] = std::move(value); }
    bool has(std::string_view key) const { return values_.find(std::string(key)) != values_.end(); }

    bool get_bool(std::string_view key) const;
    int64_t get_int(std::string_view key) const;
    double get_number(std::string_view key) const;  // accepts integers too
    std::string get_string(std::string_view key) const;
    std::vector<std::string> get_list(std::string_view key) const;
    // An enumerated key as its enum (codes_of<E>() spells the values).
    template <class E>
    E get(std::string_view key) const {
        std::optional<E> v = parse_code<E>(get_string(key));
        return v ? *v : codes_of<E>().front().value;
    }

    const std::map<std::string, SettingValue>& values() const { return values_; }

private:
    const SettingValue* value_or_default(std::string_view key) const;

    std::string section_;
    std::map<std::string, SettingValue> values_;
};

}  // namespace tab

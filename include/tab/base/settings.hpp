// Settings of the subsystems (draw, allocation, standings, break, awards, ...) as written in
// tournament.toml tables such as [draw] or in a round's own keys. Each subsystem declares the
// keys it reads in setting_specs(), so that the loader can reject unknown keys and wrong types
// with the file position, and so that `tab init` and the documentation list them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tab {

enum class SettingType { boolean, integer, number, string, string_list };

struct SettingSpec {
    std::string section;  // "draw", "allocation", ... ; "round" for keys of a [[rounds]] entry
    std::string key;
    SettingType type;
    std::string help;     // one line, shown by `tab init` and in docs/formats.md
    std::vector<std::string> choices;  // allowed values for strings, empty = any
};

// Every known setting. Each subsystem adds its keys in src/core/settings_specs.cpp.
const std::vector<SettingSpec>& setting_specs();
const SettingSpec* find_setting_spec(std::string_view section, std::string_view key);

using SettingValue = std::variant<bool, int64_t, double, std::string, std::vector<std::string>>;

// The values of one table, already checked against the specs.
class Settings {
public:
    void set(const std::string& key, SettingValue value) { values_[key] = std::move(value); }
    bool has(std::string_view key) const { return values_.find(std::string(key)) != values_.end(); }

    bool get_bool(std::string_view key, bool fallback) const;
    int64_t get_int(std::string_view key, int64_t fallback) const;
    double get_number(std::string_view key, double fallback) const;  // accepts integers too
    std::string get_string(std::string_view key, std::string_view fallback) const;
    std::vector<std::string> get_list(std::string_view key) const;

    const std::map<std::string, SettingValue>& values() const { return values_; }

private:
    std::map<std::string, SettingValue> values_;
};

}  // namespace tab

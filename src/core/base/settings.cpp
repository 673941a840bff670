#include "tab/base/settings.hpp"

namespace tab {

const SettingSpec* find_setting_spec(std::string_view section, std::string_view key) {
    for (const SettingSpec& s : setting_specs())
        if (s.section == section && s.key == key) return &s;
    return nullptr;
}

bool Settings::get_bool(std::string_view key, bool fallback) const {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return fallback;
    if (const bool* b = std::get_if<bool>(&it->second)) return *b;
    return fallback;
}

int64_t Settings::get_int(std::string_view key, int64_t fallback) const {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return fallback;
    if (const int64_t* i = std::get_if<int64_t>(&it->second)) return *i;
    return fallback;
}

double Settings::get_number(std::string_view key, double fallback) const {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return fallback;
    if (const double* d = std::get_if<double>(&it->second)) return *d;
    if (const int64_t* i = std::get_if<int64_t>(&it->second)) return static_cast<double>(*i);
    return fallback;
}

std::string Settings::get_string(std::string_view key, std::string_view fallback) const {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return std::string(fallback);
    if (const std::string* s = std::get_if<std::string>(&it->second)) return *s;
    return std::string(fallback);
}

std::vector<std::string> Settings::get_list(std::string_view key) const {
    auto it = values_.find(std::string(key));
    if (it == values_.end()) return {};
    if (const auto* l = std::get_if<std::vector<std::string>>(&it->second)) return *l;
    if (const std::string* s = std::get_if<std::string>(&it->second)) return {*s};
    return {};
}

}  // namespace tab

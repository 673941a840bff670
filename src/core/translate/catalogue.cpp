// Looking up translations: a language's own entry, else the English one, else the key itself, so
// a missing translation shows up as readable English or as an obvious "col.something" rather
// than as an empty heading.
#include <algorithm>

#include "catalogues.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

Catalogue Catalogue::builtin(std::string_view lang) {
    const std::vector<std::string>& languages = supported_languages();
    bool known = std::find(languages.begin(), languages.end(), lang) != languages.end();
    Catalogue catalogue;
    catalogue.lang_ = known ? std::string(lang) : "en";
    catalogue.own_ = builtin_entries(catalogue.lang_);
    catalogue.english_ = catalogue_en();
    return catalogue;
}

std::string Catalogue::tr(std::string_view key) const {
    if (auto it = own_.find(key); it != own_.end()) return it->second;
    if (auto it = english_.find(key); it != english_.end()) return it->second;
    return std::string(key);
}

bool Catalogue::has(std::string_view key) const {
    return own_.find(key) != own_.end() || english_.find(key) != english_.end();
}

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> languages = {"en", "kk", "ru"};
    return languages;
}

const std::map<std::string, std::string, std::less<>>& builtin_entries(std::string_view lang) {
    if (lang == "kk") return catalogue_kk();
    if (lang == "ru") return catalogue_ru();
    return catalogue_en();
}

std::string format_message(std::string_view pattern,
                           std::initializer_list<std::pair<std::string_view, std::string>> args) {
    std::string out;
    out.reserve(pattern.size());
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        std::size_t close = pattern.find('}', pos);
        if (close == std::string_view::npos) break;
        std::size_t open = pattern.rfind('{', close);
        if (open == std::string_view::npos || open < pos) {
            out.append(pattern.substr(pos, close + 1 - pos));
            pos = close + 1;
            continue;
        }
        std::string_view name = pattern.substr(open + 1, close - open - 1);
        auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        out.append(pattern.substr(pos, open - pos));
        if (arg != args.end()) {
            out += arg->second;
        } else {
            out.append(pattern.substr(open, close + 1 - open));
        }
        pos = close + 1;
    }
    out.append(pattern.substr(std::min(pos, pattern.size())));
    return out;
}

}  // namespace tab

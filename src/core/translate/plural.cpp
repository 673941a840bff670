// Counted nouns: CLDR plural rules for whole numbers and the choice of a "count." entry's form.
// Russian agrees the noun with the last digits (1 команда, 2 команды, 5 команд, 11 команд,
// 21 команда); Kazakh keeps the noun singular after a number, so both its forms are usually the
// same; English has one and other.
#include <string>

#include "tab/translate/translate.hpp"

namespace tab {

int plural_index(std::string_view lang, long long n) {
    const long long abs = n < 0 ? -n : n;
    if (lang == "ru") {
        const long long last = abs % 10, last_two = abs % 100;
        if (last == 1 && last_two != 11) return 0;                                   // one
        if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return 1;  // few
        return 2;                                                                    // many
    }
    return abs == 1 ? 0 : 1;  // en, kk: one, other
}

int plural_form_count(std::string_view lang) { return lang == "ru" ? 3 : 2; }

std::string Catalogue::count(std::string_view key, long long n) const {
    const std::string forms = tr(key);
    // A form beyond those given (an override with fewer forms) falls back to the last one.
    int wanted = plural_index(lang_, n);
    std::size_t begin = 0;
    for (std::size_t bar = forms.find('|'); wanted > 0 && bar != std::string::npos; bar = forms.find('|', begin), --wanted) {
        begin = bar + 1;
    }
    std::size_t end = forms.find('|', begin);
    const std::string form = forms.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    return format_message(form, {{"n", std::to_string(n)}});
}

}  // namespace tab

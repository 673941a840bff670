// Dates for people: an ISO date of the files (2025-11-15) in the words of the output language,
// "15 November 2025", "15 ноября 2025 г." (genitive month), "15 қараша 2025 ж.". The pattern and
// the month names are catalogue entries ("date.pattern", "date.month.01" …), so an organiser can
// change the order in translations.csv (for example "{year} жылғы {day} {month}").
#include <cctype>
#include <string>

#include "tab/translate/translate.hpp"

namespace tab {

std::string Catalogue::date(std::string_view iso) const {
    auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return false;
        }
        return true;
    };
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) {
        return std::string(iso);
    }
    const int month = std::stoi(std::string(iso.substr(5, 2)));
    const int day = std::stoi(std::string(iso.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::string(iso);
    return format_message(tr("date.pattern"), {{"day", std::to_string(day)},
                                               {"month", tr("date.month." + std::string(iso.substr(5, 2)))},
                                               {"year", std::string(iso.substr(0, 4))}});
}

}  // namespace tab

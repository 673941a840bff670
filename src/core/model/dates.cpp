#include <charconv>

#include "tab/model/tournament.hpp"

namespace tab {
namespace {

bool parse_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid(const Date& d) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    int max = days[d.month - 1] + (d.month == 2 && leap(d.year) ? 1 : 0);
    return d.day <= max;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    Date d;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!parse_int(text.substr(0, 4), d.year) || !parse_int(text.substr(5, 2), d.month) ||
            !parse_int(text.substr(8, 2), d.day))
            return std::nullopt;
    } else if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
        if (!parse_int(text.substr(6, 4), d.year) || !parse_int(text.substr(3, 2), d.month) ||
            !parse_int(text.substr(0, 2), d.day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!valid(d)) return std::nullopt;
    return d;
}

std::string format_date(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

int age_on(const Date& birth, const Date& day) {
    int age = day.year - birth.year;
    if (day.month < birth.month || (day.month == birth.month && day.day < birth.day)) --age;
    return age;
}

}  // namespace tab

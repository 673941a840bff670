// Reduced fractions of 64-bit integers; see include/tab/fraction.hpp for why scores need them.
#include "tab/base/fraction.hpp"

#include <cmath>
#include <cstdlib>
#include <numeric>

namespace tab {

Fraction Fraction::of(int64_t num, int64_t den) {
    if (den < 0) num = -num, den = -den;
    int64_t g = std::gcd(num < 0 ? -num : num, den);
    Fraction f;
    f.num_ = g > 1 ? num / g : num;
    f.den_ = g > 1 ? den / g : den;
    return f;
}

Fraction Fraction::operator+(const Fraction& o) const {
    if (den_ == o.den_) return of(num_ + o.num_, den_);
    int64_t g = std::gcd(den_, o.den_);
    return of(num_ * (o.den_ / g) + o.num_ * (den_ / g), den_ / g * o.den_);
}

Fraction Fraction::operator-(const Fraction& o) const { return *this + (-o); }

std::strong_ordering Fraction::operator<=>(const Fraction& o) const {
    __int128 a = static_cast<__int128>(num_) * o.den_;
    __int128 b = static_cast<__int128>(o.num_) * den_;
    return a < b ? std::strong_ordering::less : a > b ? std::strong_ordering::greater : std::strong_ordering::equal;
}

std::optional<int64_t> parse_hundredths(std::string_view text) {
    if (text.empty()) return std::nullopt;
    bool negative = false;
    size_t i = 0;
    if (text[0] == '-' || text[0] == '+') negative = text[0] == '-', i = 1;
    int64_t whole = 0;
    int digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
        if (whole > 1'000'000'000) return std::nullopt;
        whole = whole * 10 + (text[i] - '0');
    }
    int64_t fraction = 0;
    int decimals = 0;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++decimals) {
            if (decimals >= 2) {
                if (text[i] != '0') return std::nullopt;  // "75.50" is fine, "75.555" is not
                continue;
            }
            fraction = fraction * 10 + (text[i] - '0');
        }
    }
    if (i != text.size() || (digits == 0 && decimals == 0)) return std::nullopt;
    for (int d = decimals; d < 2; ++d) fraction *= 10;
    int64_t value = whole * 100 + fraction;
    return negative ? -value : value;
}

std::string format_fraction(const Fraction& f, int decimals) {
    int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    // Round half away from zero at the last shown decimal, exactly.
    __int128 scaled = static_cast<__int128>(std::llabs(f.num())) * scale * 2 + f.den();
    scaled /= 2 * static_cast<__int128>(f.den());
    int64_t units = static_cast<int64_t>(scaled);
    std::string text = std::to_string(units / scale);
    int64_t rest = units % scale;
    if (rest != 0) {
        std::string digits = std::to_string(rest);
        digits.insert(0, static_cast<size_t>(decimals) - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    if (f.num() < 0 && units != 0) text = "-" + text;
    return text;
}

}  // namespace tab

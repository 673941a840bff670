// Exact arithmetic for speaker scores and everything ranked by them.
//
// Scores are entered on a step of 1, 0.5 or 0.1 and are read as whole hundredths of a point.
// A panel's score is a mean over two, three or more adjudicators, an average over rounds divides
// again, so no fixed unit stays exact: values are kept as reduced fractions of 64-bit integers
// and compared by cross-multiplication in 128 bits. Two teams whose totals are equal on paper
// are therefore tied, never split by a rounding error.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tab {

class Fraction {
public:
    Fraction() = default;
    Fraction(int64_t whole) : num_(whole) {}  // NOLINT: implicit on purpose (2 == Fraction(2))
    // num/den reduced; den must not be 0.
    static Fraction of(int64_t num, int64_t den);
    // Whole hundredths of a point, e.g. 7550 for 75.5.
    static Fraction hundredths(int64_t h) { return of(h, 100); }

    int64_t num() const { return num_; }
    int64_t den() const { return den_; }
    double to_double() const { return static_cast<double>(num_) / static_cast<double>(den_); }
    bool is_integer() const { return den_ == 1; }

    Fraction operator+(const Fraction& o) const;
    Fraction operator-(const Fraction& o) const;
    Fraction operator-() const { return of(-num_, den_); }
    Fraction operator*(int64_t k) const { return of(num_ * k, den_); }
    Fraction operator/(int64_t k) const { return of(num_, den_ * k); }  // k != 0
    Fraction& operator+=(const Fraction& o) { return *this = *this + o; }
    Fraction& operator-=(const Fraction& o) { return *this = *this - o; }

    bool operator==(const Fraction& o) const { return num_ == o.num_ && den_ == o.den_; }
    std::strong_ordering operator<=>(const Fraction& o) const;

private:
    int64_t num_ = 0;
    int64_t den_ = 1;
};

// Parses a decimal with at most two decimals ("75", "75.5", "75,5", "-3.25") into hundredths;
// nullopt if it is not such a number.
std::optional<int64_t> parse_hundredths(std::string_view text);
// Shortest decimal text of a value, at most `decimals` decimals ("75.5", "262.25", "88.33").
std::string format_fraction(const Fraction& f, int decimals = 2);

}  // namespace tab

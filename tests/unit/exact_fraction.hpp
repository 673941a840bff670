// A score as the exact fraction the results keep (hundredths), shared by the Tabbycat case tests.
#pragma once

#include <cmath>

#include "tab/base/fraction.hpp"

namespace tab::testing {

inline Fraction exact(double v) { return Fraction::hundredths(std::llround(v * 100)); }

}  // namespace tab::testing

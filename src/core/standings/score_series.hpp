// Sums, means and spreads of a series of exact scores, ranks or margins, as the team and
// speaker metrics use them: an empty series has no value (MetricValue{}), not zero.
#pragma once

#include <vector>

#include "tab/base/fraction.hpp"
#include "tab/standings/standings.hpp"

namespace tab::series {

Fraction sum(const std::vector<Fraction>& v);
MetricValue sum_or_none(const std::vector<Fraction>& v);
MetricValue mean(const std::vector<Fraction>& v);
// The population standard deviation.
MetricValue stddev(const std::vector<Fraction>& v);
// Σ (or the mean, if `average`) without the `drop` highest and `drop` lowest values, when there
// are more than 2 × drop of them (APDA's single and double adjusted totals, the trimmed mean).
MetricValue trimmed(std::vector<Fraction> v, size_t drop, bool average);

}  // namespace tab::series

#include "score_series.hpp"

#include <algorithm>
#include <cmath>

namespace tab::series {

Fraction sum(const std::vector<Fraction>& v) {
    Fraction s;
    for (const Fraction& x : v) s += x;
    return s;
}

MetricValue sum_or_none(const std::vector<Fraction>& v) { return v.empty() ? MetricValue{} : MetricValue::of(sum(v)); }

MetricValue mean(const std::vector<Fraction>& v) {
    return v.empty() ? MetricValue{} : MetricValue::of(sum(v) / static_cast<int64_t>(v.size()));
}

MetricValue stddev(const std::vector<Fraction>& v) {
    if (v.empty()) return {};
    double m = (sum(v) / static_cast<int64_t>(v.size())).to_double(), acc = 0;
    for (const Fraction& x : v) acc += (x.to_double() - m) * (x.to_double() - m);
    return MetricValue::of_real(std::sqrt(acc / static_cast<double>(v.size())));
}

MetricValue trimmed(std::vector<Fraction> v, size_t drop, bool average) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    if (v.size() > 2 * drop) v = std::vector<Fraction>(v.begin() + static_cast<long>(drop), v.end() - static_cast<long>(drop));
    return average ? mean(v) : MetricValue::of(sum(v));
}

}  // namespace tab::series

#include "tab/app/json_numbers.hpp"

#include <cmath>

namespace tab::app {

double six_decimals(double d) { return std::round(d * 1e6) / 1e6; }

nlohmann::ordered_json json_number(const Fraction& f) {
    if (f.is_integer()) return f.num();
    return six_decimals(f.to_double());
}

nlohmann::ordered_json json_metric(const MetricValue& v) {
    switch (v.kind) {
        case MetricValue::Kind::none:
        case MetricValue::Kind::not_applicable: return nullptr;
        case MetricValue::Kind::exact: return json_number(v.exact);
        case MetricValue::Kind::real: return six_decimals(v.real);
    }
    return nullptr;
}

nlohmann::ordered_json json_text_or_null(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}

}  // namespace tab::app

// Numbers as the JSON documents of the app layer print them: an exact fraction as an integer
// when it is one, else rounded to six decimals; a metric's missing value as null.
#pragma once

#include <nlohmann/json.hpp>

#include "tab/base/fraction.hpp"
#include "tab/standings/standings.hpp"

namespace tab::app {

nlohmann::ordered_json json_number(const Fraction& f);
// A real number rounded to six decimals, so that the last digits of a division do not differ.
double six_decimals(double d);
// null for no value and for "n/a" (who-beat-whom where it does not apply).
nlohmann::ordered_json json_metric(const MetricValue& v);
// The text of an optional string: null when empty.
nlohmann::ordered_json json_text_or_null(const std::string& s);

}  // namespace tab::app

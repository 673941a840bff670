// Small helpers the presenters of results, standings, status, break and awards share: cells for
// optional numbers and exact fractions, and which formats are for machines.
#pragma once

#include <optional>

#include "tab/base/fraction.hpp"
#include "tab/render/render.hpp"
#include "tab/standings/standings.hpp"

namespace tab::cli {

// csv and tsv: stable codes, one value per cell, no decoration.
inline bool is_machine_format(OutputFormat f) { return f == OutputFormat::csv || f == OutputFormat::tsv; }

inline Cell optional_cell(const std::optional<int>& i) { return i ? Cell::of(*i) : Cell::none(); }

// An integer stays an integer; other fractions show two decimals.
inline Cell number_cell(const Fraction& f) {
    if (f.is_integer()) return Cell::of(static_cast<int64_t>(f.num()));
    return Cell::of(f.to_double(), 2);
}

// A metric: empty for no value and for "n/a" in CSV; text shows "n/a" where who-beat-whom does not apply.
inline Cell metric_cell(const MetricValue& v, bool for_machines) {
    switch (v.kind) {
        case MetricValue::Kind::none: return Cell::none();
        case MetricValue::Kind::not_applicable: return for_machines ? Cell::none() : Cell::of(std::string("n/a"));
        case MetricValue::Kind::exact: return number_cell(v.exact);
        case MetricValue::Kind::real: return Cell::of(v.real, 2);
    }
    return Cell::none();
}

}  // namespace tab::cli

// What every presenter shares: whether the output is for machines (csv, tsv: codes, one value per
// cell) or for people (text, md, html: translated headings and labels), list cells, cells for
// optional numbers and exact fractions, and printing either the JSON document or the tables.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "tab/base/fraction.hpp"
#include "tab/render/render.hpp"
#include "tab/standings/standings.hpp"

namespace tab::cli {

// csv and tsv: stable codes, one value per cell, no decoration.
inline bool is_machine_format(OutputFormat f) { return f == OutputFormat::csv || f == OutputFormat::tsv; }
// A list cell: the items joined by "; ".
std::string list_cell(const std::vector<std::string>& items);
// --format json: the document; otherwise the tables in the catalogue's language, `title` as the
// HTML page title, and in HTML each of `figures` under the table it names (RenderOptions::figures).
void present(Context& ctx, const std::vector<Table>& tables, const Catalogue& cat, const std::string& title,
             const nlohmann::ordered_json& document,
             std::vector<std::pair<std::string, std::string>> figures = {});

inline Cell optional_cell(const std::optional<int>& i) { return i ? Cell::of(*i) : Cell::none(); }
inline Cell optional_cell(const std::optional<std::string>& s) { return s ? Cell::of(*s) : Cell::none(); }

// An integer stays an integer; other fractions show two decimals.
inline Cell number_cell(const Fraction& f) {
    if (f.is_integer()) return Cell::of(static_cast<int64_t>(f.num()));
    return Cell::of(f.to_double(), 2);
}

// A metric: empty for no value and for "n/a" in CSV; text shows "n/a" where who-beat-whom does not apply.
inline Cell metric_cell(const MetricValue& v, bool machines) {
    switch (v.kind) {
        case MetricValue::Kind::none: return Cell::none();
        case MetricValue::Kind::not_applicable: return machines ? Cell::none() : Cell::of(std::string("n/a"));
        case MetricValue::Kind::exact: return number_cell(v.exact);
        case MetricValue::Kind::real: return Cell::of(v.real, 2);
    }
    return Cell::none();
}

}  // namespace tab::cli

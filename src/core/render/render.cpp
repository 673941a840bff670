// What every format shares: format names, cells as text, and the dispatch from a format to its
// renderer.
#include <fmt/format.h>

#include "renderers.hpp"

namespace tab {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "text") return OutputFormat::text;
    if (name == "csv") return OutputFormat::csv;
    if (name == "tsv") return OutputFormat::tsv;
    if (name == "json") return OutputFormat::json;
    if (name == "md") return OutputFormat::markdown;
    if (name == "html") return OutputFormat::html;
    return std::nullopt;
}

Cell Cell::of(std::string s) {
    Cell cell;
    cell.kind = Kind::text;
    cell.text = std::move(s);
    return cell;
}

Cell Cell::of(int64_t i) {
    Cell cell;
    cell.kind = Kind::integer;
    cell.integer = i;
    return cell;
}

Cell Cell::of(double d, int decimals) {
    Cell cell;
    cell.kind = Kind::number;
    cell.number = d;
    cell.decimals = decimals;
    return cell;
}

std::string Cell::display() const {
    switch (kind) {
    case Kind::empty: return "";
    case Kind::text: return text;
    case Kind::integer: return fmt::format("{}", integer);
    case Kind::number: {
        std::string shown = fmt::format("{:.{}f}", number, decimals < 0 ? 0 : decimals);
        // -0.004 shown with two decimals is "-0.00": print it as zero.
        bool all_zero = shown.find_first_not_of("-0.") == std::string::npos;
        if (all_zero && !shown.empty() && shown[0] == '-') shown.erase(0, 1);
        return shown;
    }
    }
    return "";
}

std::vector<std::string> headings(const Table& table, const Catalogue& catalogue) {
    std::vector<std::string> result;
    result.reserve(table.columns.size());
    for (const Column& column : table.columns)
        result.push_back(catalogue.tr(column.heading.empty() ? "col." + column.key : column.heading));
    return result;
}

const Cell& cell_at(const std::vector<Cell>& row, std::size_t column) {
    static const Cell empty;
    return column < row.size() ? row[column] : empty;
}

bool is_numeric(const Cell& cell) {
    return cell.kind == Cell::Kind::integer || cell.kind == Cell::Kind::number;
}

bool is_right_aligned(const Table& table, std::size_t column) {
    if (table.columns[column].align_right) return true;
    bool any_number = false;
    for (const std::vector<Cell>& row : table.rows) {
        const Cell& cell = cell_at(row, column);
        if (cell.kind == Cell::Kind::text) return false;
        any_number = any_number || is_numeric(cell);
    }
    return any_number;
}

std::string render_table(const Table& table, OutputFormat format, const Catalogue& catalogue,
                         const RenderOptions& options) {
    return render_tables({table}, format, catalogue, options);
}

std::string render_tables(const std::vector<Table>& tables, OutputFormat format, const Catalogue& catalogue,
                          const RenderOptions& options) {
    switch (format) {
    case OutputFormat::text: return render_text(tables, catalogue, options.color);
    case OutputFormat::csv: return render_delimited(tables, ',');
    case OutputFormat::tsv: return render_delimited(tables, '\t');
    case OutputFormat::json: return render_json(tables);
    case OutputFormat::markdown: return render_markdown(tables, catalogue, options.page_title);
    case OutputFormat::html: return render_html(tables, catalogue, options);
    }
    return "";
}

}  // namespace tab

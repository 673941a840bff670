// One rendering layer for every table tab prints: aligned text (columns measured in display
// width, so Cyrillic and Kazakh letters count one column each), CSV (RFC 4180, cells starting
// with = + - @ neutralised against spreadsheet formulas), TSV, JSON, Markdown and a
// self-contained HTML page.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tab/translate/translate.hpp"

namespace tab {

enum class OutputFormat { text, csv, tsv, json, markdown, html };
std::optional<OutputFormat> parse_output_format(std::string_view name);  // text csv tsv json md html

struct Cell {
    enum class Kind { empty, text, integer, number };
    Kind kind = Kind::empty;
    std::string text;
    int64_t integer = 0;
    double number = 0;
    int decimals = 2;  // digits shown for numbers in text-like formats

    static Cell of(std::string s);
    static Cell of(int64_t i);
    static Cell of(int i) { return of(static_cast<int64_t>(i)); }
    static Cell of(double d, int decimals);
    static Cell none() { return {}; }
    // The value as text formats show it ("" for empty).
    std::string display() const;
};

struct Column {
    std::string key;            // JSON field name; heading from the catalogue as "col.<key>"
    bool align_right = false;   // numbers
};

struct Table {
    std::string name;           // JSON: the array's key in the top-level object, e.g. "teams"
    std::string title;          // shown above the table in text, Markdown and HTML (already translated)
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
};

struct RenderOptions {
    bool color = false;         // bold headings in text output (only when stdout is a terminal)
    std::string page_title;     // the document's title: HTML <h1> and <title> (else the first table's title), Markdown "# "
    // HTML only: markup (an inline SVG figure, tab/render/charts.hpp) shown under the table of
    // that name, as (table name, markup).
    std::vector<std::pair<std::string, std::string>> figures;
};

std::string render_table(const Table& table, OutputFormat format, const Catalogue& catalogue,
                         const RenderOptions& options = {});
// Several tables as one document (one JSON object with one key per table, one HTML page).
std::string render_tables(const std::vector<Table>& tables, OutputFormat format, const Catalogue& catalogue,
                          const RenderOptions& options = {});

// Columns a string takes in a terminal: one per code point, none for combining marks,
// two for wide East Asian characters.
int display_width(std::string_view utf8);
// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace tab

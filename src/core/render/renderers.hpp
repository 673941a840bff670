// The renderers behind render_table and render_tables, one per output format, and the helpers
// they share. Each takes the whole list of tables, so that "one table" is just a list of one.
#pragma once

#include <string>
#include <vector>

#include "tab/render/render.hpp"

namespace tab {

std::string render_text(const std::vector<Table>& tables, const Catalogue& catalogue, bool color);
// RFC 4180 CSV (separator ',') or TSV (separator '\t'), formulas neutralised. The heading row
// holds the columns' stable keys, not translated headings: CSV and TSV are for programs.
std::string render_delimited(const std::vector<Table>& tables, char separator);
std::string render_json(const std::vector<Table>& tables);
// page_title, when not empty, heads the document as "# page_title".
std::string render_markdown(const std::vector<Table>& tables, const Catalogue& catalogue, const std::string& page_title);
std::string render_html(const std::vector<Table>& tables, const Catalogue& catalogue, const RenderOptions& options);

// The translated heading of each column ("col.<key>").
std::vector<std::string> headings(const Table& table, const Catalogue& catalogue);
// The cell in a row at a column; empty when the row is short.
const Cell& cell_at(const std::vector<Cell>& row, std::size_t column);
bool is_numeric(const Cell& cell);
// True if the column asks for it, or if every non-empty cell in it is a number.
bool is_right_aligned(const Table& table, std::size_t column);

}  // namespace tab

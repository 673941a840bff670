// GitHub-flavoured Markdown: the page title (when given) as a "# " heading, then for each table
// a "## " heading for its title and a pipe table whose separator row right-aligns numeric
// columns ("---:"). Inside cells, a pipe would end the cell and "<"
// could open an HTML tag, so both are backslash-escaped (as is the backslash itself), and line
// breaks become spaces. Several tables are separated by a blank line.
#include "renderers.hpp"

namespace tab {
namespace {

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        if (ch == '|' || ch == '<' || ch == '\\') out += '\\';
        out += (ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    return out;
}

std::string row_line(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const std::string& cell : cells) line += " " + escaped(cell) + " |";
    return line + "\n";
}

std::string markdown_section(const Table& table, const Catalogue& catalogue) {
    std::string out;
    if (!table.title.empty()) out += "## " + escaped(table.title) + "\n\n";
    out += row_line(headings(table, catalogue));
    std::string rule = "|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) rule += is_right_aligned(table, c) ? " ---: |" : " --- |";
    out += rule + "\n";
    for (const std::vector<Cell>& row : table.rows) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < table.columns.size(); ++c) cells.push_back(cell_at(row, c).display());
        out += row_line(cells);
    }
    return out;
}

}  // namespace

std::string render_markdown(const std::vector<Table>& tables, const Catalogue& catalogue, const std::string& page_title) {
    std::string out;
    if (!page_title.empty()) out += "# " + escaped(page_title) + "\n";
    for (const Table& table : tables) {
        if (!out.empty()) out += "\n";
        out += markdown_section(table, catalogue);
    }
    return out;
}

}  // namespace tab

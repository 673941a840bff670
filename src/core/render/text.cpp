// Tables for a terminal: columns padded to their widest cell, measured in display columns rather
// than bytes (a Cyrillic letter is two bytes but one column), numbers right-aligned, two spaces
// between columns, a rule of dashes under the headings. Example:
//
//   Team standings
//   Rank  Team             Points
//   ----  ---------------  ------
//      1  Әлем                  6
//      2  Ақжол Gymnasium       3
//
// Control characters in cells become spaces, so a name can neither break a row nor send escape
// sequences to the terminal. Trailing spaces are trimmed from every line.
#include <algorithm>

#include "renderers.hpp"
#include "tab/base/unicode.hpp"

namespace tab {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

// The text with control characters (C0, DEL and C1, whose U+009B starts an escape sequence on
// some terminals) replaced by spaces, and invalid UTF-8 by U+FFFD.
std::string printable(std::string_view text) {
    std::vector<char32_t> points = decode_utf8(text);
    for (char32_t& c : points) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) c = U' ';
    }
    return encode_utf8(points);
}

// The printable cells of a table, and the width and alignment of each column.
struct Layout {
    std::vector<std::string> headings;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> widths;
    std::vector<bool> right;
};

Layout lay_out(const Table& table, const Catalogue& catalogue) {
    Layout layout;
    std::size_t count = table.columns.size();
    for (const std::string& heading : headings(table, catalogue)) layout.headings.push_back(printable(heading));
    for (const std::vector<Cell>& row : table.rows) {
        std::vector<std::string>& line = layout.rows.emplace_back();
        for (std::size_t c = 0; c < count; ++c) line.push_back(printable(cell_at(row, c).display()));
    }
    for (std::size_t c = 0; c < count; ++c) {
        int width = display_width(layout.headings[c]);
        for (const std::vector<std::string>& line : layout.rows) width = std::max(width, display_width(line[c]));
        layout.widths.push_back(width);
        layout.right.push_back(is_right_aligned(table, c));
    }
    return layout;
}

// One line: each cell padded to its column (bold if asked), two spaces between, no trailing spaces.
std::string line_of(const Layout& layout, const std::vector<std::string>& cells, bool bold) {
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string padding(static_cast<std::size_t>(std::max(0, layout.widths[c] - display_width(cells[c]))), ' ');
        std::string text = bold ? std::string(kBold) + cells[c] + std::string(kReset) : cells[c];
        line += (c == 0 ? "" : "  ") + (layout.right[c] ? padding + text : text + padding);
    }
    std::size_t end = line.find_last_not_of(' ');
    line.erase(end == std::string::npos ? 0 : end + 1);
    return line + "\n";
}

std::string text_section(const Table& table, const Catalogue& catalogue, bool color) {
    Layout layout = lay_out(table, catalogue);
    std::vector<std::string> rules;
    for (int width : layout.widths) rules.emplace_back(static_cast<std::size_t>(width), '-');
    std::string out = table.title.empty() ? "" : printable(table.title) + "\n";
    out += line_of(layout, layout.headings, color) + line_of(layout, rules, false);
    for (const std::vector<std::string>& row : layout.rows) out += line_of(layout, row, false);
    return out;
}

}  // namespace

std::string render_text(const std::vector<Table>& tables, const Catalogue& catalogue, bool color) {
    std::string out;
    for (const Table& table : tables) {
        if (!out.empty()) out += "\n";
        out += text_section(table, catalogue, color);
    }
    return out;
}

}  // namespace tab

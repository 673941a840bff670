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
#include "tab/unicode.hpp"

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

std::string padded(const std::string& text, int width, bool right) {
    std::string padding(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ');
    return right ? padding + text : text + padding;
}

void trim_trailing_spaces(std::string& line) {
    std::size_t end = line.find_last_not_of(' ');
    line.erase(end == std::string::npos ? 0 : end + 1);
}

std::string render_one(const Table& table, const Catalogue& catalogue, bool color) {
    std::size_t count = table.columns.size();
    std::vector<std::string> heads = headings(table, catalogue);
    std::vector<std::vector<std::string>> cells;
    for (const std::vector<Cell>& row : table.rows) {
        std::vector<std::string>& line = cells.emplace_back();
        for (std::size_t c = 0; c < count; ++c) line.push_back(printable(cell_at(row, c).display()));
    }
    std::vector<int> widths(count);
    std::vector<bool> right(count);
    for (std::size_t c = 0; c < count; ++c) {
        heads[c] = printable(heads[c]);
        widths[c] = display_width(heads[c]);
        for (const std::vector<std::string>& line : cells) widths[c] = std::max(widths[c], display_width(line[c]));
        right[c] = is_right_aligned(table, c);
    }

    std::string out;
    if (!table.title.empty()) out += printable(table.title) + "\n";
    std::string head_line;
    std::string rule_line;
    for (std::size_t c = 0; c < count; ++c) {
        std::string separator = c == 0 ? "" : "  ";
        std::string head = padded(heads[c], widths[c], right[c]);
        if (color) {
            std::size_t text_start = right[c] ? head.size() - heads[c].size() : 0;
            head.insert(text_start + heads[c].size(), kReset);
            head.insert(text_start, kBold);
        }
        head_line += separator + head;
        rule_line += separator + std::string(static_cast<std::size_t>(widths[c]), '-');
    }
    trim_trailing_spaces(head_line);
    out += head_line + "\n" + rule_line + "\n";
    for (const std::vector<std::string>& line : cells) {
        std::string text;
        for (std::size_t c = 0; c < count; ++c) text += (c == 0 ? "" : "  ") + padded(line[c], widths[c], right[c]);
        trim_trailing_spaces(text);
        out += text + "\n";
    }
    return out;
}

}  // namespace

std::string render_text(const std::vector<Table>& tables, const Catalogue& catalogue, bool color) {
    std::string out;
    for (const Table& table : tables) {
        if (!out.empty()) out += "\n";
        out += render_one(table, catalogue, color);
    }
    return out;
}

}  // namespace tab

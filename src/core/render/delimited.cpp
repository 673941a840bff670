// CSV (RFC 4180) and TSV for spreadsheets. Two dangers beyond quoting:
//   - Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a
//     formula, so a team named "=HYPERLINK(...)" or a phone number "+7 707 ..." must not reach it
//     as typed. Such text cells get a leading apostrophe, which spreadsheets show as text.
//     Cells that are numbers (a margin of -6) are data, not text, and stay as they are.
//   - Layout: CSV quotes a cell holding a comma, quote, CR or LF (quotes doubled inside); TSV has
//     no quoting, so tabs and line breaks inside a cell become spaces.
// The heading row holds the columns' keys (stable English snake_case, whatever the language).
// Lines end in "\n". Several tables are separated by a blank line, each with its heading row.
#include "renderers.hpp"

namespace tab {
namespace {

std::string neutralised(std::string text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos) {
        text.insert(0, "'");
    }
    return text;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char ch : text) {
        if (ch == '"') quoted += '"';
        quoted += ch;
    }
    return quoted + "\"";
}

std::string tsv_field(std::string text) {
    for (char& ch : text) {
        if (ch == '\t' || ch == '\r' || ch == '\n') ch = ' ';
    }
    return text;
}

std::string field(const std::string& text, bool numeric, char separator) {
    std::string safe = numeric ? text : neutralised(text);
    return separator == ',' ? csv_field(safe) : tsv_field(std::move(safe));
}

void append_line(const std::vector<std::string>& fields, char separator, std::string& out) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += separator;
        out += fields[i];
    }
    out += '\n';
}

}  // namespace

std::string render_delimited(const std::vector<Table>& tables, char separator) {
    std::string out;
    for (const Table& table : tables) {
        if (!out.empty()) out += '\n';
        std::vector<std::string> fields;
        for (const Column& column : table.columns) fields.push_back(field(column.key, false, separator));
        append_line(fields, separator, out);
        for (const std::vector<Cell>& row : table.rows) {
            fields.clear();
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const Cell& cell = cell_at(row, c);
                fields.push_back(field(cell.display(), is_numeric(cell), separator));
            }
            append_line(fields, separator, out);
        }
    }
    return out;
}

}  // namespace tab

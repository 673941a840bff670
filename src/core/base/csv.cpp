// A small RFC 4180 reader. Spreadsheets and form exports add a UTF-8 byte-order mark and CRLF
// line ends; both are accepted. Quoted fields may span lines, so each row records the line it
// started on. Cells are trimmed of surrounding spaces (form exports pad them) and normalised to
// NFC (so a name typed with a combining mark matches the same name typed precomposed).
// Structure is checked: every row has as many cells as the header, no column is named twice, no
// NUL byte. What csv_field writes reads back exactly: cells with surrounding spaces or tabs are
// quoted, and a text cell a spreadsheet would run as a formula (= + - @ TAB CR first) gets a
// leading apostrophe that the reader takes off again (docs/formats.md "CSV files").
// base lies below the catalogue (translate), so its messages carry their key, arguments and the
// English text written here; tests/unit/base/message_text_test.cpp checks that text against the
// English catalogue.
#include "tab/base/csv.hpp"

#include <algorithm>
#include <charconv>

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

// A spreadsheet runs a cell that starts with one of these as a formula.
constexpr std::string_view formula_starters = "=+-@\t\r";

// After any leading apostrophes, a formula starter: such a cell is written with one more
// apostrophe and read with one fewer, so that every text round-trips exactly.
bool formula_like(std::string_view value) {
    size_t i = value.find_first_not_of('\'');
    return i != std::string_view::npos && formula_starters.find(value[i]) != std::string_view::npos;
}

// A number such as -6 or +1.5 is data, not a formula, and is written as it is.
bool is_number(std::string_view value) {
    if (!value.empty() && value.front() == '+') value.remove_prefix(1);
    if (value.empty()) return false;
    double d = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
    return ec == std::errc() && end == value.data() + value.size();
}

std::string unneutralised(std::string cell) {
    if (!cell.empty() && cell.front() == '\'' && formula_like(std::string_view(cell).substr(1))) cell.erase(0, 1);
    return cell;
}

bool all_empty(const std::vector<std::string>& cells) {
    for (const std::string& c : cells)
        if (!c.empty()) return false;
    return true;
}

// A column named twice would leave one of the two unread.
void check_header(const CsvTable& table, int line, Diagnostics& diags) {
    for (size_t i = 0; i < table.header.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (!table.header[i].empty() && table.header[i] == table.header[j]) {
                const std::string first = std::to_string(j + 1);
                diags.error(table.file, line, static_cast<int>(i + 1),
                            Message{"diag.csv.column_again", {{"column", table.header[i]}, {"first", first}},
                                    "found column '" + table.header[i] + "' again (first at column " + first +
                                        "); expected each column once"});
                break;
            }
}

// A short row would lose its last cells silently (a missing conflict), a long one would hold
// cells no column names: both are errors.
void check_width(const CsvTable& table, const CsvRow& r, Diagnostics& diags) {
    const size_t want = table.header.size();
    if (r.cells.size() == want) return;
    const int column = static_cast<int>(std::min(r.cells.size(), want) + (r.cells.size() > want ? 1 : 0));
    const std::string n = std::to_string(r.cells.size()), expected = std::to_string(want);
    diags.error(table.file, r.line, column,
                Message{"diag.csv.row_width", {{"n", n}, {"expected", expected}},
                        "found " + n + (r.cells.size() == 1 ? " cell" : " cells") + "; expected " + expected +
                            ", one per column of the header (quote a cell that holds a comma)"});
}

}  // namespace

int CsvTable::column(std::initializer_list<std::string_view> names) const {
    for (std::string_view n : names)
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i] == n) return static_cast<int>(i);
    return -1;
}

const std::string& CsvTable::cell(const CsvRow& r, int c) const {
    static const std::string empty;
    if (c < 0 || static_cast<size_t>(c) >= r.cells.size()) return empty;
    return r.cells[static_cast<size_t>(c)];
}

CsvTable parse_csv(std::string_view text, std::string file, Diagnostics& diags, char delimiter) {
    CsvTable table;
    table.file = std::move(file);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!is_valid_utf8(text)) diags.error(table.file, 0, 0, Message{"diag.csv.not_utf8", {}, "the file is not valid UTF-8; save it as UTF-8"});

    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    bool quoted = false;       // inside a quoted field
    bool was_quoted = false;   // the current field was quoted (then it is not trimmed)
    int line = 1, column = 1;
    row.line = 1;
    auto end_field = [&] {
        row.cells.push_back(unneutralised(to_nfc(was_quoted ? field : trim(field))));
        field.clear();
        was_quoted = false;
    };
    auto end_row = [&] {
        end_field();
        rows.push_back(std::move(row));
        row = CsvRow{};
        row.line = line + 1;
    };
    int nul_line = 0;  // the last line a NUL byte was reported on
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\0' && nul_line != line) {
            diags.error(table.file, line, column,
                        Message{"diag.csv.nul_byte", {}, "found a NUL byte; expected text (is this a spreadsheet's binary file?)"});
            nul_line = line;
        }
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line, column = 0;
                field += c;
            }
        } else if (c == '"' && trim(field).empty()) {
            quoted = was_quoted = true;
            field.clear();
        } else if (c == delimiter) {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
            ++line;
            column = 0;
        } else {
            if (was_quoted && c != ' ' && c != '\t') {
                diags.error(table.file, line, column,
                            Message{"diag.csv.after_quote", {},
                                    "found text after a closing quote; expected a delimiter or the end of the line"});
                was_quoted = false;
            }
            field += c;
        }
        ++column;
    }
    if (quoted)
        diags.error(table.file, row.line, 0,
                    Message{"diag.csv.unclosed_quote", {}, "a quoted field is never closed; expected a closing \""});
    if (!field.empty() || !row.cells.empty()) end_row();

    bool header_done = false;
    for (CsvRow& r : rows) {
        if (all_empty(r.cells)) continue;
        if (!header_done) {
            for (std::string& h : r.cells) table.header.push_back(to_lower(h));
            check_header(table, r.line, diags);
            header_done = true;
        } else {
            check_width(table, r, diags);
            table.rows.push_back(std::move(r));
        }
    }
    return table;
}

std::string csv_field(std::string_view value, char delimiter) {
    std::string neutral = formula_like(value) && !is_number(value) ? "'" + std::string(value) : std::string(value);
    value = neutral;
    const bool padded = !value.empty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' ||
                                           value.back() == '\t');
    if (value.find_first_of(std::string{delimiter, '"', '\r', '\n', '\t'}) == std::string_view::npos && !padded)
        return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields, char delimiter) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += delimiter;
        out += csv_field(fields[i], delimiter);
    }
    return out;
}

std::vector<std::string> split_list(std::string_view cell, std::string_view separators) {
    std::vector<std::string> items;
    size_t start = 0;
    for (size_t i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || separators.find(cell[i]) != std::string_view::npos) {
            std::string item = trim(cell.substr(start, i - start));
            if (!item.empty()) items.push_back(std::move(item));
            start = i + 1;
        }
    }
    return items;
}

}  // namespace tab

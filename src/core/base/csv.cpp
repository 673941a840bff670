// A small RFC 4180 reader. Spreadsheets and form exports add a UTF-8 byte-order mark and CRLF
// line ends; both are accepted. Quoted fields may span lines, so each row records the line it
// started on. Cells are trimmed of surrounding spaces (form exports pad them) and normalised to
// NFC (so a name typed with a combining mark matches the same name typed precomposed).
#include "tab/base/csv.hpp"

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

bool all_empty(const std::vector<std::string>& cells) {
    for (const std::string& c : cells)
        if (!c.empty()) return false;
    return true;
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
    if (!is_valid_utf8(text)) diags.error(table.file, 0, 0, "the file is not valid UTF-8; save it as UTF-8");

    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    bool quoted = false;       // inside a quoted field
    bool was_quoted = false;   // the current field was quoted (then it is not trimmed)
    int line = 1, column = 1;
    row.line = 1;
    auto end_field = [&] {
        row.cells.push_back(to_nfc(was_quoted ? field : trim(field)));
        field.clear();
        was_quoted = false;
    };
    auto end_row = [&] {
        end_field();
        rows.push_back(std::move(row));
        row = CsvRow{};
        row.line = line + 1;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
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
                            "found text after a closing quote; expected a delimiter or the end of the line");
                was_quoted = false;
            }
            field += c;
        }
        ++column;
    }
    if (quoted) diags.error(table.file, row.line, 0, "a quoted field is never closed; expected a closing \"");
    if (!field.empty() || !row.cells.empty()) end_row();

    bool header_done = false;
    for (CsvRow& r : rows) {
        if (all_empty(r.cells)) continue;
        if (!header_done) {
            for (std::string& h : r.cells) table.header.push_back(to_lower(h));
            header_done = true;
        } else {
            table.rows.push_back(std::move(r));
        }
    }
    return table;
}

std::string csv_field(std::string_view value, char delimiter) {
    if (value.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string_view::npos &&
        (value.empty() || (value.front() != ' ' && value.back() != ' ')))
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

// CSV as spreadsheets and online forms write it: RFC 4180 quoting, a UTF-8 byte-order mark
// and CRLF line ends accepted. Rows keep the line they started on, for diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/base/diagnostics.hpp"

namespace tab {

struct CsvRow {
    int line = 0;                     // 1-based line of the row's first character
    std::vector<std::string> cells;   // trimmed of surrounding spaces, NFC-normalised
};

struct CsvTable {
    std::string file;                 // for diagnostics
    std::vector<std::string> header;  // lower-cased, trimmed
    std::vector<CsvRow> rows;         // blank rows dropped

    // Index of a column by name (any of the given names), or -1.
    int column(std::initializer_list<std::string_view> names) const;
    // The cell at row r, column c, or "" if the row is short or c < 0.
    const std::string& cell(const CsvRow& r, int c) const;
};

// Parses text; reports an unterminated quote, stray characters after a closing quote, a row
// whose cell count differs from the header's, a column named twice and NUL bytes. A leading
// apostrophe before a formula starter (see csv_field) is taken off.
CsvTable parse_csv(std::string_view text, std::string file, Diagnostics& diags, char delimiter = ',');

// One field, quoted only when needed (RFC 4180, and surrounding spaces or tabs, which the reader
// would otherwise trim); a text starting with = + - @ TAB or CR (after any apostrophes) gets one
// more leading apostrophe, so that spreadsheets show it as text. parse_csv reads it back exactly.
std::string csv_field(std::string_view value, char delimiter = ',');
// A whole line (no line end).
std::string csv_line(const std::vector<std::string>& fields, char delimiter = ',');

// Splits a list cell such as "a; b; c" on any of the separators, trimming each item.
std::vector<std::string> split_list(std::string_view cell, std::string_view separators = ";");

}  // namespace tab

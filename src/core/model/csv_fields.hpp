// Reading the cells of participant files: typed values with a diagnostic per bad cell that
// names the file, the row's line, the column number and name, what was found and what was
// expected.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/base/csv.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab::detail {

class CsvFields {
public:
    CsvFields(const CsvTable& table, Diagnostics& diags) : table_(table), diags_(diags) {}

    // Column index by any of the names; -1 if absent.
    int column(std::initializer_list<std::string_view> names) const { return table_.column(names); }
    // Like column(), but reports a missing required column (once, on the header line).
    int required(std::initializer_list<std::string_view> names);
    // Warns about header columns that are not among `known`.
    void warn_unknown_columns(const std::vector<std::string>& known);

    const std::string& text(const CsvRow& row, int col) const { return table_.cell(row, col); }
    std::optional<bool> boolean(const CsvRow& row, int col);
    std::optional<double> number(const CsvRow& row, int col);
    std::optional<Date> date(const CsvRow& row, int col);
    std::string gender(const CsvRow& row, int col);

    // The problem, after "column 'NAME': " when col is a column of the header.
    void error(const CsvRow& row, int col, const Message& problem);
    void warning(const CsvRow& row, int col, const Message& problem);
    const std::string& file() const { return table_.file; }

private:
    const CsvTable& table_;
    Diagnostics& diags_;
    Message in_column(int col, const Message& problem) const;
};

// Reads the file if it exists; diagnostics for a missing required file.
std::optional<CsvTable> read_csv_file(const FileSystem& fs, const std::string& path, bool required,
                                      Diagnostics& diags);

}  // namespace tab::detail

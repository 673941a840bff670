#include "csv_fields.hpp"

#include <charconv>
#include <cmath>

#include "tab/base/filesystem.hpp"
#include "tab/base/unicode.hpp"

namespace tab::detail {

Message CsvFields::in_column(int col, const Message& problem) const {
    if (col < 0 || static_cast<size_t>(col) >= table_.header.size()) return problem;
    return message("diag.csv.in_column", {{"column", table_.header[static_cast<size_t>(col)]}}, {{"problem", &problem}});
}

void CsvFields::error(const CsvRow& row, int col, const Message& problem) {
    diags_.error(table_.file, row.line, col + 1, in_column(col, problem));
}

void CsvFields::warning(const CsvRow& row, int col, const Message& problem) {
    diags_.warning(table_.file, row.line, col + 1, in_column(col, problem));
}

int CsvFields::required(std::initializer_list<std::string_view> names) {
    int c = table_.column(names);
    if (c < 0) {
        // Every name a column may have, as the header may spell it: "team" or "name", not words.
        std::string list;
        for (std::string_view n : names) list += (list.empty() ? "'" : "' / '") + std::string(n);
        diags_.error(table_.file, 1, 0, message("diag.csv.missing_column_header", {{"columns", list + "'"}}));
    }
    return c;
}

void CsvFields::warn_unknown_columns(const std::vector<std::string>& known) {
    for (size_t i = 0; i < table_.header.size(); ++i) {
        bool ok = table_.header[i].empty();
        for (const std::string& k : known) ok = ok || k == table_.header[i];
        if (!ok)
            diags_.warning(table_.file, 1, static_cast<int>(i) + 1,
                           message("diag.csv.unknown_column", {{"column", table_.header[i]}}));
    }
}

std::optional<bool> CsvFields::boolean(const CsvRow& row, int col) {
    const std::string v = to_lower(text(row, col));
    if (v.empty()) return std::nullopt;
    for (const char* t : {"true", "t", "yes", "y", "1", "да", "иә"})
        if (v == t) return true;
    for (const char* f : {"false", "f", "no", "n", "0", "нет", "жоқ"})
        if (v == f) return false;
    error(row, col, message("diag.csv.boolean", {{"found", text(row, col)}}));
    return std::nullopt;
}

std::optional<double> CsvFields::number(const CsvRow& row, int col) {
    const std::string& v = text(row, col);
    if (v.empty()) return std::nullopt;
    std::string s = v;
    for (char& c : s)
        if (c == ',') c = '.';  // decimal comma, as Russian-locale spreadsheets write it
    double d = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc() || p != s.data() + s.size()) {
        error(row, col, message("diag.expected_number", {{"found", v}}));
        return std::nullopt;
    }
    if (!std::isfinite(d)) {  // from_chars reads "nan" and "inf"
        error(row, col, message("diag.csv.finite_number", {{"found", v}}));
        return std::nullopt;
    }
    return d;
}

std::optional<Date> CsvFields::date(const CsvRow& row, int col) {
    const std::string& v = text(row, col);
    if (v.empty()) return std::nullopt;
    std::optional<Date> d = parse_date(v);
    if (!d) error(row, col, message("diag.csv.date", {{"found", v}}));
    return d;
}

std::string CsvFields::gender(const CsvRow& row, int col) {
    const std::string v = to_lower(text(row, col));
    if (v.empty()) return "";
    for (const char* f : {"female", "f", "woman", "ж", "жен", "женский", "әйел", "қыз"})
        if (v == f) return "female";
    for (const char* m : {"male", "m", "man", "м", "муж", "мужской", "ер", "ұл"})
        if (v == m) return "male";
    for (const char* o : {"other", "o", "non-binary", "nb", "другое", "басқа"})
        if (v == o) return "other";
    error(row, col, message("diag.csv.gender", {{"found", text(row, col)}}));
    return "";
}

std::optional<CsvTable> read_csv_file(const FileSystem& fs, const std::string& path, bool required,
                                      Diagnostics& diags) {
    std::optional<std::string> text = fs.read(path);
    if (!text) {
        if (fs.exists(path))  // a directory, a device such as /dev/zero, or unreadable
            diags.error(path, 0, 0, message("diag.load.unreadable_participants"));
        else if (required) diags.error(path, 0, 0, message("diag.load.no_participants"));
        return std::nullopt;
    }
    return parse_csv(*text, path, diags);
}

}  // namespace tab::detail

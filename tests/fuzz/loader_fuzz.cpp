// libFuzzer harness for the tournament loader: the TOML reader and the CSV reader behind every
// participant file (tests/fuzz/run.sh fuzzes it beside the DebateXML harness; every `make test`
// runs it over its seed corpus, loader_seeds.sh, through replay.cpp). An input
// is split at lines "---" into tournament.toml, teams.csv, adjudicators.csv, institutions.csv and
// venues.csv. Every input must give diagnostics or a tournament, never a crash, a leak or
// undefined behaviour; and every row the CSV reader returns must survive csv_line -> parse_csv
// unchanged (the round-trip rule of docs/formats.md "CSV files"), else the harness aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "tab/base/csv.hpp"
#include "tab/base/unicode.hpp"
#include "tab/model/loader.hpp"

namespace {

void check_round_trip(std::string_view text) {
    tab::Diagnostics diags;
    const tab::CsvTable table = tab::parse_csv(text, "fuzz.csv", diags);
    if (diags.has_errors()) return;
    for (const tab::CsvRow& row : table.rows) {
        tab::Diagnostics again_diags;
        const tab::CsvTable again = tab::parse_csv("h\n" + tab::csv_line(row.cells) + "\n", "again.csv", again_diags);
        bool blank = true;
        for (const std::string& c : row.cells) blank = blank && c.empty();
        if (blank) continue;
        if (again.rows.size() != 1 || again.rows[0].cells != row.cells) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    static const char* const files[] = {"tournament.toml", "teams.csv", "adjudicators.csv", "institutions.csv", "venues.csv"};
    tab::MemoryFileSystem fs;
    size_t start = 0;
    for (const char* file : files) {
        if (start > input.size()) break;
        size_t end = input.find("\n---\n", start);
        if (end == std::string_view::npos) end = input.size();
        fs.files[file] = std::string(input.substr(start, end - start));
        start = end + 5;
    }
    tab::Diagnostics diags;
    tab::load_tournament(fs, diags);
    for (const auto& [path, text] : fs.files)
        if (path != "tournament.toml" && tab::is_valid_utf8(text)) check_round_trip(text);
    return 0;
}

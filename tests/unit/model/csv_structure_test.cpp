// CSV structure and names: short and long rows, a repeated column, NUL bytes and non-finite
// numbers are errors at file:line:column; names that differ only by case or look-alike letters
// are an error, not one participant; every cell csv_field writes reads back exactly.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/base/csv.hpp"
#include "tab/model/loader.hpp"

using namespace tab;

namespace {

const char* csv_case_toml = "name = \"Cup\"\npreset = \"australs\"\n[[rounds]]\nid = \"R1\"\n";

Diagnostics load_files(std::map<std::string, std::string> files) {
    MemoryFileSystem fs;
    fs.files = std::move(files);
    fs.files.try_emplace("tournament.toml", csv_case_toml);
    Diagnostics diags;
    load_tournament(fs, diags);
    return diags;
}

bool has_error_at(const Diagnostics& diags, const std::string& file, int line, int column, const std::string& text) {
    return std::any_of(diags.all().begin(), diags.all().end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error && d.file == file && d.line == line && d.column == column &&
               d.message.find(text) != std::string::npos;
    });
}

std::string listed(const Diagnostics& diags) {
    std::string out;
    for (const Diagnostic& d : diags.all()) out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("csv structure: short and long rows, a repeated column and NUL bytes are errors") {
    Diagnostics diags;
    CsvTable t = parse_csv("name,team_conflicts,strength\nAda,Alpha,5\nBob,6\nCy,Beta,7,extra\n", "adjudicators.csv", diags);
    INFO(listed(diags));
    CHECK(has_error_at(diags, "adjudicators.csv", 3, 2, "found 2 cells; expected 3, one per column of the header"));
    CHECK(has_error_at(diags, "adjudicators.csv", 4, 4, "found 4 cells; expected 3"));
    CHECK(diags.error_count() == 2);

    Diagnostics repeated;
    parse_csv("name,strength,Name\nAda,5,Eve\n", "adjudicators.csv", repeated);
    CHECK(has_error_at(repeated, "adjudicators.csv", 1, 3, "found column 'name' again (first at column 1); expected each column once"));

    Diagnostics nul;
    parse_csv(std::string("name\nA\0da\nBob\n", 13), "adjudicators.csv", nul);
    CHECK(has_error_at(nul, "adjudicators.csv", 2, 2, "found a NUL byte"));
    CHECK(nul.error_count() == 1);
}

TEST_CASE("csv structure: a non-finite number is an error at its cell") {
    Diagnostics diags = load_files({{"teams.csv", "team,institution,speaker\n"},
                              {"adjudicators.csv", "name,strength\nAda,nan\nBob,inf\nCy,5\n"}});
    INFO(listed(diags));
    CHECK(has_error_at(diags, "adjudicators.csv", 2, 2, "found 'nan'; expected a finite number"));
    CHECK(has_error_at(diags, "adjudicators.csv", 3, 2, "found 'inf'; expected a finite number"));
}

TEST_CASE("names: teams, speakers, adjudicators and venues that differ only by case or look-alikes collide") {
    Diagnostics diags = load_files({
        {"teams.csv", "team,institution,speaker\nAlpha,,Ann\nAlpha,,Ben\nALPHA,,Cat\nBeta,,ann\nBeta,,Dan\n"},
        {"adjudicators.csv", "name\nАкмарал\nAkмарал\n"},  // the second with Latin A and k
        {"venues.csv", "name\nRoom 1\nroom  1\n"},
    });
    INFO(listed(diags));
    CHECK(has_error_at(diags, "teams.csv", 4, 1, "found team 'ALPHA', the same name as 'Alpha' (line 2) but for case"));
    CHECK(has_error_at(diags, "teams.csv", 5, 3, "found speaker 'ann', the same name as 'Ann' (line 2)"));
    CHECK(has_error_at(diags, "adjudicators.csv", 3, 1, "found adjudicator 'Akмарал', the same name as 'Акмарал' (line 2)"));
    CHECK(has_error_at(diags, "venues.csv", 3, 1, "found venue 'room  1', the same name as 'Room 1' (line 2)"));
}

TEST_CASE("csv round trip: odd cells are written so that they read back exactly") {
    const std::vector<std::string> cells = {"\tLeading tab", " padded ", "trailing\t", "=HYPERLINK(\"x\")", "+7 707 123",
                                            "@sum", "-", "-6", "'=already quoted", "''=two", "a,b", "say \"hi\"",
                                            "line\nbreak", "plain", "", "'apostrophe"};
    std::string text = csv_line({"a"}) + "\n";
    for (const std::string& c : cells) text += csv_line({c}) + "\n";
    Diagnostics diags;
    CsvTable t = parse_csv(text, "x.csv", diags);
    CHECK(diags.empty());
    // The empty cell makes a blank row, which the reader skips.
    std::vector<std::string> back;
    for (const CsvRow& r : t.rows) back.push_back(r.cells.at(0));
    std::vector<std::string> expected = cells;
    expected.erase(std::find(expected.begin(), expected.end(), ""));
    CHECK(back == expected);
    // Spreadsheets see text, not formulas; numbers stay numbers.
    CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_field("-6") == "-6");
    CHECK(csv_field("+7 707 123") == "'+7 707 123");
    CHECK(csv_field("\tx") == "\"'\tx\"");
}

#include <doctest/doctest.h>

#include "tab/render/render.hpp"

using namespace tab;

namespace {

Table risky_table() {
    Table table;
    table.name = "teams";
    table.columns = {{"team"}, {"phone"}, {"margin", true}, {"score", true}};
    table.rows = {
        {Cell::of("=SUM(A1:A3)"), Cell::of("+7 707 123 45 67"), Cell::of(-6), Cell::of(-1.5, 2)},
        {Cell::of("-x"), Cell::of("@x"), Cell::none(), Cell::none()},
        {Cell::of("a,b"), Cell::of("say \"hi\""), Cell::of(0), Cell::of(75.5, 1)},
        {Cell::of("line\nbreak"), Cell::of("\tTab"), Cell::of(3), Cell::of(1.0, 2)},
        {Cell::of("=1,2"), Cell::of("Әлем"), Cell::of(int64_t{-12}), Cell::of(-0.25, 2)},
    };
    return table;
}

}  // namespace

TEST_CASE("CSV quotes per RFC 4180 and neutralises formulas, but numbers stay numbers") {
    std::string expected =
        "team,phone,margin,score\n"
        "'=SUM(A1:A3),'+7 707 123 45 67,-6,-1.50\n"
        "'-x,'@x,,\n"
        "\"a,b\",\"say \"\"hi\"\"\",0,75.5\n"
        "\"line\nbreak\",'\tTab,3,1.00\n"
        "\"'=1,2\",Әлем,-12,-0.25\n";
    CHECK(render_table(risky_table(), OutputFormat::csv, Catalogue::builtin("en")) == expected);
}

TEST_CASE("CSV headings are the stable column keys in every language, and several tables are separated by a blank line") {
    Table first;
    first.columns = {{"team"}, {"side"}};
    first.rows = {{Cell::of("Қайнар"), Cell::of("АҮ")}};
    Table second;
    second.columns = {{"adjudicator"}};
    std::string out = render_tables({first, second}, OutputFormat::csv, Catalogue::builtin("kk"));
    CHECK(out == "team,side\nҚайнар,АҮ\n\nadjudicator\n");
    CHECK(render_tables({first, second}, OutputFormat::tsv, Catalogue::builtin("ru")) == "team\tside\nҚайнар\tАҮ\n\nadjudicator\n");
}

TEST_CASE("TSV separates by tabs, flattens tabs and line breaks, and neutralises formulas") {
    std::string expected =
        "team\tphone\tmargin\tscore\n"
        "'=SUM(A1:A3)\t'+7 707 123 45 67\t-6\t-1.50\n"
        "'-x\t'@x\t\t\n"
        "a,b\tsay \"hi\"\t0\t75.5\n"
        "line break\t' Tab\t3\t1.00\n"
        "'=1,2\tӘлем\t-12\t-0.25\n";
    CHECK(render_table(risky_table(), OutputFormat::tsv, Catalogue::builtin("en")) == expected);
}

TEST_CASE("short rows are padded with empty cells") {
    Table table;
    table.columns = {{"team"}, {"points"}, {"wins"}};
    table.rows = {{Cell::of("A")}};
    CHECK(render_table(table, OutputFormat::csv, Catalogue::builtin("en")) == "team,points,wins\nA,,\n");
}

#include <doctest/doctest.h>

#include "tab/render/render.hpp"

using namespace tab;

namespace {

Table speakers_table() {
    Table table;
    table.name = "speakers";
    table.columns = {{"rank", true}, {"speaker"}, {"team"}, {"speaks"}};
    table.rows = {
        {Cell::of(1), Cell::of("Әйгерім Ғалиева"), Cell::of("Қайнар"), Cell::of(152.5, 1)},
        {Cell::of(2), Cell::of("Anna Smith"), Cell::of("Oxford"), Cell::of(151.0, 1)},
        {Cell::of(3), Cell::of("Сергей Ёлкин"), Cell::of("Ұлытау Һ"), Cell::of(149.5, 1)},
        {Cell::of(4), Cell::of("Іңкәр Өтепова"), Cell::of("Үміт Ң"), Cell::of(148.0, 1)},
    };
    return table;
}

}  // namespace

TEST_CASE("display_width counts code points, not bytes") {
    CHECK(display_width("") == 0);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("ӘҒҚҢӨҰҮҺІ") == 9);
    CHECK(display_width("Ёлкин") == 5);
    CHECK(display_width("\xD0\x98\xCC\x86") == 1);  // И + combining breve
    CHECK(display_width("e\xCC\x81") == 1);
    CHECK(display_width("漢字") == 4);
}

TEST_CASE("text tables align Latin, Russian and Kazakh names by display width") {
    std::string expected =
        "Rank  Speaker          Team      Speaks\n"
        "----  ---------------  --------  ------\n"
        "   1  Әйгерім Ғалиева  Қайнар     152.5\n"
        "   2  Anna Smith       Oxford     151.0\n"
        "   3  Сергей Ёлкин     Ұлытау Һ   149.5\n"
        "   4  Іңкәр Өтепова    Үміт Ң     148.0\n";
    CHECK(render_table(speakers_table(), OutputFormat::text, Catalogue::builtin("en")) == expected);
}

TEST_CASE("text headings come from the catalogue and the title stands above") {
    Table table = speakers_table();
    table.title = "Спикерлер есебі";
    table.rows.resize(1);
    std::string expected =
        "Спикерлер есебі\n"
        "Орын  Спикер           Команда  Спикер ұпайлары\n"
        "----  ---------------  -------  ---------------\n"
        "   1  Әйгерім Ғалиева  Қайнар             152.5\n";
    CHECK(render_table(table, OutputFormat::text, Catalogue::builtin("kk")) == expected);
}

TEST_CASE("a name written with a combining mark aligns like its precomposed form") {
    Table table;
    table.columns = {{"name"}, {"points"}};
    table.rows = {
        {Cell::of("\xD0\x98\xCC\x86огурт"), Cell::of(3)},  // Й as И + breve
        {Cell::of("Йогурт"), Cell::of(12)},
    };
    std::string expected =
        "Name    Points\n"
        "------  ------\n"
        "\xD0\x98\xCC\x86огурт       3\n"
        "Йогурт      12\n";
    CHECK(render_table(table, OutputFormat::text, Catalogue::builtin("en")) == expected);
}

TEST_CASE("text cells lose control characters and lines lose trailing spaces") {
    Table table;
    table.columns = {{"team"}, {"flags"}};
    table.rows = {{Cell::of("A\nB\x1b[31m"), Cell::none()}, {Cell::of("Long team name"), Cell::of("x")}};
    std::string expected =
        "Team            Flags\n"
        "--------------  -----\n"
        "A B [31m\n"
        "Long team name  x\n";
    CHECK(render_table(table, OutputFormat::text, Catalogue::builtin("en")) == expected);

    Table c1;
    c1.columns = {{"team"}};
    c1.rows = {{Cell::of("X\xC2\x9B" "2J\xFFY")}};  // U+009B CSI, then an invalid byte
    CHECK(render_table(c1, OutputFormat::text, Catalogue::builtin("en")) == "Team\n------\nX 2J\xEF\xBF\xBDY\n");
}

TEST_CASE("colour makes headings bold without changing the alignment") {
    Table table;
    table.columns = {{"team"}, {"points", true}};
    table.rows = {{Cell::of("Alpha"), Cell::of(10)}};
    std::string plain = render_table(table, OutputFormat::text, Catalogue::builtin("en"));
    CHECK(plain.find('\x1b') == std::string::npos);
    RenderOptions options;
    options.color = true;
    std::string coloured = render_table(table, OutputFormat::text, Catalogue::builtin("en"), options);
    CHECK(coloured ==
          "\x1b[1mTeam\x1b[0m   \x1b[1mPoints\x1b[0m\n"
          "-----  ------\n"
          "Alpha      10\n");
}

TEST_CASE("several text tables are separated by a blank line") {
    Table first;
    first.columns = {{"team"}};
    first.rows = {{Cell::of("A")}};
    Table second;
    second.title = "Second";
    second.columns = {{"round", true}};
    second.rows = {{Cell::of(1)}};
    std::string out = render_tables({first, second}, OutputFormat::text, Catalogue::builtin("en"));
    CHECK(out == "Team\n----\nA\n\nSecond\nRound\n-----\n    1\n");
}

TEST_CASE("cells show numbers with their decimals and integers plain") {
    CHECK(Cell::of(7).display() == "7");
    CHECK(Cell::of(int64_t{-12}).display() == "-12");
    CHECK(Cell::of(75.5, 2).display() == "75.50");
    CHECK(Cell::of(1.0 / 3.0, 3).display() == "0.333");
    CHECK(Cell::of(2.0, 0).display() == "2");
    CHECK(Cell::of(-0.001, 2).display() == "0.00");
    CHECK(Cell::of(-1.5, 1).display() == "-1.5");
    CHECK(Cell::of(std::string("Әлем")).display() == "Әлем");
    CHECK(Cell::none().display().empty());
    CHECK(Cell::of(std::string("x")).kind == Cell::Kind::text);
    CHECK(Cell::of(3).kind == Cell::Kind::integer);
    CHECK(Cell::of(3.0, 1).kind == Cell::Kind::number);
}

TEST_CASE("parse_output_format knows the six formats") {
    CHECK(parse_output_format("text") == OutputFormat::text);
    CHECK(parse_output_format("csv") == OutputFormat::csv);
    CHECK(parse_output_format("tsv") == OutputFormat::tsv);
    CHECK(parse_output_format("json") == OutputFormat::json);
    CHECK(parse_output_format("md") == OutputFormat::markdown);
    CHECK(parse_output_format("html") == OutputFormat::html);
    CHECK_FALSE(parse_output_format("markdown").has_value());
    CHECK_FALSE(parse_output_format("").has_value());
    CHECK_FALSE(parse_output_format("CSV").has_value());
}

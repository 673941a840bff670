#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tab/render/render.hpp"

using namespace tab;

namespace {

Table standings() {
    Table table;
    table.name = "teams";
    table.title = "Team standings";
    table.columns = {{"rank", true}, {"team"}, {"points", true}, {"speaks", true}, {"flags"}};
    table.rows = {
        {Cell::of(1), Cell::of("Әлем | A"), Cell::of(6), Cell::of(150.5, 1), Cell::none()},
        {Cell::of(2), Cell::of("<script>alert('x')</script>"), Cell::of(3), Cell::of(148.0, 2), Cell::of("pull-up")},
    };
    return table;
}

}  // namespace

TEST_CASE("JSON keeps numbers as numbers, empty cells as null, and column order") {
    std::string out = render_table(standings(), OutputFormat::json, Catalogue::builtin("kk"));
    REQUIRE(out.size() > 1);
    CHECK(out.back() == '\n');
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(out);
    REQUIRE(document.contains("teams"));
    const nlohmann::ordered_json& first = document["teams"][0];
    CHECK(first["rank"].is_number_integer());
    CHECK(first["rank"] == 1);
    CHECK(first["team"] == "Әлем | A");
    CHECK(first["speaks"].is_number_float());
    CHECK(first["speaks"] == 150.5);
    CHECK(first["flags"].is_null());
    CHECK(document["teams"][1]["flags"] == "pull-up");
    std::vector<std::string> keys;
    for (const auto& item : first.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"rank", "team", "points", "speaks", "flags"});
}

TEST_CASE("JSON output is indented by two spaces") {
    Table table;
    table.name = "rooms";
    table.columns = {{"room"}, {"margin"}, {"score"}};
    table.rows = {{Cell::of("101"), Cell::of(-6), Cell::of(2.0 / 3.0, 2)}};
    std::string expected =
        "{\n"
        "  \"rooms\": [\n"
        "    {\n"
        "      \"room\": \"101\",\n"
        "      \"margin\": -6,\n"
        "      \"score\": 0.67\n"
        "    }\n"
        "  ]\n"
        "}\n";
    CHECK(render_table(table, OutputFormat::json, Catalogue::builtin("en")) == expected);
}

TEST_CASE("JSON of several tables puts each under its own name, in order") {
    Table empty;
    empty.name = "speakers";
    empty.columns = {{"speaker"}};
    std::string out = render_tables({standings(), empty}, OutputFormat::json, Catalogue::builtin("en"));
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(out);
    CHECK(document.size() == 2);
    CHECK(document.begin().key() == "teams");
    CHECK(document["speakers"].is_array());
    CHECK(document["speakers"].empty());
}

TEST_CASE("Markdown tables escape pipes and HTML and right-align numbers") {
    std::string expected =
        "## Team standings\n"
        "\n"
        "| Rank | Team | Points | Speaks | Flags |\n"
        "| ---: | --- | ---: | ---: | --- |\n"
        "| 1 | Әлем \\| A | 6 | 150.5 |  |\n"
        "| 2 | \\<script>alert('x')\\</script> | 3 | 148.00 | pull-up |\n";
    CHECK(render_table(standings(), OutputFormat::markdown, Catalogue::builtin("en")) == expected);
}

TEST_CASE("Markdown flattens line breaks and escapes backslashes") {
    Table table;
    table.columns = {{"motion"}};
    table.rows = {{Cell::of("This House\nwould C:\\")}};
    CHECK(render_table(table, OutputFormat::markdown, Catalogue::builtin("ru")) ==
          "| Тема |\n| --- |\n| This House would C:\\\\ |\n");
}

TEST_CASE("Markdown documents start with the page title as a level-one heading") {
    RenderOptions options;
    options.page_title = "Итоговый протокол: Кубок | Каспия";
    std::string out = render_table(standings(), OutputFormat::markdown, Catalogue::builtin("ru"), options);
    CHECK(out.rfind("# Итоговый протокол: Кубок \\| Каспия\n\n## Team standings\n", 0) == 0);
}

TEST_CASE("html_escape escapes the five special characters") {
    CHECK(html_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(html_escape("Әлем") == "Әлем");
}

TEST_CASE("HTML is a self-contained page with escaped text and numeric classes") {
    std::string out = render_table(standings(), OutputFormat::html, Catalogue::builtin("ru"));
    CHECK(out.rfind("<!DOCTYPE html>\n<html lang=\"ru\">", 0) == 0);
    CHECK(out.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(out.find("<meta name=\"viewport\"") != std::string::npos);
    CHECK(out.find("<title>Team standings</title>") != std::string::npos);
    CHECK(out.find("@media print") != std::string::npos);
    CHECK(out.find("<script>") == std::string::npos);
    CHECK(out.find("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>") != std::string::npos);
    CHECK(out.find("<thead><tr><th class=\"num\">Место</th><th>Команда</th>") != std::string::npos);
    CHECK(out.find("<td class=\"num\">150.5</td>") != std::string::npos);
    CHECK(out.find("<h2>Team standings</h2>") != std::string::npos);
    CHECK(out.find("<link") == std::string::npos);
    CHECK(out.substr(out.size() - 8) == "</html>\n");
}

TEST_CASE("HTML page title: the option, else the first table title, h1 only when given") {
    Table untitled;
    untitled.columns = {{"team"}};
    std::string plain = render_table(untitled, OutputFormat::html, Catalogue::builtin("kk"));
    CHECK(plain.find("<html lang=\"kk\">") != std::string::npos);
    CHECK(plain.find("<title>tab</title>") != std::string::npos);
    CHECK(plain.find("<h1>") == std::string::npos);
    RenderOptions options;
    options.page_title = "Caspian Cup & <Aktau>";
    std::string titled = render_tables({untitled, standings()}, OutputFormat::html, Catalogue::builtin("en"), options);
    CHECK(titled.find("<title>Caspian Cup &amp; &lt;Aktau&gt;</title>") != std::string::npos);
    CHECK(titled.find("<h1>Caspian Cup &amp; &lt;Aktau&gt;</h1>") != std::string::npos);
    CHECK(titled.find("<section>") < titled.rfind("<section>"));  // two tables, one page
    CHECK(titled.find("<!DOCTYPE") == titled.rfind("<!DOCTYPE"));
}

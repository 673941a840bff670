// A tournament.toml that is not valid TOML: toml++'s English description is said as a message of
// the catalogue, in the reader's language, for the mistakes people make typing the file.
#include <doctest/doctest.h>

#include "../said_in.hpp"
#include "tab/model/loader.hpp"
#include "tab/model/toml_syntax.hpp"

using namespace tab;

namespace {

// The diagnostic of loading a tournament.toml with this text (and a teams.csv).
Diagnostic syntax_error_of(const std::string& toml) {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] = toml;
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    load_tournament(fs, diags);
    REQUIRE(diags.error_count() == 1);
    return diags.all().front();
}

// The key of the problem nested in diag.toml.syntax.
std::string problem_key(const Diagnostic& d) {
    REQUIRE(d.key == "diag.toml.syntax");
    for (const auto& [name, value] : d.args)
        if (name == "problem") return value;
    return "";
}

}  // namespace

TEST_CASE("toml++'s descriptions of common mistakes are said in the reader's language") {
    struct Case {
        const char* toml;
        const char* key;
    };
    // Each as toml++ words it today: a toml++ that changes its wording fails here, not in front of a user.
    const Case cases[] = {
        {"name \"Cup\"\n", "diag.toml_syntax.expected"},
        {"name = \"Cup\n", "diag.toml_syntax.unclosed_string"},
        {"seed = 1 2\n", "diag.toml_syntax.expected"},
        {"[draw\n", "diag.toml_syntax.expected_before_line_end"},
        {"x = [1, 2\n", "diag.toml_syntax.eof"},
        {"start_date = 2025-13-01\n", "diag.toml_syntax.out_of_range"},
        {"x = {a = 1,}\n", "diag.toml_syntax.extra_comma"},
        {"x = [1,,2]\n", "diag.toml_syntax.extra_comma"},
        {"x = tru\n", "diag.toml_syntax.expected"},
        {"x.y = 1\nx.y = 2\n", "diag.toml_syntax.redefined"},
        {"[draw]\n[draw]\n", "diag.toml_syntax.redefined"},
        {"name = Cup\n", "diag.toml_syntax.not_a_value"},
        {"seed = 07\n", "diag.toml_syntax.leading_zero"},
        {"name = \"a\\q\"\n", "diag.toml_syntax.escape"},
        {"x = {a = 1}\nx.b = 2\n", "diag.toml_syntax.redefined_dotted"},
        {"= 3\n", "diag.toml_syntax.expected"},
        {"seed = 1__0\n", "diag.toml_syntax.underscore"},
        {"seed = 99999999999999999999\n", "diag.toml_syntax.too_big"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.toml);
        const Diagnostic d = syntax_error_of(c.toml);
        CHECK(problem_key(d) == c.key);
        Diagnostics one;
        one.add(d);
        CHECK(english_left(one, "ru", {"tournament", "toml", "TOML", "T", "x", "y", "a", "b", "draw", "Cup", "q", "tru", "true", "name", "seed"}) == "");
        CHECK(english_left(one, "kk", {"tournament", "toml", "TOML", "T", "x", "y", "a", "b", "draw", "Cup", "q", "tru", "true", "name", "seed"}) == "");
    }
}

TEST_CASE("a toml++ description we do not know is passed on in toml++'s words") {
    const Message m = toml_syntax_problem("Error while parsing key: something new happened");
    CHECK(m.key == "diag.toml_syntax.untranslated");
    CHECK(m.text == "something new happened");
}

TEST_CASE("the English of a syntax error says what was found and what was expected") {
    CHECK(format_diagnostic(syntax_error_of("name \"Cup\"\n")) ==
          "tournament.toml:1:6: error: not valid TOML: expected '=', found '\"'");
    CHECK(format_diagnostic(syntax_error_of("start_date = 2025-02-30\n")) ==
          "tournament.toml:1:24: error: not valid TOML: the day must be between 1 and 28, found 30");
    CHECK(Catalogue::builtin("ru").describe(syntax_error_of("seed = 1 2\n")) ==
          "tournament.toml:1:10: ошибка: ошибка в синтаксисе TOML: найдено '2'; ожидалось: конец строки или комментарий (#)");
}

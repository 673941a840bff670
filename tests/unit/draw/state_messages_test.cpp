// The --state reader's problems are catalogue messages: said in Kazakh and Russian, only the JSON
// pointers, keys and values stay as they were written.
#include <doctest/doctest.h>

#include "../said_in.hpp"
#include "tab/draw/draw_json.hpp"

TEST_CASE("draw --state: problems are said in Kazakh and Russian") {
    tab::Diagnostics diags;
    const std::string state = R"({"preset": "nope", "method": "swiss", "colour": 1, "teams": [{"id": 5}, 3]})";
    CHECK_FALSE(tab::read_draw_state(state, "s.json", diags));
    REQUIRE(diags.error_count() >= 4);
    const std::vector<std::string> codes = {"s", "json", "preset", "nope", "method", "swiss", "colour", "teams", "id",
                                            "power", "tabbycat", "random", "seeded", "round", "robin", "round_number",
                                            "options", "seed"};
    CHECK(english_left(diags, "ru", codes) == "");
    CHECK(english_left(diags, "kk", codes) == "");
}

TEST_CASE("draw --state: text that is not JSON is said in the reader's language") {
    // Each as nlohmann::json words it today: a library that changes its wording fails here.
    const std::pair<const char*, const char*> cases[] = {
        {"", "diag.json_syntax.unexpected_expected"},
        {R"({"preset": tru})", "diag.json_syntax.not_a_value"},
        {R"({"preset": "bp",})", "diag.json_syntax.unexpected_expected"},
        {R"({"preset": "bp")", "diag.json_syntax.unexpected_expected"},
        {"{\"preset\": \"bp\n\"}", "diag.json_syntax.control_character"},
        {R"({"seed": -x})", "diag.json_syntax.bad_number"},
        {R"({"preset": "\q"})", "diag.json_syntax.escape"},
        {R"({"preset": "bp)", "diag.json_syntax.unclosed_string"},
    };
    for (const auto& [state, key] : cases) {
        CAPTURE(state);
        tab::Diagnostics diags;
        CHECK_FALSE(tab::read_draw_state(state, "s.json", diags));
        REQUIRE(diags.error_count() == 1);
        const tab::Diagnostic& d = diags.all().front();
        CHECK(d.key == "diag.state.syntax");
        CHECK(d.args.front() == std::pair<std::string, std::string>{"problem", key});
        CHECK(english_left(diags, "ru", {"s", "json", "JSON", "preset", "bp", "tru", "x", "q"}) == "");
        CHECK(english_left(diags, "kk", {"s", "json", "JSON", "preset", "bp", "tru", "x", "q"}) == "");
    }
}

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

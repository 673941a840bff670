// The setting specs: defaults read without fallbacks, enumerated values as enums, the choices
// of every enumerated key taken from its codes, and docs/formats.md in step with the specs.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "tab/model/setting_codes.hpp"
#include "tab/model/settings.hpp"

using namespace tab;

TEST_CASE("settings: an absent key reads as its spec's default, a set one as its value") {
    Settings draw("draw");
    CHECK(draw.get_int("weight_rematch") == 1'000'000'000);
    CHECK(draw.get<PairingMethod>("pairing_method") == PairingMethod::slide);
    CHECK(draw.get_bool("avoid_history"));
    CHECK_FALSE(draw.has("pairing_method"));
    draw.set("pairing_method", std::string("fold_top_adjacent_rest"));
    CHECK(draw.get<PairingMethod>("pairing_method") == PairingMethod::fold_top_adjacent_rest);
    // The same key in another section has that section's default.
    CHECK(Settings("allocation").get_int("history_penalty") == 100000);
    CHECK(Settings("standings").get_list("speaker_extras") == std::vector<std::string>{"average", "stdev", "count"});
}

TEST_CASE("settings: codes parse and print both ways, and unknown codes do not parse") {
    CHECK(parse_code<EliminationSides>("side-lock") == EliminationSides::side_lock);
    CHECK(code_text(DrawMethod::round_robin) == "round-robin");
    CHECK(code_text(BreakRule::aida_2019_australs_open) == "aida-2019-australs-open");
    CHECK_FALSE(parse_code<DrawMethod>("swiss").has_value());
    CHECK_FALSE(parse_code<WinRule>("").has_value());
}

TEST_CASE("settings: every spec has a default or a note, and its choices are codes") {
    for (const SettingSpec& s : setting_specs()) {
        INFO(s.section << "." << s.key);
        CHECK_FALSE(default_text(s).empty());
        CHECK(s.help.find("(default") == std::string::npos);  // the default comes from the spec
        if (s.default_value) CHECK_FALSE(setting_problem(s, *s.default_value).has_value());
    }
}

TEST_CASE("settings: a value of the wrong type or outside the choices is a problem") {
    const SettingSpec& odd = *find_setting_spec("draw", "odd_bracket");
    CHECK(setting_problem(odd, std::string("pullup_top")) == std::nullopt);
    CHECK(setting_problem(odd, std::string("sideways"))->text ==
          "found 'sideways'; expected one of: pullup_top, pullup_bottom, pullup_middle, pullup_random, intermediate, "
          "intermediate_bubble_up_down, intermediate1, intermediate2");
    CHECK(setting_problem(*find_setting_spec("draw", "weight_hard"), std::string("big"))->text == "expected an integer");
    CHECK(setting_problem(*find_setting_spec("draw", "renyi_order"), int64_t{2}) == std::nullopt);
}

TEST_CASE("settings: docs/formats.md lists every key as the specs say") {
    std::ifstream in(std::string(TAB_SOURCE_DIR) + "/docs/formats.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const std::string begin = "<!-- settings:begin -->\n", end = "<!-- settings:end -->";
    size_t from = doc.find(begin), to = doc.find(end);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    from += begin.size();
    const std::string expected = settings_reference_markdown();
    INFO("replace the table in docs/formats.md with:\n" << expected);
    CHECK(doc.substr(from, to - from) == expected);
}

// Bad values in tournament.toml: each class the hardening pass found (non-finite numbers, a step of
// 0 or below, min not below max, sizes below 0 or beyond an int, weights that would overflow the
// draw's costs, shares above 1, unknown enumerations) is one error at its line and column.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"

using namespace tab;

namespace {

struct Expected {
    int line, column;
    std::string text;
};

}  // namespace

TEST_CASE("bad values: every bad value of the fixture is an error at its position") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] = DiskFileSystem(TAB_DATA_DIR).read("hardening/bad_values.toml").value_or("");
    REQUIRE_FALSE(fs.files["tournament.toml"].empty());
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    load_tournament(fs, diags);
    std::string all;
    for (const Diagnostic& d : diags.all()) all += format_diagnostic(d) + "\n";
    INFO(all);
    const std::vector<Expected> expected = {
        {8, 26, "'min' in [format] speaker_scores is -inf; expected a number from -1000000 to 1000000"},
        {8, 38, "'max' in [format] speaker_scores is 1e+300; expected a number from -1000000 to 1000000"},
        {8, 52, "'step' in [format] speaker_scores is 0; expected a step above 0"},
        {9, 16, "'reply_scores' has min not below max; expected min < max"},
        {9, 45, "'step' in [format] reply_scores is -0.5; expected a number from 0 to 1000000"},
        {10, 14, "'max_margin' in [format] is nan; expected a number from 0 to 1000000"},
        {14, 10, "'weight' in [[rounds]] #1 is nan; expected a number from 0 to 1000"},
        {15, 14, "'panel_size' in [[rounds]] #1: found -3; expected a whole number from 0 to 1000"},
        {19, 8, "draw is 'magic'; expected one of:"},
        {23, 8, "'size' in [[break_categories]] #1 is 2147483648; expected a whole number from 0 to 100000"},
        {24, 11, "'reserve' in [[break_categories]] #1 is -1; expected a whole number from 0 to 100000"},
        {27, 15, "'weight_hard' in [draw]: found 4611686018427387904; expected a whole number from 0 to 1000000000000"},
        {28, 18, "'weight_rematch' in [draw]: found -5; expected a whole number from 0 to 1000000000000"},
        {29, 15, "'renyi_order' in [draw]: found inf; expected a finite number"},
        {32, 19, "'feedback_weight' in [allocation]: found 2; expected a number from 0 to 1"},
        {33, 14, "'panel_size' in [allocation]: found -1; expected a whole number from 0 to 1000"},
        {36, 16, "'top_speakers' in [awards]: found -2; expected a whole number from 0 to 1000000"},
    };
    for (const Expected& e : expected) {
        CAPTURE(e.text);
        const bool found = std::any_of(diags.all().begin(), diags.all().end(), [&](const Diagnostic& d) {
            return d.severity == Severity::error && d.file == "tournament.toml" && d.line == e.line &&
                   d.column == e.column && d.message.find(e.text) != std::string::npos;
        });
        CHECK(found);
    }
}

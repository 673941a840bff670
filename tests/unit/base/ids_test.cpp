// The id rule: what may name a round's or a category's directory.
#include <doctest/doctest.h>

#include "tab/base/ids.hpp"

TEST_CASE("ids: letters of any script, digits and - _ . + and inner spaces are ids") {
    for (const char* id : {"R1", "QF", "open", "ESL QF", "r-2_b.1+", "Р1", "Жартылай финал", "9"}) {
        CAPTURE(id);
        CHECK_FALSE(tab::invalid_id(id));
    }
}

TEST_CASE("ids: separators, dots in front, control characters and empty ids are refused") {
    for (const char* id : {"", "..", ".", ".hidden", "../../x/rounds/R1", "a/b", "a\\b", "/etc", "R1 ", " R1",
                           "a\tb", "a\nb", "C:x", "a*b", "-R1"}) {
        CAPTURE(id);
        CHECK(tab::invalid_id(id));
    }
    CHECK(tab::invalid_id(std::string("a\0b", 3)));
    CHECK(tab::invalid_id(std::string(65, 'a')));
    CHECK_FALSE(tab::invalid_id(std::string(64, 'a')));
    CHECK(tab::invalid_id("\xff\xfe"));
    CHECK(tab::invalid_id("a/b")->text ==
          "found 'a/b' with '/'; expected letters, digits, '-', '_', '.', '+' or inner spaces, beginning with a letter or a digit");
}

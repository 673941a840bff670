// base lies below the catalogue, so its messages carry the English text written in base itself:
// it must be the English catalogue's entry said with the same arguments, and the entry must be said
// in Kazakh and Russian without English words.
#include <doctest/doctest.h>

#include "../said_in.hpp"
#include "tab/base/csv.hpp"
#include "tab/base/ids.hpp"

using namespace tab;

TEST_CASE("base: CSV and id messages are the catalogue's English, and are said in Kazakh and Russian") {
    Diagnostics diags;
    parse_csv(std::string("a,a\n1\n\"x\"y,2\n\xff,3\n", 18), "f.csv", diags);
    parse_csv(std::string("a\n\0\n\"open\n", 10), "g.csv", diags);
    for (const char* id : {"", "/x", "x ", "a/b", "a\tb", "\xff"})
        if (std::optional<Message> problem = invalid_id(id)) diags.error("tournament.toml", 1, 1, *problem);
    diags.error("tournament.toml", 1, 1, *invalid_id(std::string(65, 'a')));
    REQUIRE(diags.all().size() >= 12);
    for (const Diagnostic& d : diags.all()) CHECK(d.message == english().say(d.key, d.args));
    const std::vector<std::string> codes = {"f", "g", "csv", "tournament", "toml", "a", "x", "b", "UTF", "NUL", "id"};
    CHECK(english_left(diags, "ru", codes) == "");
    CHECK(english_left(diags, "kk", codes) == "");
}

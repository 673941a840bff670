// The name key: case, look-alike letters and spacing do not make two names different.
#include <doctest/doctest.h>

#include "tab/base/names.hpp"

TEST_CASE("names: case, Cyrillic look-alikes of Latin letters and spacing fold to one key") {
    using tab::name_key;
    CHECK(name_key("Alpha Team") == name_key("alpha team"));
    CHECK(name_key("ALPHA  TEAM ") == name_key("alpha team"));
    CHECK(name_key("Aктау") == name_key("Актау"));        // Latin A typed for Cyrillic А
    CHECK(name_key("HOT") == name_key("НОТ"));            // Cyrillic capitals that look Latin
    CHECK(name_key("нот") == name_key("НОТ"));            // and still case-insensitive
    CHECK(name_key("Ёлка") == name_key("елка"));
    CHECK(name_key("Нұрсұлтан") != name_key("Нурсултан"));  // Kazakh letters are letters, not look-alikes
    CHECK(name_key("Team A") != name_key("Team B"));
    CHECK(name_key("\tAlpha") == name_key("alpha"));
}

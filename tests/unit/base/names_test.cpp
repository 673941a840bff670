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
    CHECK(name_key("Артем") == name_key("Артём"));
    CHECK(name_key("Team A") != name_key("Team B"));
    CHECK(name_key("\tAlpha") == name_key("alpha"));
    CHECK(name_key("Alpha\u202fTeam") == name_key("alpha team"));  // a narrow no-break space
}

TEST_CASE("names: Kazakh letters match the Latin and Russian letters typed for them") {
    using tab::name_key;
    CHECK(name_key("Ілияс") == name_key("Iлияс"));         // Latin I for Kazakh І
    CHECK(name_key("ілияс") == name_key("iлияс"));
    CHECK(name_key("Әлихан") == name_key("Алихан"));
    CHECK(name_key("Әлихан") == name_key("Əлихан"));       // Latin schwa
    CHECK(name_key("Өмір") == name_key("Омір"));
    CHECK(name_key("Өмір") == name_key("Ɵмір"));
    CHECK(name_key("Үміт") == name_key("Уміт"));
    CHECK(name_key("Нұрсұлтан") == name_key("Нурсултан"));  // a Russian keyboard's spelling
    CHECK(name_key("Қайрат") == name_key("Кайрат"));
    CHECK(name_key("Ғалым") == name_key("Галым"));
    CHECK(name_key("Аңсар") == name_key("Ансар"));
    CHECK(name_key("Һ") != name_key("Х"));                  // Һ looks like h, not like Х
    CHECK(name_key("Һ") == name_key("H"));
    CHECK(name_key("Ғалым") != name_key("Талым"));
}

TEST_CASE("names: curly quotes and guillemets are the straight ones") {
    using tab::name_key;
    CHECK(name_key("«Ақжол»") == name_key("\"Ақжол\""));
    CHECK(name_key("“Alpha”") == name_key("\"Alpha\""));
    CHECK(name_key("O’Brien") == name_key("O'Brien"));
}

TEST_CASE("names: the closest names by edit distance over the key") {
    using tab::closest_names;
    using tab::name_distance;
    CHECK(name_distance("Алатау", "Алатау") == 0);
    CHECK(name_distance("Алатау", "Алатоу") == 1);
    CHECK(name_distance("Qайрат", "Кайрат") == 1);
    CHECK(name_distance("", "abc") == 3);
    CHECK(closest_names("Alatu", {"Alatau", "Bars", "Alaman"}) == std::vector<std::string>{"Alatau"});
    CHECK(closest_names("Ab", {"Aa", "Ac", "Xyz"}) == std::vector<std::string>{"Aa", "Ac"});
    CHECK(closest_names("x", {}).empty());
}

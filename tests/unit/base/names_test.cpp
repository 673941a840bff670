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

TEST_CASE("names: letters a reader cannot tell apart share the key, Kazakh letters stay letters") {
    using tab::name_key;
    CHECK(name_key("Ілияс") == name_key("Iлияс"));         // Latin I for Kazakh І
    CHECK(name_key("ілияс") == name_key("iлияс"));
    CHECK(name_key("Әлихан") == name_key("Əлихан"));       // Latin schwa
    CHECK(name_key("Өмір") == name_key("Ɵмір"));           // Latin barred o
    CHECK(name_key("Һ") == name_key("H"));
    CHECK(name_key("Һ") != name_key("Х"));                  // Һ looks like h, not like Х
    CHECK(name_key("Нұрсұлтан") != name_key("Нурсултан"));  // two spellings are two names
    CHECK(name_key("Беков Әлихан") != name_key("Беков Алихан"));
}

TEST_CASE("names: the typed key also reads a Russian keyboard's letters for Kazakh ones") {
    using tab::typed_name_key;
    CHECK(typed_name_key("Әлихан") == typed_name_key("Алихан"));
    CHECK(typed_name_key("Өмір") == typed_name_key("Омір"));
    CHECK(typed_name_key("Үміт") == typed_name_key("Уміт"));
    CHECK(typed_name_key("Нұрсұлтан") == typed_name_key("Нурсултан"));
    CHECK(typed_name_key("Қайрат") == typed_name_key("Кайрат"));
    CHECK(typed_name_key("Ғалым") == typed_name_key("Галым"));
    CHECK(typed_name_key("Аңсар") == typed_name_key("Ансар"));
    CHECK(typed_name_key("Ғалым") != typed_name_key("Талым"));
}

TEST_CASE("names: a typed name matches by key, or by typed key when only one candidate has it") {
    using tab::match_typed_name;
    const std::vector<std::string> room = {"Нұрсұлтан", "Ақжол", "Артём"};
    CHECK(match_typed_name("НҰРСҰЛТАН", room) == 0);
    CHECK(match_typed_name("Нурсултан", room) == 0);
    CHECK(match_typed_name("Акжол", room) == 1);
    CHECK(match_typed_name("Артем", room) == 2);
    CHECK(match_typed_name("Бота", room) == -1);
    // Two registered spellings: the exact one is found, the keyboard's spelling is no guess.
    const std::vector<std::string> twins = {"Беков Әлихан", "Беков Алихан"};
    CHECK(match_typed_name("Беков Әлихан", twins) == 0);
    CHECK(match_typed_name("беков алихан", twins) == 1);
    CHECK(match_typed_name("Нүрсултан", {"Нұрсұлтан", "Нурсултан"}) == -1);  // ү for ұ: either could be meant
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

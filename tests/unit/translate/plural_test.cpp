#include <doctest/doctest.h>

#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("plural_index follows CLDR for whole numbers") {
    const long long numbers[] = {0, 1, 2, 5, 11, 21, 22, 25, 101, 111};
    const int russian[] = {2, 0, 1, 2, 2, 0, 1, 2, 0, 2};  // one = 0, few = 1, many = 2
    const int english[] = {1, 0, 1, 1, 1, 1, 1, 1, 1, 1};  // one = 0, other = 1
    for (int i = 0; i < 10; ++i) {
        CAPTURE(numbers[i]);
        CHECK(plural_index("ru", numbers[i]) == russian[i]);
        CHECK(plural_index("en", numbers[i]) == english[i]);
        CHECK(plural_index("kk", numbers[i]) == english[i]);
    }
    CHECK(plural_index("ru", 12) == 2);
    CHECK(plural_index("ru", 14) == 2);
    CHECK(plural_index("ru", 24) == 1);
    CHECK(plural_index("ru", 112) == 2);
    CHECK(plural_form_count("ru") == 3);
    CHECK(plural_form_count("kk") == 2);
}

TEST_CASE("count picks the form of each language") {
    const Catalogue en = Catalogue::builtin("en"), kk = Catalogue::builtin("kk"), ru = Catalogue::builtin("ru");
    CHECK(en.count("count.team", 0) == "0 teams");
    CHECK(en.count("count.team", 1) == "1 team");
    CHECK(en.count("count.team", 21) == "21 teams");
    CHECK(kk.count("count.team", 1) == "1 команда");
    CHECK(kk.count("count.team", 5) == "5 команда");
    const std::pair<long long, const char*> russian[] = {{0, "0 команд"},    {1, "1 команда"},    {2, "2 команды"},
                                                          {5, "5 команд"},    {11, "11 команд"},   {21, "21 команда"},
                                                          {22, "22 команды"}, {25, "25 команд"},   {101, "101 команда"},
                                                          {111, "111 команд"}};
    for (const auto& [n, text] : russian) CHECK(ru.count("count.team", n) == text);
    CHECK(ru.count("count.sheet", 3) == "3 бюллетеня");
}

TEST_CASE("count falls back to the last form an override gives") {
    Catalogue ru = Catalogue::builtin("ru");
    ru.override_entry("count.team", "{n} фракция|{n} фракции");
    CHECK(ru.count("count.team", 2) == "2 фракции");
    CHECK(ru.count("count.team", 5) == "5 фракции");
    CHECK(ru.count("count.team", 1) == "1 фракция");
}

TEST_CASE("every count entry holds the forms of its language, each with {n}") {
    for (const std::string& lang : supported_languages()) {
        for (const auto& [key, text] : builtin_entries(lang)) {
            CAPTURE(lang);
            CAPTURE(key);
            const bool counted = key.rfind("count.", 0) == 0;
            // A '|' inside braces belongs to a "{n|count.x}" placeholder, not to the entry's forms.
            std::size_t forms = 1, at = 0, depth = 0;
            for (char ch : text) {
                if (ch == '{') ++depth;
                else if (ch == '}' && depth > 0) --depth;
                else if (ch == '|' && depth == 0) ++forms;
            }
            CHECK(forms == (counted ? static_cast<std::size_t>(plural_form_count(lang)) : 1));
            if (!counted) continue;
            for (std::size_t form = 0; form < forms; ++form) {
                std::size_t end = text.find('|', at);
                CHECK(text.substr(at, end - at).find("{n}") != std::string::npos);
                at = end + 1;
            }
        }
    }
}

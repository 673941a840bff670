#include <doctest/doctest.h>

#include "tab/season/people.hpp"

using namespace tab;

TEST_CASE("normalised names ignore case, ё, and extra spaces") {
    CHECK(normalise_name("  Пётр   ИВАНОВ ") == "петр иванов");
    CHECK(normalise_name("Әлихан") == "әлихан");
    CHECK(normalise_name("Әлихан") != normalise_name("Алихан"));
}

TEST_CASE("loose names fold Kazakh letters, Latin look-alikes and word order") {
    CHECK(loose_name("Нұрсұлтан Әлиев") == loose_name("Нурсултан Алиев"));
    CHECK(loose_name("Әлиев Нұрсұлтан") == loose_name("Нурсултан Алиев"));
    CHECK(loose_name("Іңкәр") == loose_name("Инкар"));
    CHECK(loose_name("Aйгерiм") == loose_name("Айгерім"));  // Latin A and i typed in
    CHECK(loose_name("Айгерім") != loose_name("Айгүл"));
}

TEST_CASE("people are matched by id, else by normalised name and institution, spellings are reported") {
    Tournament a, b;
    a.institutions.push_back({"Г1", "Гимназия 1", ""});
    b.institutions.push_back({"G-1", "гимназия  1", ""});
    a.teams.push_back({"A", 0, {0, 1, 2}, {}, 0, false});
    b.teams.push_back({"B", 0, {0, 1, 2}, {}, 0, false});
    a.speakers = {{"Алихан Серік", "", 0, {}, {}}, {"Пётр Ким", "P1", 0, {}, {}}, {"Дана Ли", "", 0, {}, {}}};
    b.speakers = {{"Әлихан Серік", "", 0, {}, {}}, {"Петр Ким", "", 0, {}, {}}, {"Дана Ли", "D9", 0, {}, {}}};
    std::vector<Person> people = match_people({&a, &b});
    // Пётр/Петр Ким (ё, institution in other case and spacing) and Дана Ли (the id arrives later)
    // are one person each; Алихан/Әлихан stay two, reported as a likely duplicate.
    REQUIRE(people.size() == 4);
    CHECK(people[1].appearances.size() == 2);
    CHECK(people[1].id == "P1");
    CHECK(people[2].appearances.size() == 2);
    CHECK(people[2].id == "D9");
    std::vector<LikelyDuplicate> d = likely_duplicates(people);
    REQUIRE(d.size() == 1);
    CHECK(people[static_cast<size_t>(d[0].first)].name == "Алихан Серік");
    CHECK(people[static_cast<size_t>(d[0].second)].name == "Әлихан Серік");
}

// Participant statistics against a hand-computed fixture: two tournaments, people who come back
// (by id, and by name and institution written differently), every age band's edge.
#include <doctest/doctest.h>

#include "tab/season/stats.hpp"

using namespace tab;

namespace {

Date day(int y, int m, int d) { return Date{y, m, d}; }

struct StatsBuilder {
    Tournament t;
    explicit StatsBuilder(Date start) {
        t.start_date = start;
        t.institutions.push_back({"Гим-1", "№1 гимназия", "Ақтау"});
        t.teams.push_back({"Тұлпар", 0, {}, {}, 0, false});
    }
    void speaker(const std::string& name, const std::string& id, const std::string& gender, std::optional<Date> born) {
        Speaker s;
        s.name = name;
        s.id = id;
        s.team = 0;
        s.personal.gender = gender;
        s.personal.birth_date = born;
        t.teams[0].speakers.push_back(static_cast<int>(t.speakers.size()));
        t.speakers.push_back(s);
    }
    void adjudicator(const std::string& name, const std::string& id, const std::string& gender, std::optional<Date> born) {
        Adjudicator a;
        a.name = name;
        a.id = id;
        a.institution = 0;
        a.personal.gender = gender;
        a.personal.birth_date = born;
        t.adjudicators.push_back(a);
    }
};

const StatsRow* row(const std::vector<StatsRow>& rows, const std::string& label) {
    for (const StatsRow& r : rows)
        if (r.label == label) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("age bands and genders of unique participants match the hand count") {
    StatsBuilder a(day(2025, 10, 18));
    a.speaker("Айгерім Сейтқали", "S1", "female", day(2010, 10, 18));   // 15 on the day: 13–16
    a.speaker("Дмитрий Петренко", "S2", "male", day(2008, 10, 19));     // 16 (17 the next day): 13–16
    a.speaker("Нұрсұлтан Ахметов", "S3", "male", day(2008, 10, 18));    // 17 on the day: 17–22
    a.speaker("Мария Ким", "", "female", std::nullopt);                  // unknown age
    a.adjudicator("Сұлтан Болатұлы", "J1", "male", day(1990, 3, 1));    // 35: 33–45
    a.adjudicator("Жібек Сейітқазы", "J2", "female", day(1966, 1, 1));  // 59: 59+
    StatsBuilder b(day(2026, 3, 1));
    b.speaker("Айгерім Сейтқали", "S1", "female", day(2010, 10, 18));   // the same person, by id
    b.speaker("Дмитрий  ПЕТРЕНКО", "", "male", day(2008, 10, 19));      // the same, by name and institution
    b.speaker("Ерлан Жақсылық", "", "", day(1998, 3, 2));               // 27 (28 the next day): 23–27, gender unknown
    b.speaker("Бала Кіші", "", "female", day(2014, 1, 1));              // 12: under 13
    b.adjudicator("Сұлтан Болатұлы", "J1", "male", day(1990, 3, 1));    // the same adjudicator

    std::vector<TournamentOutcome> outcomes(2);
    ParticipantStats s = participant_stats({&a.t, &b.t}, outcomes, {"", ""}, "kk");
    CHECK(s.participants == 8);
    CHECK(s.speakers == 6);
    CHECK(s.adjudicators == 2);
    CHECK(s.teams == 2);
    CHECK(s.institutions == 1);

    REQUIRE(s.by_gender.size() == 3);
    CHECK(s.by_gender[0].label == "female");
    CHECK(s.by_gender[0].total == 4);
    CHECK(s.by_gender[0].speakers == 3);
    CHECK(s.by_gender[0].adjudicators == 1);
    CHECK(s.by_gender[1].label == "male");
    CHECK(s.by_gender[1].total == 3);
    CHECK(s.by_gender[1].adjudicators == 1);
    CHECK(s.by_gender[2].label == "");
    CHECK(s.by_gender[2].total == 1);

    std::vector<std::pair<std::string, int>> expected = {{"under 13", 1}, {"13–16", 2}, {"17–22", 1}, {"23–27", 1}, {"28–32", 0},
                                                         {"33–45", 1},    {"46–58", 0}, {"59+", 1},   {"", 1}};
    REQUIRE(s.by_age.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(s.by_age[i].label == expected[i].first);
        CHECK(s.by_age[i].total == expected[i].second);
    }
    REQUIRE(row(s.by_district, "Ақтау"));
    CHECK(row(s.by_district, "Ақтау")->total == 8);
}

TEST_CASE("age bands at their edges") {
    CHECK(age_band(12) == "under 13");
    CHECK(age_band(13) == "13–16");
    CHECK(age_band(16) == "13–16");
    CHECK(age_band(17) == "17–22");
    CHECK(age_band(22) == "17–22");
    CHECK(age_band(23) == "23–27");
    CHECK(age_band(28) == "28–32");
    CHECK(age_band(33) == "33–45");
    CHECK(age_band(45) == "33–45");
    CHECK(age_band(46) == "46–58");
    CHECK(age_band(58) == "46–58");
    CHECK(age_band(59) == "59+");
}

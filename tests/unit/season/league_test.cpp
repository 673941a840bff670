// League tables against a hand count: two tournaments, a team renamed "Name (CODE)" by
// qualification, shared ranks listed in Kazakh alphabetical order.
#include <doctest/doctest.h>

#include "tab/season/league.hpp"

using namespace tab;

namespace {

// Schools М1 (district Ақтау) and М2 (Бейнеу); teams of two named speakers.
struct LeagueBuilder {
    Tournament t;
    LeagueBuilder() {
        t.institutions.push_back({"М1", "№1 мектеп", "Ақтау"});
        t.institutions.push_back({"М2", "№2 мектеп", "Бейнеу"});
    }
    void team(const std::string& name, int institution, const std::string& first, const std::string& second) {
        Team tm{name, institution, {}, {}, 0, false};
        for (const std::string& speaker : {first, second}) {
            tm.speakers.push_back(static_cast<int>(t.speakers.size()));
            t.speakers.push_back({speaker, "", static_cast<int>(t.teams.size()), {}, {}});
        }
        t.teams.push_back(tm);
    }
};

TournamentOutcome placed(const std::vector<int>& places, const std::vector<Placing>& best_speakers) {
    TournamentOutcome o;
    o.team_place = places;
    o.best_speakers = best_speakers;
    return o;
}

std::vector<std::string> rows(const std::vector<LeagueEntry>& entries) {
    std::vector<std::string> out;
    for (const LeagueEntry& e : entries)
        out.push_back(std::to_string(e.rank) + (e.tied ? "=" : "") + " " + e.name + " " + std::to_string(e.points) + " " +
                      std::to_string(e.tournaments));
    return out;
}

}  // namespace

TEST_CASE("league points by team, speaker, institution and district, count-back, then shared and alphabetical") {
    LeagueBuilder a;
    a.team("Алма", 0, "Айдана", "Әсет");
    a.team("Бота", 1, "Бақыт", "Ботагөз");
    a.team("Ғалым", 0, "Ғани", "Дина");
    LeagueBuilder b;
    b.team("Бота", 1, "Бақыт", "Ботагөз");
    b.team("Алма (М1)", 0, "Айдана", "Әсет");  // Алма, renamed when it qualified
    // A: Алма 1st, Бота 2nd, Ғалым 3rd; best speakers Бақыт, then Айдана. B: Бота 1st, Алма 2nd;
    // best speaker Айдана.
    std::vector<TournamentOutcome> outcomes = {placed({1, 2, 3}, {{1, false, 2, 80}, {2, false, 0, 79}}),
                                               placed({1, 2}, {{1, false, 2, 81}})};
    LeagueSettings settings;  // places 10/7/5/3, speakers 3/2/1
    LeagueTables l = league_tables(settings, {&a.t, &b.t}, outcomes, {"", ""}, "kk");

    // Алма 10 + 7, Бота 7 + 10: equal points and count-back (one first, one second place).
    CHECK(rows(l.teams) == std::vector<std::string>{"1= Алма 17 2", "1= Бота 17 2", "3 Ғалым 5 1"});
    // Айдана 10 + 2 + 7 + 3; Бақыт 7 + 3 + 10; Әсет and Ботагөз 17 with the same count-back,
    // Ә before Б in Kazakh; Ғани and Дина 5, Ғ before Д.
    CHECK(rows(l.speakers) == std::vector<std::string>{"1 Айдана 22 2", "2 Бақыт 20 2", "3= Әсет 17 2", "3= Ботагөз 17 2",
                                                       "5= Ғани 5 1", "5= Дина 5 1"});
    // №1 мектеп: places 10 + 5 + 7, awards 2 + 3; №2 мектеп: places 7 + 10, award 3.
    CHECK(rows(l.institutions) == std::vector<std::string>{"1 №1 мектеп 27 2", "2 №2 мектеп 20 2"});
    CHECK(l.institutions[0].detail == "Ақтау");
    CHECK(rows(l.districts) == std::vector<std::string>{"1 Ақтау 27 2", "2 Бейнеу 20 2"});
}

TEST_CASE("a tournament not done yet is attended but earns nothing, places beyond the list earn nothing") {
    LeagueBuilder a;
    a.team("Алма", 0, "Айдана", "Әсет");
    a.team("Бота", 1, "Бақыт", "Ботагөз");
    LeagueSettings settings;
    settings.place_points = {4};
    settings.speaker_points = {};
    LeagueTables l = league_tables(settings, {&a.t, &a.t}, {placed({1, 2}, {{1, false, 0, 80}}), placed({0, 0}, {})},
                                   {"", ""}, "kk");
    CHECK(rows(l.teams) == std::vector<std::string>{"1 Алма 4 2", "2 Бота 0 2"});
}

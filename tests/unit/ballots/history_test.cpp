// Team histories for the draw generators: sides, opponents, pull-ups and byes from every drawn
// prelim; points, wins and speaks only from entered ballots; nothing from the round itself or
// later, nor from elimination rounds.
#include <doctest/doctest.h>

#include "ballot_fixture.hpp"
#include "tab/ballots/history.hpp"

TEST_CASE("team histories: draws give sides, opponents and pull-ups, ballots give points and speaks") {
    tab::Tournament t = tab::testing::ballot_tournament("australs", 5, 2);
    tab::Round r2, r3;
    r2.id = "R2";
    r3.id = "R3";
    t.rounds.insert(t.rounds.begin() + 1, {r2, r3});  // R1 R2 R3 F
    tab::MemoryFileSystem fs;

    tab::Draw r1 = tab::testing::ballot_draw(t, "R1", 1);  // T1 v T2, T3 v T4; T5 has a bye
    r1.debates[0].pullups = {false, true};
    r1.byes = {4};
    tab::Draw d2 = tab::testing::ballot_draw(t, "R2", 1);
    std::swap(d2.debates[0].teams[0], d2.debates[0].teams[1]);  // T2 v T1: ballot not in yet
    tab::Diagnostics problems;
    REQUIRE(tab::write_draw(fs, t, r1, problems));
    REQUIRE(tab::write_draw(fs, t, d2, problems));
    const std::string h = "room,team,speaker,position,score,win\n";
    std::string sheet;
    for (int team : {1, 2})
        for (int p = 1; p <= 3; ++p)
            sheet += "1,T" + std::to_string(team) + ",T" + std::to_string(team) + " " + std::string(1, static_cast<char>('A' + p - 1)) +
                     "," + std::to_string(p) + "," + (team == 1 ? "75" : "72") + ",\n";
    for (int team : {1, 2}) sheet += "1,T" + std::to_string(team) + ",T" + std::to_string(team) + " A,reply,37,\n";
    fs.files[tab::ballots_path("R1")] = h + sheet;  // room 2 of R1 has no ballot

    tab::Diagnostics diags;
    std::vector<tab::TeamHistory> before_r3 = tab::team_histories(t, fs, "R3", diags);
    CHECK(tab::testing::messages(diags) == std::vector<std::string>{});
    REQUIRE(before_r3.size() == 5);
    const tab::TeamHistory& t1 = before_r3[0];
    CHECK(t1.points == 1);
    CHECK(t1.wins == 1);
    CHECK(t1.speaks == doctest::Approx(262));
    CHECK(t1.side_counts == std::vector<int>{1, 1});
    CHECK(t1.opponents == std::vector<int>{1, 1});
    CHECK(t1.debates == 2);
    const tab::TeamHistory& t2 = before_r3[1];
    CHECK(t2.points == 0);
    CHECK(t2.speaks == doctest::Approx(253));
    CHECK(t2.pullups == 1);
    CHECK(before_r3[2].points == 0);  // R1 room 2 has no ballot: drawn, not scored
    CHECK(before_r3[2].debates == 2);
    CHECK(before_r3[4].byes == 1);

    std::vector<tab::TeamHistory> before_r2 = tab::team_histories(t, fs, "R2", diags);
    CHECK(before_r2[0].debates == 1);
    CHECK(before_r2[0].side_counts == std::vector<int>{1, 0});
    std::vector<tab::TeamHistory> before_r1 = tab::team_histories(t, fs, "R1", diags);
    CHECK(before_r1[0].debates == 0);
    CHECK(before_r1[0].side_counts == std::vector<int>{0, 0});
}

// Panels on constructed cases: sizes, chairs by importance, trainees, repeats, and the messages
// when the pool is too small or conflicts leave a room without enough adjudicators.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

#include "../message_texts.hpp"
#include "allocation_fixture.hpp"

using tab::testing::AllocationFixture;

namespace {

const tab::Debate& room(const tab::AllocationOutcome& out, int number) {
    for (const tab::Debate& d : out.draw.debates)
        if (d.room == number) return d;
    FAIL("no room ", number);
    return out.draw.debates.front();
}

}  // namespace

TEST_CASE("allocation: the strongest chairs go to the most important rooms") {
    AllocationFixture f("bp", 6);
    f.voters(6);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    for (int r = 1; r <= 6; ++r) CHECK(f.t.adjudicators[static_cast<size_t>(room(out, r).chair)].name == "A" + std::to_string(r - 1));
}

TEST_CASE("allocation: the director's importance outranks the bracket") {
    AllocationFixture f("bp", 4);
    f.voters(4);
    tab::AllocationInputs in = f.inputs();
    in.importance[3] = 2;  // room 4, the lowest bracket
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(room(out, 4).chair == 0);
    CHECK(room(out, 1).chair == 1);
    CHECK(out.rooms[3].rank == 1);
}

TEST_CASE("allocation: BP spreads voters evenly with the extras in the top rooms") {
    AllocationFixture f("bp", 4);
    f.voters(10);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    std::vector<size_t> sizes;
    for (const tab::Debate& d : out.draw.debates) sizes.push_back(1 + d.panellists.size());
    CHECK(sizes == std::vector<size_t>{3, 3, 2, 2});
    CHECK(out.unused.empty());
}

TEST_CASE("allocation: voting panels stay odd and full panels go to the top rooms") {
    AllocationFixture f("wsdc", 4);
    f.voters(8);  // 4 chairs + 4 more: two rooms of 3, two solos
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    std::vector<size_t> sizes;
    for (const tab::Debate& d : out.draw.debates) sizes.push_back(1 + d.panellists.size());
    CHECK(sizes == std::vector<size_t>{3, 3, 1, 1});
    CHECK(out.rooms[3].trade_offs.front().text == "panel of 1, not 3: too few adjudicators");
}

TEST_CASE("allocation: a surplus of voters is left unused at the configured size") {
    AllocationFixture f("wsdc", 2);
    f.voters(8);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(out.unused.size() == 2);
    // The two weakest are the ones left out.
    CHECK(std::find(out.unused.begin(), out.unused.end(), 7) != out.unused.end());
}

TEST_CASE("allocation: the chair is the strongest of the panel") {
    AllocationFixture f("wsdc", 3);
    f.voters(9);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    for (const tab::Debate& d : out.draw.debates)
        for (int p : d.panellists) CHECK(f.t.adjudicators[static_cast<size_t>(d.chair)].strength > f.t.adjudicators[static_cast<size_t>(p)].strength);
}

TEST_CASE("allocation: trainees sit with the strongest chairs") {
    AllocationFixture f("bp", 4);
    f.voters(4);
    int trainee = f.adjudicator("Trainee", 9, true);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).trainees == std::vector<int>{trainee});
    CHECK(room(out, 1).chair != trainee);
}

TEST_CASE("allocation: a trainee is never placed with a conflicted chair") {
    AllocationFixture f("bp", 2);
    f.voters(2);
    int trainee = f.adjudicator("Trainee", 1, true);
    f.adj(trainee).adjudicator_conflicts = {0};
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(room(out, 2).trainees == std::vector<int>{trainee});
}

TEST_CASE("allocation: judging a team again is avoided when another panel costs little") {
    AllocationFixture f("bp", 2);
    f.adjudicator("Strong", 10);
    f.adjudicator("Almost", 9);
    f.adjudicator("Floor", 0, true);  // a trainee who widens the range of strengths
    tab::AllocationInputs in = f.inputs();
    in.judged[0] = {f.draw.debates[0].teams[2]};  // Strong judged a team of room 1 before
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).chair == 1);
    CHECK(room(out, 2).chair == 0);
    CHECK(texts(out.rooms[0].trade_offs) == std::vector<std::string>{"a less important room (2) has a stronger chair (Strong, 10)"});
}

TEST_CASE("allocation: a repeat is kept, and explained, when avoiding it costs too much strength") {
    AllocationFixture f("bp", 2);
    f.adjudicator("Strong", 10);
    f.adjudicator("Weak", 0);
    tab::AllocationInputs in = f.inputs();
    in.judged[0] = {f.draw.debates[0].teams[1]};
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).chair == 0);
    CHECK(texts(out.rooms[0].trade_offs) == std::vector<std::string>{"Strong judged T1 1 time before"});
}

TEST_CASE("allocation: a pool smaller than the rooms names the rooms left without a chair") {
    AllocationFixture f("bp", 4);
    f.voters(3);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].room == 4);  // the least important room
    CHECK(out.problems[0].reason.text == "needs 1 voting adjudicator, 0 can sit: every voting adjudicator is taken (3 available for 4 rooms)");
}

TEST_CASE("allocation: a panel the conflicts keep short is a trade-off, not a failure") {
    AllocationFixture f("wsdc", 1);
    f.voters(3);
    f.adj(1).team_conflicts = {0};
    f.adj(2).institution = 1;  // the institution of T1
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).chair == 0);
    CHECK(room(out, 1).panellists.empty());
    CHECK(out.unused == std::vector<int>{1, 2});
    CHECK(texts(out.warnings) == std::vector<std::string>{"A1 conflicts with every room and is left out",
                                                   "A2 conflicts with every room and is left out"});
}

TEST_CASE("allocation: a room no adjudicator can chair is named with the conflicts") {
    AllocationFixture f("wsdc", 2);
    f.voters(3);
    f.adj(0).team_conflicts = {3};  // T2 and T3 debate in room 2
    f.adj(1).team_conflicts = {2};
    f.adj(2).institution = 3;
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].room == 2);
    CHECK(out.problems[0].reason.text ==
          "needs 1 voting adjudicator, 0 can sit: 2 voting adjudicators left, each in conflict with the room (A1 — T2; A2 — T3)");
}

TEST_CASE("allocation: an adjudicator conflicted with every room is left out, and listed") {
    AllocationFixture f("bp", 2);
    f.voters(9);
    for (int team = 0; team < 8; ++team) f.adj(0).team_conflicts.push_back(team);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(out.unused == std::vector<int>{0});
    CHECK(texts(out.warnings) == std::vector<std::string>{"A0 conflicts with every room and is left out"});
    std::vector<size_t> sizes;
    for (const tab::Debate& d : out.draw.debates) sizes.push_back(1 + d.panellists.size());
    CHECK(sizes == std::vector<size_t>{4, 4});  // the 8 others, spread
}

TEST_CASE("allocation: chairs are decided exactly, not by a greedy first choice") {
    // The strongest voter can chair either room, the other only room 1: the cheapest first
    // choice (the strongest in the top room) leaves room 2 without a chair.
    AllocationFixture f("wsdc", 2);
    f.voters(2);
    f.adj(1).team_conflicts = {2};
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).chair == 1);
    CHECK(room(out, 2).chair == 0);
}

TEST_CASE("allocation: no history penalty, however large, makes a feasible round fail") {
    for (int64_t penalty : {int64_t{100000}, int64_t{1'000'000'000'000'000}, std::numeric_limits<int64_t>::max()}) {
        AllocationFixture f("bp", 3);
        f.voters(3);
        f.t.edit_section("allocation").set("history_penalty", penalty);
        tab::AllocationInputs in = f.inputs();
        for (int a = 0; a < 3; ++a)  // everyone judged every team before
            for (int team = 0; team < 12; ++team) in.judged[static_cast<size_t>(a)].push_back(team);
        f.adj(1).team_conflicts = {4};  // A1 may chair rooms 1 and 3 only, A2 room 2 only
        f.adj(2).team_conflicts = {0, 8};
        tab::AllocationOutcome out = f.run(in);
        REQUIRE(out.problems.empty());
        CHECK(tab::verify_allocation(f.t, out.draw, in.available).empty());
    }
}

TEST_CASE("allocation: extreme weights saturate instead of overflowing") {
    // Every weight at its largest: a trainee still sits with the strongest chair, as with the
    // defaults (a product that wrapped to a negative cost sent it to the weakest).
    for (int64_t weight : {int64_t{1'000'000'000'000'000}, std::numeric_limits<int64_t>::max()}) {
        AllocationFixture f("wsdc", 2);
        f.voters(2);
        int trainee = f.adjudicator("Trainee", 0, true);  // the floor of the range: the top chair's weakness is 0
        for (const char* key : {"trainee_weight", "history_penalty", "strength_weight"})
            f.t.edit_section("allocation").set(key, weight);
        tab::AllocationOutcome out = f.run();
        REQUIRE(out.problems.empty());
        CHECK(room(out, 1).trainees == std::vector<int>{trainee});
        CHECK(room(out, 1).chair == 0);
    }
}

TEST_CASE("allocation: outrounds get odd panels of the outround size, never more than the pool") {
    CHECK(tab::outround_panel_size(1) == 7);
    CHECK(tab::outround_panel_size(2) == 5);
    CHECK(tab::outround_panel_size(4) == 3);
    auto sizes_of = [](int rooms, int voters) {
        AllocationFixture f("bp", rooms);
        f.t.rounds[1].stage = tab::Stage::elimination;
        f.voters(voters);
        tab::AllocationOutcome out = f.run();
        REQUIRE(out.problems.empty());
        std::vector<size_t> sizes;
        for (const tab::Debate& d : out.draw.debates) sizes.push_back(1 + d.panellists.size());
        return sizes;
    };
    CHECK(sizes_of(1, 11) == std::vector<size_t>{7});      // a BP final: 7 of 11
    CHECK(sizes_of(1, 6) == std::vector<size_t>{5});       // 6 available: 5, odd
    CHECK(sizes_of(2, 6) == std::vector<size_t>{3, 3});    // semifinals share a short pool
    CHECK(sizes_of(2, 12) == std::vector<size_t>{5, 5});
    CHECK(sizes_of(4, 10) == std::vector<size_t>{3, 3, 3, 1});  // panels in the top rooms first
    CHECK(sizes_of(22, 80) == std::vector<size_t>(22, 3));
}

TEST_CASE("allocation: a round's panel_size overrides the outround default") {
    AllocationFixture f("bp", 1);
    f.t.rounds[1].stage = tab::Stage::elimination;
    f.t.rounds[1].settings.set("panel_size", int64_t{3});
    f.voters(11);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).panellists.size() == 2);
    CHECK(out.unused.size() == 8);
}

TEST_CASE("allocation: unavailable adjudicators are not used") {
    AllocationFixture f("bp", 2);
    f.voters(3);
    tab::AllocationInputs in = f.inputs();
    in.available[0] = false;
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(room(out, 1).chair == 1);
    CHECK(tab::verify_allocation(f.t, out.draw, in.available).empty());
}

// Venues on constructed cases: the best venues to the most important debates, tags honoured,
// and a clear problem when no venue with the needed tags is left.
#include <doctest/doctest.h>

#include "allocation_fixture.hpp"

using tab::testing::AllocationFixture;

namespace {

void add_venue(AllocationFixture& f, const std::string& name, int priority, std::vector<std::string> tags = {}) {
    f.t.venues.push_back({name, priority, std::move(tags)});
}

}  // namespace

TEST_CASE("allocation venues: the best venues go to the most important debates") {
    AllocationFixture f("bp", 3);
    f.voters(3);
    add_venue(f, "Basement", 1);
    add_venue(f, "Hall", 9);
    add_venue(f, "Library", 5);
    add_venue(f, "Attic", 0);
    tab::AllocationOutcome out = f.run();
    REQUIRE(out.problems.empty());
    CHECK(out.draw.debates[0].venue == "Hall");
    CHECK(out.draw.debates[1].venue == "Library");
    CHECK(out.draw.debates[2].venue == "Basement");
}

TEST_CASE("allocation venues: a team's and an adjudicator's tags are honoured") {
    AllocationFixture f("bp", 3);
    f.voters(3);
    add_venue(f, "Hall", 9);
    add_venue(f, "Library", 5);
    add_venue(f, "Ramp room", 1, {"accessible"});
    tab::AllocationInputs in = f.inputs();
    in.team_tags[static_cast<size_t>(f.draw.debates[2].teams[0])] = {"accessible"};
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(out.draw.debates[2].venue == "Ramp room");
    CHECK(out.draw.debates[0].venue == "Hall");

    in = f.inputs();
    in.adjudicator_tags[0] = {"accessible"};  // A0 chairs the top room
    out = f.run(in);
    REQUIRE(out.problems.empty());
    CHECK(out.draw.debates[0].venue == "Ramp room");
    CHECK(out.draw.debates[1].venue == "Hall");
}

TEST_CASE("allocation venues: a debate no venue can take is named with the tags it needs") {
    AllocationFixture f("bp", 2);
    f.voters(2);
    add_venue(f, "Hall", 9);
    add_venue(f, "Library", 5);
    tab::AllocationInputs in = f.inputs();
    in.team_tags[static_cast<size_t>(f.draw.debates[1].teams[3])] = {"accessible"};
    tab::AllocationOutcome out = f.run(in);
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].room == 2);
    CHECK(out.problems[0].reason.text == "no venue left with the tags it needs: accessible (T7)");
}

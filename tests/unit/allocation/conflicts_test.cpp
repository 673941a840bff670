// Conflicts are never broken: a property test over random seeded instances (team, institution
// and adjudicator conflicts, unavailability, trainees, both ballot styles), and an exhaustive
// check on small instances (any panel size, any history penalty) that a room is reported only
// when no conflict-free allocation of chairs exists at all.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <set>

#include "allocation_fixture.hpp"

using tab::testing::AllocationFixture;

namespace {

// A random instance: rooms, a pool a little larger or smaller than needed, random conflicts.
AllocationFixture random_instance(uint64_t seed, const std::string& preset, int max_rooms, int per_room) {
    tab::Rng rng(seed);
    const int rooms = 1 + static_cast<int>(rng.below(static_cast<uint64_t>(max_rooms)));
    AllocationFixture f(preset, rooms);
    const int pool = rooms * per_room - 1 + static_cast<int>(rng.below(4));
    const int teams = static_cast<int>(f.t.teams.size());
    for (int i = 0; i < pool; ++i) {
        int a = f.adjudicator("A" + std::to_string(i), static_cast<double>(rng.below(100)), rng.below(6) == 0);
        tab::Adjudicator& adj = f.adj(a);
        if (rng.coin()) adj.institution = static_cast<int>(rng.below(static_cast<uint64_t>(teams)));
        for (uint64_t k = rng.below(3); k > 0; --k) adj.team_conflicts.push_back(static_cast<int>(rng.below(static_cast<uint64_t>(teams))));
        for (uint64_t k = rng.below(2); k > 0; --k) adj.institution_conflicts.push_back(static_cast<int>(rng.below(static_cast<uint64_t>(teams))));
        for (uint64_t k = rng.below(3); k > 0 && i > 0; --k) adj.adjudicator_conflicts.push_back(static_cast<int>(rng.below(static_cast<uint64_t>(i))));
        if (rng.below(10) == 0) adj.unavailable.push_back("R2");
    }
    return f;
}

tab::AllocationInputs inputs_with_availability(const AllocationFixture& f) {
    tab::AllocationInputs in = f.inputs();
    for (size_t a = 0; a < f.t.adjudicators.size(); ++a) in.available[a] = f.t.adjudicators[a].unavailable.empty();
    return in;
}

// The draw without the rooms reported as problems.
tab::Draw without_problems(const tab::AllocationOutcome& out) {
    tab::Draw d = out.draw;
    std::erase_if(d.debates, [&](const tab::Debate& debate) {
        for (const tab::RoomProblem& p : out.problems)
            if (p.room == debate.room) return true;
        return false;
    });
    return d;
}

// Whether some choice of one distinct available voter per room breaks no team conflict.
bool chairs_exist(const AllocationFixture& f, const tab::AllocationInputs& in) {
    std::vector<char> used(f.t.adjudicators.size(), 0);
    std::function<bool(size_t)> place = [&](size_t r) {
        if (r == f.draw.debates.size()) return true;
        for (size_t a = 0; a < f.t.adjudicators.size(); ++a) {
            if (used[a] || !in.available[a] || f.t.adjudicators[a].trainee) continue;
            bool ok = true;
            for (int team : f.draw.debates[r].teams) ok = ok && !tab::conflicts_with_team(f.t, static_cast<int>(a), team);
            if (!ok) continue;
            used[a] = 1;
            if (place(r + 1)) return true;
            used[a] = 0;
        }
        return false;
    };
    return place(0);
}

}  // namespace

TEST_CASE("allocation property: no allocated room ever breaks a hard rule") {
    int complete = 0, short_pool = 0;
    for (uint64_t seed = 1; seed <= 300; ++seed) {
        const std::string preset = seed % 2 ? "bp" : "wsdc";
        AllocationFixture f = random_instance(seed, preset, 12, preset == "bp" ? 3 : 3);
        const tab::AllocationInputs in = inputs_with_availability(f);
        const tab::AllocationOutcome out = f.run(in);
        CAPTURE(seed);
        CHECK(tab::verify_allocation(f.t, without_problems(out), in.available).empty());
        (out.problems.empty() ? complete : short_pool) += 1;
        if (out.problems.empty()) {
            // A room short of its plan (conflicts left no one to add) says so in --explain.
            for (size_t r = 0; r < out.draw.debates.size(); ++r) {
                const size_t voters = 1 + out.draw.debates[r].panellists.size();
                CHECK(voters <= static_cast<size_t>(out.rooms[r].planned_voters));
                if (voters < static_cast<size_t>(out.rooms[r].planned_voters))
                    CHECK(std::find_if(out.rooms[r].trade_offs.begin(), out.rooms[r].trade_offs.end(), [](const tab::Message& m) {
                              return m.text.find("the adjudicators left conflict with the room") != std::string::npos;
                          }) != out.rooms[r].trade_offs.end());
            }
        }
        const tab::AllocationOutcome again = f.run(in);
        CHECK(tab::draw_to_csv(f.t, again.draw) == tab::draw_to_csv(f.t, out.draw));
    }
    // Both kinds of instance occur, so the property is tested on complete allocations too.
    CHECK(complete > 50);
    CHECK(short_pool > 20);
}

TEST_CASE("allocation property: a room is reported only when no chairs exist, whatever the panel size and history") {
    int infeasible = 0;
    for (uint64_t seed = 1000; seed < 1800; ++seed) {
        AllocationFixture f = random_instance(seed, seed % 2 ? "wsdc" : "bp", 5, 1);
        // Larger panels and a heavy history penalty are wishes: they never decide feasibility.
        f.t.edit_section("allocation").set("panel_size", int64_t{seed % 4 < 2 ? 1 : 3});
        f.t.edit_section("allocation").set("history_penalty", int64_t{seed % 3 == 0 ? 1'000'000'000'000'000'000 : 100000});
        tab::AllocationInputs in = inputs_with_availability(f);
        tab::Rng rng(seed);
        for (std::vector<int>& judged : in.judged)  // some history, for the penalty to weigh on
            for (uint64_t k = rng.below(4); k > 0; --k) judged.push_back(static_cast<int>(rng.below(f.t.teams.size())));
        const tab::AllocationOutcome out = f.run(in);
        CAPTURE(seed);
        CHECK(out.problems.empty() == chairs_exist(f, in));
        infeasible += out.problems.empty() ? 0 : 1;
    }
    CHECK(infeasible > 20);
}

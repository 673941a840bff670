// Constructed tournaments for the allocation tests: a format, institutions, teams in rooms and a
// pool of adjudicators, built in code so that each test states exactly what it depends on.
#pragma once

#include <string>
#include <vector>

#include "tab/allocation/allocation.hpp"
#include "tab/model/format.hpp"
#include "tab/base/rng.hpp"

namespace tab::testing {

// A tournament with `rooms` debates of the preset's size, one institution per team ("I<n>"),
// teams "T<n>" and a draw whose room r (1-based) has bracket rooms - r (room 1 is the top).
struct AllocationFixture {
    Tournament t;
    Draw draw;

    AllocationFixture(const std::string& preset, int rooms) {
        t.format = *preset_format(preset);
        draw.round = "R2";
        t.rounds.push_back({});
        t.rounds.back().id = "R1";
        t.rounds.push_back({});
        t.rounds.back().id = "R2";
        for (int r = 0; r < rooms; ++r) {
            Debate d;
            d.room = r + 1;
            d.bracket = rooms - r;
            for (int s = 0; s < t.format.teams_per_debate; ++s) {
                const int team = static_cast<int>(t.teams.size());
                t.institutions.push_back({"I" + std::to_string(team), "", ""});
                t.teams.push_back({"T" + std::to_string(team), team, {}, {}, 0, false});
                d.teams.push_back(team);
                d.pullups.push_back(false);
            }
            draw.debates.push_back(d);
        }
    }

    // Adds an adjudicator of that strength and returns its index.
    int adjudicator(const std::string& name, double strength, bool trainee = false) {
        Adjudicator a;
        a.name = name;
        a.strength = strength;
        a.trainee = trainee;
        t.adjudicators.push_back(a);
        return static_cast<int>(t.adjudicators.size()) - 1;
    }
    // Adds n voters named A0, A1, ... with strengths n, n-1, ..., 1 (A0 the strongest).
    void voters(int n) {
        for (int i = 0; i < n; ++i) adjudicator("A" + std::to_string(i), n - i);
    }

    AllocationInputs inputs() const {
        AllocationInputs in;
        in.available.assign(t.adjudicators.size(), true);
        for (const Adjudicator& a : t.adjudicators) in.strength.push_back(a.strength);
        in.judged.resize(t.adjudicators.size());
        in.importance.assign(draw.debates.size(), 0);
        in.team_tags.resize(t.teams.size());
        in.adjudicator_tags.resize(t.adjudicators.size());
        return in;
    }

    AllocationOutcome run(const AllocationInputs& in) const {
        return allocate(t, draw, in, allocation_settings(t, t.rounds[1]));
    }
    AllocationOutcome run() const { return run(inputs()); }

    Adjudicator& adj(int a) { return t.adjudicators[static_cast<size_t>(a)]; }
};

}  // namespace tab::testing

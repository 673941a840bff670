// Simulated ballots are valid in every preset, reproducible from the seed, and survive a round
// trip through ballots.csv.
#include <doctest/doctest.h>

#include "ballot_fixture.hpp"
#include "tab/ballots/simulate.hpp"
#include "tab/standings/standings.hpp"

TEST_CASE("simulate: valid, complete and reproducible ballots for every preset (seeded)") {
    for (const std::string& preset : tab::preset_names()) {
        CAPTURE(preset);
        tab::Tournament t = tab::testing::ballot_tournament(preset, 16, 12);
        t.seed = 2024;
        for (const std::string round : {"R1", "F"}) {
            CAPTURE(round);
            tab::Draw draw = tab::testing::ballot_draw(t, round, t.format.is_bp() ? 1 : 3);
            for (uint64_t seed = 1; seed <= 20; ++seed) {
                tab::BallotFile ballots = tab::simulate_ballots(t, draw, seed);
                std::string csv = tab::ballots_to_csv(t, draw, ballots);
                CHECK(csv == tab::ballots_to_csv(t, draw, tab::simulate_ballots(t, draw, seed)));
                tab::Diagnostics diags;
                tab::BallotFile read = tab::parse_ballots(t, draw, csv, "b.csv", diags);
                tab::check_ballots(t, draw, read, diags);
                REQUIRE(tab::testing::messages(diags) == std::vector<std::string>{});
                CHECK(tab::ballots_to_csv(t, draw, read) == csv);
                tab::RoundResults r = tab::compute_round_results(t, draw, read);
                for (const tab::DebateResult& d : r.debates) CHECK(d.entered);
            }
        }
    }
}

TEST_CASE("simulate: stronger teams win more often") {
    tab::Tournament t = tab::testing::ballot_tournament("australs", 2, 1);
    tab::Draw draw = tab::testing::ballot_draw(t, "R1", 1);
    int wins = 0;
    for (uint64_t seed = 1; seed <= 200; ++seed) {
        t.seed = seed;  // a new pair of hidden strengths
        tab::RoundResults r = tab::compute_round_results(t, draw, tab::simulate_ballots(t, draw, seed * 7));
        // The same strengths in another round: the winner of round one usually wins again.
        tab::RoundResults r2 = tab::compute_round_results(t, draw, tab::simulate_ballots(t, draw, seed * 7 + 1));
        wins += r.debates[0].teams[0].win == r2.debates[0].teams[0].win ? 1 : 0;
    }
    CHECK(wins > 120);
}

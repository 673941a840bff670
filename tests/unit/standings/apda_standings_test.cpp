// APDA metrics as MIT-Tab computes them (src/core/standings/apda_series.hpp), on one hand-worked
// tournament of three teams over three rounds:
//   R1  A beats B: a1 26 (rank 1), a2 25 (3); b1 25.5 (2), b2 24 (4).  C has a bye.
//   R2  C beats A by forfeit: the ballot records C's win and no speeches.  B has a bye.
//   R3  B beats C, b1 an iron person: 27 (1) and 25 (3); c1 26 (2), c2 24 (4).  A has a bye.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/standings/standings.hpp"

namespace {

using tab::Fraction;

struct Speech {
    int speaker;
    int64_t hundredths;
    int rank;
};

struct ApdaFixture {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;

    ApdaFixture() {
        t.format = *tab::preset_format("apda");
        for (const char* name : {"A", "B", "C"}) {
            tab::Team team;
            team.name = name;
            for (int i = 1; i <= 2; ++i) {
                tab::Speaker s;
                s.name = std::string(1, static_cast<char>(name[0] + 'a' - 'A')) + std::to_string(i);
                s.team = static_cast<int>(t.teams.size());
                team.speakers.push_back(static_cast<int>(t.speakers.size()));
                t.speakers.push_back(s);
            }
            t.teams.push_back(team);
        }
        round(0, 1, {{0, 2600, 1}, {1, 2500, 3}}, {{2, 2550, 2}, {3, 2400, 4}}, 2);
        round(2, 0, {}, {}, 1);
        round(1, 2, {{2, 2700, 1}, {2, 2500, 3}}, {{4, 2600, 2}, {5, 2400, 4}}, 0);
    }

    // One debate, `winner` against `loser`, with their speeches (none: a forfeit), and a bye.
    void round(int winner, int loser, std::vector<Speech> won, std::vector<Speech> lost, int bye) {
        tab::RoundResults r;
        r.round = "R" + std::to_string(results.size() + 1);
        tab::DebateResult d;
        d.entered = true;
        for (auto [team, speeches] : {std::pair{winner, won}, std::pair{loser, lost}}) {
            tab::TeamResult tr;
            tr.team = team;
            tr.side = static_cast<int>(d.teams.size());
            tr.win = team == winner;
            tr.points = tr.win ? 1 : 0;
            tr.scored = !speeches.empty();
            for (size_t i = 0; i < speeches.size(); ++i) {
                const Speech& s = speeches[i];
                bool iron = i > 0 && speeches[i - 1].speaker == s.speaker;
                tr.speeches.push_back({s.speaker, static_cast<int>(i) + 1, Fraction::hundredths(s.hundredths),
                                       Fraction(s.rank), iron});
                tr.score += Fraction::hundredths(s.hundredths);
            }
            d.teams.push_back(tr);
        }
        r.debates.push_back(d);
        r.byes.push_back(bye);
        results.push_back(r);
    }

    std::vector<tab::MetricValue> team(const std::string& name, std::vector<std::string> extras) {
        tab::StandingsOptions o;
        o.precedence = {"points"};
        o.extras = std::move(extras);
        tab::Diagnostics problems;
        std::optional<tab::TeamStandings> s = tab::compute_team_standings(t, results, o, problems);
        REQUIRE(s.has_value());
        for (const tab::TeamStanding& row : s->rows)
            if (t.teams[row.team].name == name) return {row.metrics.begin() + 1, row.metrics.end()};
        FAIL("no team " << name);
        return {};
    }

    std::vector<tab::MetricValue> speaker(const std::string& name) {
        tab::StandingsOptions o;
        o.precedence = t.format.speaker_precedence;
        tab::Diagnostics problems;
        std::optional<tab::SpeakerStandings> s = tab::compute_speaker_standings(t, results, o, problems);
        REQUIRE(s.has_value());
        for (const tab::SpeakerStanding& row : s->rows)
            if (t.speakers[row.speaker].name == name) return row.metrics;
        FAIL("no speaker " << name);
        return {};
    }
};

// The exact values of metrics, in the order asked.
std::vector<Fraction> exact(const std::vector<tab::MetricValue>& values) {
    std::vector<Fraction> out;
    for (const tab::MetricValue& v : values) {
        REQUIRE(v.kind == tab::MetricValue::Kind::exact);
        out.push_back(v.exact);
    }
    return out;
}

Fraction half(int64_t halves) { return Fraction::of(halves, 2); }
Fraction quarter(int64_t quarters) { return Fraction::of(quarters, 4); }

const std::vector<std::string> apda_team = {"speaks_apda",       "srank",             "speaks_single_adj",
                                            "srank_single_adj", "speaks_double_adj", "srank_double_adj"};

}  // namespace

TEST_CASE("apda: the speaker precedence is MIT-Tab's") {
    CHECK(tab::preset_format("apda")->speaker_precedence ==
          std::vector<std::string>{"total_apda", "srank", "total_single_adj", "srank_single_adj", "total_double_adj",
                                   "srank_double_adj"});
}

TEST_CASE("apda: a forfeit loss gives 0 speaks and rank 3.5, a bye the debater's average") {
    ApdaFixture f;
    // a1: 26 (R1), 0 (R2 forfeit loss), 26 (R3 bye: the average of R1); ranks 1, 3.5, 1.
    // Sorted 0, 26, 26: single-adjusted 26; three values are too few to drop two at each end: 0.
    CHECK(exact(f.speaker("a1")) == std::vector<Fraction>{52, half(11), 26, 1, 0, 0});
    CHECK(exact(f.speaker("a2")) == std::vector<Fraction>{50, half(19), 25, 3, 0, 0});
}

TEST_CASE("apda: a forfeit win and a bye give the average of the rounds really debated") {
    ApdaFixture f;
    // c1 spoke only in R3 (26, rank 2): R1 (bye) and R2 (forfeit win) give 26 and 2 too.
    CHECK(exact(f.speaker("c1")) == std::vector<Fraction>{78, 6, 26, 2, 0, 0});
    CHECK(exact(f.speaker("c2")) == std::vector<Fraction>{72, 12, 24, 4, 0, 0});
}

TEST_CASE("apda: an iron person gets the mean of their speeches, the partner nothing for that round") {
    ApdaFixture f;
    // b1: 25.5 (R1, rank 2), R2 bye = mean(25.5, 26) = 25.75 with rank 2, R3 iron: mean(27, 25) = 26,
    // mean rank 2.
    CHECK(exact(f.speaker("b1")) == std::vector<Fraction>{quarter(309), 6, quarter(103), 2, 0, 0});
    // b2: 24 (R1, rank 4), R2 bye 24 and 4, R3 nothing: two values, too few to drop one at each end.
    CHECK(exact(f.speaker("b2")) == std::vector<Fraction>{48, 8, 0, 0, 0, 0});
}

TEST_CASE("apda: team speaks and ranks pool every speech of its debaters, an iron person's twice") {
    ApdaFixture f;
    // A: speaks 26 0 26 25 0 25, sorted 0 0 25 25 26 26; ranks 1 3.5 1 3 3.5 3, sorted 1 1 3 3 3.5 3.5.
    CHECK(exact(f.team("A", apda_team)) == std::vector<Fraction>{102, 15, 76, half(21), 50, 6});
    // B: speaks 25.5 25.75 27 25 (b1) 24 24 (b2), sorted 24 24 25 25.5 25.75 27; ranks 2 2 1 3 4 4.
    CHECK(exact(f.team("B", apda_team)) == std::vector<Fraction>{quarter(605), 16, quarter(401), 11, half(101), 5});
    // C: speaks 26 ×3, 24 ×3; ranks 2 ×3, 4 ×3.
    CHECK(exact(f.team("C", apda_team)) == std::vector<Fraction>{150, 18, 100, 12, 50, 6});
}

TEST_CASE("apda: opponent strength counts the opponents' byes as wins but not a bye as an opponent") {
    ApdaFixture f;
    // Wins: A 2 (R1, R3 bye), B 2 (R2 bye, R3), C 2 (R1 bye, R2 forfeit).
    // A met B and C (its R3 bye is no opponent): (2 + 2) / 2.
    CHECK(exact(f.team("A", {"wins", "opp_strength"})) == std::vector<Fraction>{2, 2});
    // With byes scoring nothing: wins A 1, B 1, C 1; A's opponent strength (1 + 1) / 2.
    f.t.edit_section("draw").set("bye_result", std::string("none"));
    CHECK(exact(f.team("A", {"wins", "opp_strength"})) == std::vector<Fraction>{1, 1});
}

// Team standings beyond Tabbycat's transcribed cases: draw strength by rank (an extra only) and
// the institution tiebreak, on four teams over two rounds.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/standings/standings.hpp"

namespace {

// Teams A, B, C, D; each round is a list of (winner, loser) pairs by team index.
struct TeamFixture {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;

    TeamFixture() {
        t.format = *tab::preset_format("australs");
        for (const char* name : {"A", "B", "C", "D"}) {
            tab::Team team;
            team.name = name;
            t.teams.push_back(team);
        }
    }

    void round(std::vector<std::pair<int, int>> debates) {
        tab::RoundResults r;
        r.round = "R" + std::to_string(results.size() + 1);
        for (auto [winner, loser] : debates) {
            tab::DebateResult d;
            d.entered = true;
            for (int team : {winner, loser}) {
                tab::TeamResult tr;
                tr.team = team;
                tr.side = static_cast<int>(d.teams.size());
                tr.win = team == winner;
                tr.points = tr.win ? 1 : 0;
                d.teams.push_back(tr);
            }
            r.debates.push_back(d);
        }
        results.push_back(r);
    }

    tab::TeamStandings teams(std::vector<std::string> precedence, std::vector<std::string> extras,
                             tab::Tiebreak tiebreak = tab::Tiebreak::random) {
        tab::StandingsOptions o;
        o.precedence = std::move(precedence);
        o.extras = std::move(extras);
        o.tiebreak = tiebreak;
        o.seed = 7;
        tab::Diagnostics problems;
        std::optional<tab::TeamStandings> s = tab::compute_team_standings(t, results, o, problems);
        REQUIRE(s.has_value());
        return *s;
    }

    static const tab::TeamStanding& row(const tab::TeamStandings& s, int team) {
        auto it = std::find_if(s.rows.begin(), s.rows.end(), [&](const auto& r) { return r.team == team; });
        REQUIRE(it != s.rows.end());
        return *it;
    }

    std::string order(const tab::TeamStandings& s) const {
        std::string out;
        for (const tab::TeamStanding& r : s.rows) out += t.teams[r.team].name;
        return out;
    }
};

}  // namespace

TEST_CASE("team standings: draw_strength_rank sums the opponents' ranks, lower first") {
    TeamFixture f;
    f.round({{0, 1}, {2, 3}});  // A beats B, C beats D
    f.round({{0, 2}, {1, 3}});  // A beats C, B beats D
    // Points A 2, B 1, C 1, D 0: ranks 1, 2=, 2=, 4.
    tab::TeamStandings s = f.teams({"points"}, {"draw_strength_rank"});
    REQUIRE(s.extras == std::vector<std::string>{"draw_strength_rank"});
    CHECK(f.row(s, 0).metrics[1].exact == tab::Fraction(4));  // met B (2) and C (2)
    CHECK(f.row(s, 1).metrics[1].exact == tab::Fraction(5));  // met A (1) and D (4)
    CHECK(f.row(s, 2).metrics[1].exact == tab::Fraction(5));  // met D (4) and A (1)
    CHECK(f.row(s, 3).metrics[1].exact == tab::Fraction(4));  // met C (2) and B (2)
    CHECK(tab::find_team_metric("draw_strength_rank")->ascending);
}

TEST_CASE("team standings: draw_strength_rank in the precedence is an error") {
    TeamFixture f;
    f.round({{0, 1}, {2, 3}});
    tab::StandingsOptions o;
    o.precedence = {"points", "draw_strength_rank"};
    tab::Diagnostics problems;
    REQUIRE_FALSE(tab::compute_team_standings(f.t, f.results, o, problems).has_value());
    CHECK(problems.all().back().message ==
          "metric 'draw_strength_rank' may only be shown, not ranked by: move it from team_precedence to team_extras");
}

TEST_CASE("team standings: the institution tiebreak orders tied teams by institution, then by lot") {
    TeamFixture f;
    f.t.institutions = {{"ZU", "Zeta University", ""}, {"Alpha", "", ""}};  // Alpha has only a code
    f.t.teams[0].institution = 0;
    f.t.teams[1].institution = 1;
    f.t.teams[3].institution = 1;  // C has no institution: last
    f.round({{0, 1}, {2, 3}});
    f.round({{1, 2}, {3, 0}});  // every team 1 point: all tied
    tab::TeamStandings by_lot = f.teams({"points"}, {});
    tab::TeamStandings by_institution = f.teams({"points"}, {}, tab::Tiebreak::institution);
    const std::string lot = f.order(by_lot);
    const std::string alpha = lot.find('B') < lot.find('D') ? "BD" : "DB";
    CHECK(f.order(by_institution) == alpha + "AC");
    for (const tab::TeamStanding& r : by_institution.rows) CHECK(r.rank.rank == 1);
    CHECK(f.order(f.teams({"points"}, {}, tab::Tiebreak::name)) == "ABCD");
}

TEST_CASE("team standings: opp_strength is MIT-Tab's opponents' wins over the number of opponents") {
    TeamFixture f;
    f.t.teams.push_back(f.t.teams.back());
    f.t.teams.back().name = "E";  // never drawn
    f.round({{0, 1}, {2, 3}});  // A beats B, C beats D
    f.round({{0, 2}, {1, 3}});  // A beats C, B beats D
    f.round({{0, 3}, {2, 1}});  // A beats D, C beats B
    // Wins A 3, B 1, C 2, D 0.
    tab::TeamStandings s = f.teams({"wins"}, {"opp_strength"});
    CHECK(f.row(s, 0).metrics[1].exact == tab::Fraction(1));           // met B 1, C 2, D 0
    CHECK(f.row(s, 1).metrics[1].exact == tab::Fraction::of(5, 3));    // met A 3, D 0, C 2
    CHECK(f.row(s, 2).metrics[1].exact == tab::Fraction::of(4, 3));    // met D 0, A 3, B 1
    CHECK(f.row(s, 3).metrics[1].exact == tab::Fraction(2));           // met C 2, B 1, A 3
    CHECK(f.row(s, 4).metrics[1].exact == tab::Fraction(0));           // no opponent: 0, as MIT-Tab
    CHECK_FALSE(tab::find_team_metric("opp_strength")->ascending);
}

TEST_CASE("team standings: the apda preset ranks in MIT-Tab's order") {
    const tab::Format apda = *tab::preset_format("apda");
    CHECK(apda.team_precedence == std::vector<std::string>{"wins", "speaks_apda", "srank", "speaks_single_adj",
                                                           "srank_single_adj", "speaks_double_adj", "srank_double_adj",
                                                           "opp_strength"});
    CHECK(apda.speaker_precedence == std::vector<std::string>{"total_apda", "srank", "total_single_adj", "srank_single_adj",
                                                              "total_double_adj", "srank_double_adj"});
}

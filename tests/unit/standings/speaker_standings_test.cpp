// Speaker and reply standings: which speeches count, the missed-speeches rule, adjusted metrics,
// shared ranks, and the seeded order among tied speakers.
#include <doctest/doctest.h>

#include "../said_in.hpp"

#include <set>

#include "tab/standings/standings.hpp"

namespace {

// Two teams of two speakers; `rounds` lists, per round, the four substantive scores
// (T1 A, T1 B, T2 A, T2 B) in hundredths; -1 = the speech was given by the teammate as iron.
struct SpeakerFixture {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;

    SpeakerFixture() {
        t.format = *tab::preset_format("apda");
        for (int team = 0; team < 2; ++team) {
            tab::Team x;
            x.name = "T" + std::to_string(team + 1);
            for (char c : {'A', 'B'}) {
                tab::Speaker s;
                s.name = x.name + " " + c;
                s.team = team;
                x.speakers.push_back(static_cast<int>(t.speakers.size()));
                t.speakers.push_back(s);
            }
            t.teams.push_back(x);
        }
    }

    void round(std::vector<int64_t> scores, std::vector<int> ranks = {}, std::vector<int64_t> replies = {}) {
        tab::RoundResults r;
        r.round = "R" + std::to_string(results.size() + 1);
        tab::DebateResult d;
        d.entered = true;
        for (int team = 0; team < 2; ++team) {
            tab::TeamResult tr;
            tr.team = team;
            tr.side = team;
            tr.scored = true;
            for (int p = 0; p < 2; ++p) {
                int64_t score = scores[team * 2 + p];
                bool iron = score < 0;
                int speaker = iron ? team * 2 : team * 2 + p;
                tab::SpeechResult s{speaker, p + 1, tab::Fraction::hundredths(iron ? 7000 : score), std::nullopt, iron};
                if (!ranks.empty()) s.rank = tab::Fraction(ranks[team * 2 + p]);
                tr.score += s.score;
                tr.speeches.push_back(s);
            }
            if (!replies.empty())
                tr.speeches.push_back({team * 2, 3, tab::Fraction::hundredths(replies[team]), std::nullopt, false});
            d.teams.push_back(tr);
        }
        d.teams[0].win = d.teams[0].score > d.teams[1].score;
        d.teams[1].win = !d.teams[0].win;
        d.teams[0].points = d.teams[0].win ? 1 : 0;
        d.teams[1].points = d.teams[1].win ? 1 : 0;
        r.debates.push_back(d);
        results.push_back(r);
    }

    tab::SpeakerStandings speakers(std::vector<std::string> precedence, std::vector<std::string> extras = {},
                                   int missed = -1) {
        tab::StandingsOptions o;
        o.precedence = std::move(precedence);
        o.extras = std::move(extras);
        o.missed_limit = missed;
        tab::Diagnostics problems;
        std::optional<tab::SpeakerStandings> s = tab::compute_speaker_standings(t, results, o, problems);
        REQUIRE(s.has_value());
        return *s;
    }

    const tab::SpeakerStanding& row(const tab::SpeakerStandings& s, const std::string& name) {
        for (const tab::SpeakerStanding& r : s.rows)
            if (t.speakers[r.speaker].name == name) return r;
        FAIL("no row for " << name);
        return s.rows.front();
    }
};

}  // namespace

TEST_CASE("speaker standings: totals, averages, iron speeches count for the team only") {
    SpeakerFixture f;
    f.round({3000, 2900, 2800, 2700});
    f.round({3100, -1, 2750, 2650});  // T1 B absent: T1 A speaks twice, the second marked iron
    tab::SpeakerStandings s = f.speakers({"total"}, {"average", "count", "trimmed_mean"});
    CHECK(f.row(s, "T1 A").metrics[0].exact == tab::Fraction(61));
    CHECK(f.row(s, "T1 A").metrics[2].exact == tab::Fraction(2));
    CHECK(f.row(s, "T1 B").metrics[2].exact == tab::Fraction(1));
    CHECK(f.row(s, "T2 A").metrics[1].exact == tab::Fraction::of(111, 4));  // (28 + 27.5) / 2
    CHECK(f.row(s, "T1 A").rank.rank == 1);
    CHECK(f.row(s, "T2 A").rank.rank == 2);
}

TEST_CASE("speaker standings: the missed-speeches limit lists a speaker unranked, last") {
    SpeakerFixture f;
    f.round({3000, 2900, 2800, 2700});
    f.round({3100, -1, 2750, 2650});
    f.round({3000, -1, 2750, 2650});
    tab::SpeakerStandings s = f.speakers({"average"}, {}, 1);
    CHECK(s.extras == std::vector<std::string>{"count"});  // added so the reason is visible
    CHECK(f.row(s, "T1 B").rank.rank == 0);
    CHECK(f.t.speakers[s.rows.back().speaker].name == "T1 B");
    CHECK(tab::rank_text(f.row(s, "T1 B").rank) == "");
    tab::SpeakerStandings all = f.speakers({"average"}, {}, 2);
    CHECK(f.row(all, "T1 B").rank.rank == 2);  // 29, behind T1 A's 30.33
}

TEST_CASE("speaker standings: equal values share a rank, and the seed orders them") {
    SpeakerFixture f;
    f.round({3000, 3000, 2800, 2800});
    tab::SpeakerStandings s = f.speakers({"total"});
    CHECK(tab::rank_text(s.rows[0].rank) == "1=");
    CHECK(tab::rank_text(s.rows[1].rank) == "1=");
    CHECK(tab::rank_text(s.rows[2].rank) == "3=");
    std::set<std::vector<int>> orders;
    for (uint64_t seed = 0; seed < 16; ++seed) {
        tab::StandingsOptions o;
        o.precedence = {"total"};
        o.seed = seed;
        tab::Diagnostics problems;
        auto order_of = [&] {
            std::vector<int> order;
            const std::optional<tab::SpeakerStandings> tab_of_seed = tab::compute_speaker_standings(f.t, f.results, o, problems);
            for (const tab::SpeakerStanding& r : tab_of_seed->rows) order.push_back(r.speaker);
            return order;
        };
        std::vector<int> order = order_of(), again = order_of();
        orders.insert(order);
        CHECK(order == again);
    }
    CHECK(orders.size() > 1);
    for (const std::vector<int>& order : orders) CHECK(std::set<int>{order[0], order[1]} == std::set<int>{0, 1});
}

TEST_CASE("speaker standings: APDA speech ranks and adjusted totals") {
    SpeakerFixture f;
    f.round({3000, 2900, 2800, 2700}, {1, 2, 3, 4});
    f.round({2500, 2900, 2800, 2700}, {4, 1, 2, 3});
    f.round({3500, 2900, 2800, 2700}, {1, 2, 3, 4});
    tab::SpeakerStandings s = f.speakers({"total_single_adj", "srank"}, {"srank_single_adj", "total_double_adj"});
    const tab::SpeakerStanding& a = f.row(s, "T1 A");
    CHECK(a.metrics[0].exact == tab::Fraction(30));  // 25, 30, 35 without the best and the worst
    CHECK(a.metrics[1].exact == tab::Fraction(6));
    CHECK(a.metrics[2].exact == tab::Fraction(1));
    CHECK(a.metrics[3].exact == tab::Fraction(0));  // too few speeches to drop two at each end: 0, as MIT-Tab
    tab::StandingsOptions o;
    o.precedence = {"srank"};
    tab::Diagnostics problems;
    tab::TeamStandings teams = *tab::compute_team_standings(f.t, f.results, o, problems);
    CHECK(f.t.teams[teams.rows[0].team].name == "T1");  // ranks 1+2, 4+1, 1+2 = 11 against 19
    CHECK(teams.rows[0].metrics[0].exact == tab::Fraction(11));
}

TEST_CASE("reply standings: only speakers who replied, ranked by their reply average") {
    SpeakerFixture f;
    f.round({3000, 2900, 2800, 2700}, {}, {1500, 1550});
    f.round({3000, 2900, 2800, 2700}, {}, {1600, 1500});
    tab::StandingsOptions o = tab::reply_standings_options(f.t);
    tab::Diagnostics problems;
    tab::SpeakerStandings s = *tab::compute_reply_standings(f.t, f.results, o, problems);
    REQUIRE(s.rows.size() == 2);
    CHECK(f.t.speakers[s.rows[0].speaker].name == "T1 A");  // 15.5 against T2 A's 15.25
    CHECK(s.rows[0].metrics[0].exact == tab::Fraction::of(31, 2));
}

TEST_CASE("standings: unknown and repeated metrics are refused with a message") {
    SpeakerFixture f;
    tab::StandingsOptions o;
    o.precedence = {"points", "pointz"};
    tab::Diagnostics problems;
    REQUIRE_FALSE(tab::compute_team_standings(f.t, f.results, o, problems).has_value());
    CHECK(problems.all().back().message == "unknown metric 'pointz' in team_precedence");
    o.precedence = {"total", "average", "total"};
    REQUIRE_FALSE(tab::compute_speaker_standings(f.t, f.results, o, problems).has_value());
    CHECK(problems.all().back().message == "metric 'total' appears twice in speaker_precedence, expected each metric once (only wbw may repeat)");
}

TEST_CASE("standings: a refused metric is said in Kazakh and Russian") {
    SpeakerFixture f;
    tab::StandingsOptions o;
    o.precedence = {"points", "pointz"};
    tab::Diagnostics problems;
    REQUIRE_FALSE(tab::compute_team_standings(f.t, f.results, o, problems).has_value());
    CHECK(english_left(problems, "ru", {"tournament", "toml", "pointz", "team_precedence"}) == "");
    CHECK(english_left(problems, "kk", {"tournament", "toml", "pointz", "team_precedence"}) == "");
}

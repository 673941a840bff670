// The scoresheet and result cases transcribed from Tabbycat's tests (ids "scoresheet." and
// "results."), loaded from tests/data/cases/tabbycat-cases.json. Result cases are written
// out as ballots.csv text and go through the reader, the checks and the panel aggregation.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "../exact_fraction.hpp"
#include "ballot_fixture.hpp"
#include "tab/ballots/scoresheet.hpp"

namespace {

using nlohmann::json;

std::vector<json> cases(const std::string& prefix) {
    std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-cases.json");
    json file = json::parse(in);
    std::vector<json> out;
    for (const json& c : file["cases"])
        if (c["id"].get<std::string>().rfind(prefix, 0) == 0) out.push_back(c);
    return out;
}

using tab::testing::exact;

int side_of(const std::string& name) {
    static const std::vector<std::string> sides = {"aff", "neg", "og", "oo", "cg", "co"};
    int i = static_cast<int>(std::find(sides.begin(), sides.end(), name) - sides.begin());
    return i < 2 ? i : i - 2;
}

std::vector<std::optional<tab::Fraction>> totals_of(const json& scores, const std::vector<std::string>& sides) {
    std::vector<std::optional<tab::Fraction>> out;
    for (const std::string& side : sides) {
        std::optional<tab::Fraction> total = tab::Fraction();
        for (const json& s : scores[side])
            if (s.is_null()) total.reset();
            else if (total) *total += exact(s.get<double>());
        out.push_back(total);
    }
    return out;
}

tab::WinRule rule_named(const std::string& name) {
    if (name == "high_points_required") return tab::WinRule::high_points;
    if (name == "low_point_win_allowed") return tab::WinRule::low_points;
    if (name == "tied_point_win_allowed") return tab::WinRule::tied_points;
    return tab::WinRule::result_only;
}

// Two-team tournament whose scale accepts the cases' scores, with n speakers and a reply.
tab::Tournament voting_tournament(int speakers, bool from_majority) {
    tab::Tournament t = tab::testing::ballot_tournament("wsdc", 2, 3);
    t.format.speaker_scores = {50, 100, 0.5};
    t.format.reply_scores = {25, 50, 0.5};
    t.format.scores_from_majority = from_majority;
    for (int team = 0; team < 2; ++team)
        for (int s = t.format.speakers_per_team; s < speakers; ++s) {
            tab::Speaker extra;
            extra.name = t.teams[team].name + " " + std::string(1, static_cast<char>('A' + s));
            extra.team = team;
            t.speakers.push_back(extra);
        }
    t.format.speakers_per_team = speakers;
    return t;
}

// ballots.csv text: one sheet per adjudicator (or a consensus sheet), [[aff...reply],[neg...reply]].
std::string sheets_csv(const tab::Tournament& t, const std::vector<json>& sheets, const std::vector<std::string>& judges,
                       const std::vector<std::string>& winners) {
    std::string csv = "room,adjudicator,team,speaker,position,score,win\n";
    const int n = t.format.speakers_per_team;
    for (size_t a = 0; a < sheets.size(); ++a)
        for (int side = 0; side < 2; ++side) {
            const json& scores = sheets[a][side];
            for (int p = 0; p <= n; ++p) {
                std::string speaker = t.teams[side].name + " " + std::string(1, static_cast<char>('A' + (p < n ? p : 0)));
                std::string win = winners[a] == (side == 0 ? "aff" : "neg") ? "yes" : "";
                csv += "1," + judges[a] + "," + t.teams[side].name + "," + speaker + "," +
                       (p < n ? std::to_string(p + 1) : "reply") + "," + scores[p].dump() + "," + win + "\n";
            }
        }
    return csv;
}

}  // namespace

TEST_CASE("scoresheet: every transcribed two-team and BP scoresheet case") {
    int checked = 0;
    for (const json& c : cases("scoresheet.")) {
        CAPTURE(c["id"].get<std::string>());
        const json& in = c["input"];
        const json& ex = c["expected"];
        if (!in.contains("scores")) continue;  // declared_winner_error: see the reader's test below
        ++checked;
        if (c["category"] == "results.scoresheet.bp") {
            tab::SheetDecision d = tab::decide_by_totals(totals_of(in["scores"], {"og", "oo", "cg", "co"}));
            CHECK(d.complete == ex["is_complete"].get<bool>());
            CHECK(d.valid == ex["is_valid"].get<bool>());
            CHECK(d.order.size() == ex["ranked_sides"].size());
            continue;
        }
        std::optional<int> declared;
        if (!in["declared_winner"].is_null()) declared = side_of(in["declared_winner"]);
        tab::SheetDecision d = tab::decide_two_team(totals_of(in["scores"], {"aff", "neg"}), declared,
                                                    rule_named(in["scoresheet"]));
        CHECK(d.complete == ex["is_complete"].get<bool>());
        std::vector<int> winners;
        for (const json& w : ex["winners"]) winners.push_back(side_of(w));
        CHECK((d.valid ? std::vector<int>{d.order[0]} : std::vector<int>{}) == winners);
        if (ex.contains("is_valid")) CHECK(d.valid == ex["is_valid"].get<bool>());
    }
    CHECK(checked == 15);
}

TEST_CASE("scoresheet: a declared winner that is not yes or no is reported (scoresheet.two_team.declared_winner_error)") {
    tab::Tournament t = tab::testing::ballot_tournament("wsdc", 2, 1);
    tab::Draw draw = tab::testing::ballot_draw(t, "F", 1);
    tab::Diagnostics diags;
    tab::parse_ballots(t, draw, "room,team,win\n1,T1,hello\n1,T2,\n", "b.csv", diags);
    CHECK(tab::testing::messages(diags) == std::vector<std::string>{"2:3: win: found 'hello', expected yes or no"});
}

TEST_CASE("results: transcribed voting cases (majority, chair breaks an even split, means)") {
    for (const json& c : cases("results.voting.")) {
        CAPTURE(c["id"].get<std::string>());
        const json& in = c["input"];
        const json& ex = c["expected"];
        const int n = in["num_speakers_per_team"].get<int>();
        for (bool from_majority : {true, false}) {
            CAPTURE(from_majority);
            tab::Tournament t = voting_tournament(n, from_majority);
            tab::Draw draw = tab::testing::ballot_draw(t, "R1", in["num_adjs"].get<int>());
            std::vector<std::string> judges;
            for (int a = 0; a < in["num_adjs"].get<int>(); ++a) judges.push_back("J" + std::to_string(a + 1));
            std::string csv = sheets_csv(t, in["scores_by_adj"].get<std::vector<json>>(), judges,
                                         in["declared_winners_by_adj"].get<std::vector<std::string>>());
            tab::Diagnostics diags;
            tab::BallotFile ballots = tab::parse_ballots(t, draw, csv, "b.csv", diags);
            REQUIRE(diags.empty());
            tab::RoundResults r = tab::compute_round_results(t, draw, ballots);
            const json& hp = ex["high_points_required"];
            CHECK(r.debates[0].entered == hp["valid"].get<bool>());
            if (!hp["valid"].get<bool>()) continue;
            const std::string prefix = from_majority ? "majority_" : "everyone_";
            const json& source = from_majority ? hp : ex["common"];
            for (int side = 0; side < 2; ++side) {
                const tab::TeamResult& team = r.debates[0].teams[side];
                CHECK(team.win == (side_of(hp["winner"]) == side));
                CHECK(team.votes == hp["num_adjs_for_team"][side].get<int>());
                CHECK(team.score.to_double() == doctest::Approx(source[prefix + "totals"][side].get<double>()));
                CHECK(team.margin->to_double() == doctest::Approx(source[prefix + "margins"][side].get<double>()));
                for (int p = 0; p <= n; ++p)
                    CHECK(team.speeches[p].score.to_double() ==
                          doctest::Approx(source[prefix + "scores"][side][p].get<double>()));
            }
        }
    }
}

TEST_CASE("results: transcribed consensus cases under each win rule") {
    for (const json& c : cases("results.consensus.")) {
        CAPTURE(c["id"].get<std::string>());
        const json& in = c["input"];
        const json& ex = c["expected"];
        const json& others = c["info"]["low_allowed_and_tied_allowed_data_present_but_unused"];
        for (const std::string rule : {"high-points", "tied-points", "low-points"}) {
            CAPTURE(rule);
            const json& outcome = rule == "high-points" ? ex["high_points_required"]
                                                        : others[rule == "tied-points" ? "tied-allowed" : "low-allowed"];
            tab::Tournament t = voting_tournament(in["num_speakers_per_team"].get<int>(), true);
            tab::Settings ballots_settings("ballots");
            ballots_settings.set("winners", rule);
            t.settings.insert_or_assign("ballots", ballots_settings);
            tab::Draw draw = tab::testing::ballot_draw(t, "R1", in["num_adjs"].get<int>());
            std::string csv = sheets_csv(t, {in["scores"]}, {""}, {in["declared_winner"].get<std::string>()});
            tab::Diagnostics diags;
            tab::RoundResults r = tab::compute_round_results(t, draw, tab::parse_ballots(t, draw, csv, "b.csv", diags));
            CHECK(r.debates[0].entered == outcome["valid"].get<bool>());
            if (!outcome["valid"].get<bool>()) continue;
            for (int side = 0; side < 2; ++side) {
                const tab::TeamResult& team = r.debates[0].teams[side];
                CHECK(team.win == (side_of(outcome["winner"]) == side));
                CHECK(team.score.to_double() == doctest::Approx(ex["totals"][side].get<double>()));
                CHECK(team.margin->to_double() == doctest::Approx(ex["margins"][side].get<double>()));
            }
        }
    }
}

// The standings cases transcribed from Tabbycat's tests (ids "standings."), loaded from
// tests/data/cases/tabbycat-cases.json: each scenario becomes a tournament and the results
// of its rounds, and every expected metric value, rank, order and error is checked.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "../exact_fraction.hpp"
#include "tab/standings/standings.hpp"

namespace {

using nlohmann::json;

const json& standings_cases() {
    static const json file = [] {
        std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-cases.json");
        return json::parse(in);
    }();
    return file;
}

std::string id_text(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

bool has_flag(const json& holder, const char* key, const char* flag) {
    if (!holder.contains(key)) return false;
    for (const json& f : holder[key])
        if (f == flag) return true;
    return false;
}

using tab::testing::exact;

struct Scenario {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;
};

// The scenario as a tournament (one speaker per team and position asked for) and its results.
Scenario build(const json& input) {
    const json& s = standings_cases()["scenarios"][input["scenario_ref"].get<std::string>()];
    Scenario out;
    out.t.format = *tab::preset_format("australs");
    auto add_team = [&](std::string name) {
        tab::Team team;
        team.name = std::move(name);
        out.t.teams.push_back(team);
    };
    for (const json& team : s["teams"]) add_team(id_text(team["id"]));
    if (input.contains("extra_team")) add_team("extra");
    std::vector<int> positions;
    if (input.contains("speaker_score_positions")) positions = input["speaker_score_positions"].get<std::vector<int>>();
    // Speaker of (team, position): team-1 speaker scores 100+i, team-2 speaker 100-i in round i.
    auto speaker_of = [&](int team, int position) {
        std::string name = "Speaker " + std::to_string(team + 1) + "." + std::to_string(position);
        const int known = out.t.find_speaker(name);
        if (known >= 0) return known;
        tab::Speaker speaker;
        speaker.name = name;
        speaker.team = team;
        out.t.speakers.push_back(speaker);
        return static_cast<int>(out.t.speakers.size()) - 1;
    };
    for (const json& round : s["rounds"]) {
        tab::RoundResults r;
        int seq = round["seq"].get<int>();
        r.round = "R" + std::to_string(seq);
        r.prelim = round["stage"] == "preliminary";
        r.weight = round["weight"].get<double>();
        for (const json& d : s["debates"]) {
            if (d["round"].get<int>() != seq) continue;
            tab::DebateResult debate;
            debate.entered = d["ballot_confirmed"].get<bool>();
            debate.pullup_debate = has_flag(d, "debate_flags", "pullup");
            int side = 0;
            for (const json& dt : d["teams"]) {
                const json& ts = dt["teamscore"];
                tab::TeamResult team;
                team.team = out.t.find_team(id_text(dt["team"]));
                team.side = side++;
                team.pullup = has_flag(dt, "debateteam_flags", "pullup");
                team.scored = true;
                team.points = ts["points"].get<int>();
                team.win = ts["win"].get<bool>();
                team.score = exact(ts["score"].get<double>());
                team.margin = exact(ts["margin"].get<double>());
                team.votes = ts["votes_given"].get<int>();
                team.panel = ts["votes_possible"].get<int>();
                for (int p : positions) {
                    int64_t score = team.team == 0 ? 100 + seq : 100 - seq;
                    team.speeches.push_back({speaker_of(team.team, p), p, tab::Fraction(score), std::nullopt, false});
                }
                debate.teams.push_back(team);
            }
            r.debates.push_back(debate);
        }
        out.results.push_back(r);
    }
    return out;
}

int team_named(const tab::Tournament& t, const std::string& id) {
    if (id == "extra") return t.find_team("extra");
    return t.find_team(id);
}

}  // namespace

TEST_CASE("standings: every transcribed Tabbycat standings case") {
    int checked = 0;
    for (const json& c : standings_cases()["cases"]) {
        const std::string id = c["id"];
        if (id.rfind("standings.", 0) != 0) continue;
        CAPTURE(id);
        const json& input = c["input"];
        const json& expected = c["expected"];
        Scenario s = build(input);
        tab::StandingsOptions options;
        options.precedence = input["precedence"].get<std::vector<std::string>>();
        if (input.contains("extra_metrics")) options.extras = input["extra_metrics"].get<std::vector<std::string>>();
        tab::Diagnostics problems;
        std::optional<tab::TeamStandings> st = tab::compute_team_standings(s.t, s.results, options, problems);
        ++checked;
        if (expected.contains("expected_error")) {
            CHECK_FALSE(st.has_value());
            CHECK(problems.error_count() == 1);
            CHECK((problems.has_errors() && problems.all().back().message.find("appears twice") != std::string::npos));
            continue;
        }
        REQUIRE(st.has_value());
        const std::vector<std::string> columns = st->columns();
        if (expected.contains("expected_metrics"))
            for (const auto& [metric, by_team] : expected["expected_metrics"].items()) {
                auto col = std::find(columns.begin(), columns.end(), metric);
                REQUIRE(col != columns.end());
                for (const auto& [team_id, value] : by_team.items()) {
                    CAPTURE(metric);
                    CAPTURE(team_id);
                    int team = team_named(s.t, team_id);
                    auto row = std::find_if(st->rows.begin(), st->rows.end(), [&](const auto& r) { return r.team == team; });
                    REQUIRE(row != st->rows.end());
                    const tab::MetricValue& v = row->metrics[col - columns.begin()];
                    if (value.is_string()) {
                        CHECK(v.kind == tab::MetricValue::Kind::not_applicable);
                    } else {
                        REQUIRE(v.present());
                        CHECK(v.to_double() == doctest::Approx(value.get<double>()).epsilon(1e-9));
                    }
                }
            }
        if (expected.contains("expected_rankings"))
            for (const auto& [team_id, rankings] : expected["expected_rankings"].items()) {
                CAPTURE(team_id);
                int team = team_named(s.t, team_id);
                auto row = std::find_if(st->rows.begin(), st->rows.end(), [&](const auto& r) { return r.team == team; });
                REQUIRE(row != st->rows.end());
                for (const auto& [which, pair] : rankings.items()) {
                    const tab::Ranking& r = which == "rank" ? row->rank : row->subrank;
                    CAPTURE(which);
                    CHECK(r.rank == pair[0].get<int>());
                    CHECK(r.tied == pair[1].get<bool>());
                }
            }
        if (expected.contains("expected_order")) {
            std::vector<std::string> order;
            for (const tab::TeamStanding& r : st->rows) order.push_back(s.t.teams[r.team].name);
            CHECK(order == expected["expected_order"].get<std::vector<std::string>>());
        }
    }
    CHECK(checked >= 60);
}

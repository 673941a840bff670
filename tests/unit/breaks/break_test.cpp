// compute_break on constructed results: priorities, hand remarks, reserves, the tie rule, and
// break.csv written and read back.
#include <doctest/doctest.h>

#include "tab/breaks/break.hpp"

namespace {

struct FieldTeam {
    std::string name;
    int wins;
    int speaks;
    std::vector<std::string> categories;
};

// An Australs tournament of three rounds in which each team has the given wins and speaks.
struct Field {
    tab::Tournament t;
    std::vector<tab::RoundResults> results;
};

Field make_field(const std::vector<FieldTeam>& teams) {
    Field f;
    f.t.format = *tab::preset_format("australs");
    f.t.seed = 7;
    for (const FieldTeam& ft : teams) {
        tab::Team team;
        team.name = ft.name;
        team.break_categories = ft.categories;
        f.t.teams.push_back(team);
    }
    for (int round = 0; round < 3; ++round) {
        tab::RoundResults r;
        r.round = "R" + std::to_string(round + 1);
        for (size_t i = 0; i < teams.size(); ++i) {
            tab::TeamResult tr;
            tr.team = static_cast<int>(i);
            tr.scored = true;
            tr.win = round < teams[i].wins;
            tr.points = tr.win ? 1 : 0;
            tr.score = tab::Fraction(round == 0 ? teams[i].speaks : 0);
            r.debates.push_back({static_cast<int>(i) + 1, true, false, {tr}});
        }
        f.results.push_back(r);
    }
    return f;
}

tab::BreakCategory category(std::string id, int size, int priority, bool general, int reserve = 0) {
    tab::BreakCategory c;
    c.id = c.name = std::move(id);
    c.size = size;
    c.priority = priority;
    c.general = general;
    c.reserve = reserve;
    return c;
}

std::vector<std::string> names(const tab::Tournament& t, const std::vector<int>& teams) {
    std::vector<std::string> out;
    for (int i : teams) out.push_back(t.teams[static_cast<size_t>(i)].name);
    return out;
}

const tab::BreakEntry* entry(const tab::Tournament& t, const tab::CategoryBreak& c, const std::string& name) {
    for (const tab::BreakEntry& e : c.entries)
        if (t.teams[static_cast<size_t>(e.team)].name == name) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("break: a higher-priority category excludes its teams from a lower one, equal priorities do not") {
    Field f = make_field({{"A", 3, 240, {"novice"}}, {"B", 3, 230, {}}, {"C", 2, 220, {"novice"}},
                          {"D", 2, 210, {"novice"}}, {"E", 1, 200, {"novice", "esl"}}, {"F", 0, 190, {"esl"}}});
    f.t.break_categories = {category("open", 2, 10, true), category("novice", 2, 0, false, 1),
                            category("esl", 2, 0, false)};
    tab::Diagnostics problems;
    std::optional<tab::Break> b = tab::compute_break(f.t, f.results, {}, problems);
    REQUIRE(b);
    CHECK(names(f.t, b->find("open")->breaking()) == std::vector<std::string>{"A", "B"});
    const tab::CategoryBreak& novice = *b->find("novice");
    CHECK(names(f.t, novice.breaking()) == std::vector<std::string>{"C", "D"});
    REQUIRE(entry(f.t, novice, "A"));
    CHECK(entry(f.t, novice, "A")->remark == tab::Remark::different_break);
    CHECK(entry(f.t, novice, "E")->remark == tab::Remark::reserve);
    // E may break in esl although it is novice's reserve: novice and esl have equal priority.
    CHECK(names(f.t, b->find("esl")->breaking()) == std::vector<std::string>{"E", "F"});
}

TEST_CASE("break: hand remarks leave a team out and the next team breaks") {
    Field f = make_field({{"A", 3, 240, {}}, {"B", 2, 230, {}}, {"C", 1, 220, {}}});
    f.t.break_categories = {category("open", 2, 0, true)};
    tab::Diagnostics problems;
    std::optional<tab::Break> b = tab::compute_break(f.t, f.results, {{1, "", tab::Remark::withdrawn, ""}}, problems);
    REQUIRE(b);
    CHECK(names(f.t, b->find("open")->breaking()) == std::vector<std::string>{"A", "C"});
    CHECK(entry(f.t, *b->find("open"), "B")->remark == tab::Remark::withdrawn);
    CHECK(entry(f.t, *b->find("open"), "B")->note == "set in break_remarks.csv");
}

TEST_CASE("break: teams tied at the cut-off are separated by speaks, by lot, or all break") {
    // B, C and D are tied on wins; on speaks B and C are level and D is behind.
    Field f = make_field({{"A", 3, 240, {}}, {"B", 2, 230, {}}, {"C", 2, 230, {}}, {"D", 2, 220, {}}, {"E", 0, 250, {}}});
    f.t.break_categories = {category("open", 2, 0, true)};
    f.t.edit_section("standings").set("team_precedence", std::vector<std::string>{"wins"});
    f.t.edit_section("break").set("tie_metrics", std::vector<std::string>{"speaks_sum"});
    tab::Diagnostics problems;
    std::optional<tab::Break> b = tab::compute_break(f.t, f.results, {}, problems);
    REQUIRE(b);
    const tab::CategoryBreak& open = *b->find("open");
    std::vector<std::string> broke = names(f.t, open.breaking());
    REQUIRE(broke.size() == 2);
    CHECK(broke[0] == "A");
    const std::string loser = broke[1] == "B" ? "C" : "B";
    CHECK(entry(f.t, open, loser)->remark == tab::Remark::lost_coin_toss);
    CHECK(entry(f.t, open, "D")->remark == tab::Remark::broke);
    CHECK(entry(f.t, open, "D")->break_rank == 0);
    CHECK(entry(f.t, open, "D")->note.find("behind on speaks_sum") != std::string::npos);

    f.t.edit_section("break").set("tie_at_cutoff", std::string("include"));
    b = tab::compute_break(f.t, f.results, {}, problems);
    REQUIRE(b);
    CHECK(b->find("open")->breaking().size() == 4);
    CHECK(entry(f.t, *b->find("open"), "D")->break_rank == 2);
}

TEST_CASE("break: break.csv round-trips and remarks are read with positions") {
    Field f = make_field({{"A", 3, 240, {}}, {"B", 2, 230, {}}, {"C", 1, 220, {}}});
    f.t.break_categories = {category("open", 2, 0, true, 1)};
    tab::Diagnostics problems;
    std::optional<tab::Break> b = tab::compute_break(f.t, f.results, {}, problems);
    REQUIRE(b);
    tab::MemoryFileSystem fs;
    fs.files["break.csv"] = tab::break_to_csv(f.t, *b);
    tab::Diagnostics diags;
    std::optional<tab::Break> back = tab::read_break(f.t, fs, diags);
    REQUIRE(back);
    CHECK(tab::break_to_csv(f.t, *back) == fs.files["break.csv"]);

    fs.files["break_remarks.csv"] = "team,remark\nA,withdrawn\nZ,capped\nB,champion\n";
    std::vector<tab::ManualRemark> remarks = tab::read_break_remarks(f.t, fs, diags);
    CHECK(remarks.size() == 1);
    REQUIRE(diags.error_count() == 2);
    CHECK(tab::format_diagnostic(diags.all()[0]) ==
          "break_remarks.csv:3:1: error: found team 'Z'; expected a team of teams.csv");
    CHECK(diags.all()[1].line == 4);
    CHECK(diags.all()[1].column == 2);
}

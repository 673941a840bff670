// The completeness rule (tab/ballots/completeness.hpp): which prelims a command's answer depends
// on, and which of them are not drawn or have a debate without a result that counts.
#include <doctest/doctest.h>

#include "ballot_fixture.hpp"
#include "tab/ballots/completeness.hpp"
#include "tab/translate/translate.hpp"

namespace {

// R1 R2 R3 (prelims) and F; `entered` per room of a two-room round.
tab::Tournament three_prelims() {
    tab::Tournament t = tab::testing::ballot_tournament("australs", 4, 2);
    tab::Round r2, r3;
    r2.id = "R2";
    r3.id = "R3";
    t.rounds.insert(t.rounds.begin() + 1, {r2, r3});
    return t;
}

tab::RoundResults round_with(const std::string& id, std::vector<bool> entered) {
    tab::RoundResults r;
    r.round = id;
    for (size_t i = 0; i < entered.size(); ++i) {
        tab::DebateResult d;
        d.room = static_cast<int>(entered.size() - i);  // rooms out of order: the answer sorts them
        d.entered = entered[i];
        r.debates.push_back(d);
    }
    return r;
}

}  // namespace

TEST_CASE("completeness: every prelim drawn with every result is complete") {
    const tab::Tournament t = three_prelims();
    const std::vector<tab::RoundResults> all = {round_with("R1", {true, true}), round_with("R2", {true, true}),
                                                round_with("R3", {true, true})};
    CHECK(tab::incomplete_prelims(t, all).empty());
    CHECK(tab::incomplete_prelims(t, all, "R3").empty());
}

TEST_CASE("completeness: a debate without a result names its round and room, a prelim never drawn counts") {
    const tab::Tournament t = three_prelims();
    const std::vector<tab::RoundResults> results = {round_with("R1", {true, false}), round_with("R3", {false, false})};
    const std::vector<tab::IncompleteRound> all = tab::incomplete_prelims(t, results);
    REQUIRE(all.size() == 3);
    CHECK(all[0].round == "R1");
    CHECK(all[0].drawn);
    CHECK(all[0].rooms == std::vector<int>{1});
    CHECK(all[1].round == "R2");
    CHECK_FALSE(all[1].drawn);
    CHECK(all[2].rooms == std::vector<int>{1, 2});
    CHECK(tab::describe(all[0]).text == "round R1: rooms without a result that counts: 1 (see `tab ballots check R1`)");
    CHECK(tab::describe(all[1]).text == "round R2 has no draw (rounds/R2/draw.csv)");
}

TEST_CASE("completeness: drawing a round depends only on the prelims before it") {
    const tab::Tournament t = three_prelims();
    const std::vector<tab::RoundResults> results = {round_with("R1", {true, true}), round_with("R2", {false, true})};
    CHECK(tab::incomplete_prelims(t, results, "R1").empty());
    const std::vector<tab::IncompleteRound> before_r3 = tab::incomplete_prelims(t, results, "R3");
    REQUIRE(before_r3.size() == 1);
    CHECK(before_r3[0].round == "R2");
    CHECK(tab::incomplete_prelims(t, results, "F").size() == 2);  // R2 incomplete, R3 never drawn
}

TEST_CASE("completeness: publish and export leave out drawn incomplete rounds only, with a warning each") {
    const tab::Tournament t = three_prelims();
    const std::vector<tab::RoundResults> results = {round_with("R1", {true, true}), round_with("R2", {true, false})};
    tab::Diagnostics diags;
    const std::vector<tab::IncompleteRound> out = tab::left_out(tab::incomplete_prelims(t, results), tab::message("what.website"), diags);
    REQUIRE(out.size() == 1);  // R3 is not drawn yet: not due, no warning
    CHECK(out[0].round == "R2");
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].severity == tab::Severity::warning);
    CHECK(diags.all()[0].file == "rounds/R2/ballots.csv");
    const std::vector<tab::RoundResults> counted = tab::complete_only(results, out);
    REQUIRE(counted.size() == 1);
    CHECK(counted[0].round == "R1");
}

TEST_CASE("completeness: results read from the files, a ballot that counts is a confirmed, valid one") {
    tab::Tournament t = three_prelims();
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    REQUIRE(tab::write_draw(fs, t, tab::testing::ballot_draw(t, "R1", 1), problems));
    tab::Diagnostics diags;
    std::vector<tab::IncompleteRound> r = tab::incomplete_prelims(t, fs, "R2", diags);
    REQUIRE(r.size() == 1);
    CHECK(r[0].rooms == std::vector<int>{1, 2});  // drawn, no ballots file
    CHECK(tab::incomplete_prelims(t, fs, "R1", diags).empty());
}

TEST_CASE("completeness: an elimination round of tournament.toml not drawn or not decided keeps the tournament unfinished") {
    tab::Tournament t = tab::testing::ballot_tournament("australs", 4, 0);  // R1 and the final F
    tab::MemoryFileSystem fs;
    tab::Diagnostics diags;
    std::vector<tab::IncompleteRound> missing = tab::incomplete_eliminations(t, fs, diags);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].round == "F");
    CHECK_FALSE(missing[0].drawn);

    fs.files[tab::draw_path("F")] = "room,venue,bracket,gov,opp\n1,,0,T1,T2\n";
    missing = tab::incomplete_eliminations(t, fs, diags);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].drawn);
    CHECK(missing[0].rooms == std::vector<int>{1});

    fs.files[tab::ballots_path("F")] = "room,team,win\n1,T1,yes\n1,T2,\n";
    CHECK(tab::incomplete_eliminations(t, fs, diags).empty());
    CHECK_FALSE(diags.has_errors());

    t.rounds.resize(1);  // prelims only: nothing to wait for
    CHECK(tab::incomplete_eliminations(t, fs, diags).empty());
}

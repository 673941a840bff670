// The rules of tab draw, tab allocate and tab simulate in the application layer: the seed, the
// refusal to overwrite, the dry run of a drawn round, --show and --state, and the one JSON shape.
#include <doctest/doctest.h>

#include <set>

#include "example.hpp"
#include "tab/app/allocate.hpp"
#include "tab/app/draw.hpp"
#include "tab/app/rounds.hpp"
#include "tab/app/simulate.hpp"
#include "tab/base/rng.hpp"

using namespace tab;

namespace {

std::set<std::string> keys(const nlohmann::ordered_json& j, const std::string& prefix = "") {
    std::set<std::string> out;
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it) {
            out.insert(prefix + "/" + it.key());
            for (const std::string& k : keys(it.value(), prefix + "/" + it.key())) out.insert(k);
        }
    else if (j.is_array())
        for (const auto& item : j)
            for (const std::string& k : keys(item, prefix + "[]")) out.insert(k);
    return out;
}

}  // namespace

TEST_CASE("app: the seed of a round's draw is --seed, else the round's own, else derived from the tournament's") {
    test::Example e = test::example("wsdc-open");
    Round round = e.t.rounds[0];
    CHECK(app::draw_seed(e.t, round, 7) == 7);
    round.settings.set("seed", int64_t{42});
    CHECK(app::draw_seed(e.t, round) == 42);
    round.settings = Settings("round");
    CHECK(app::draw_seed(e.t, round) == derive_seed(e.t.seed, "draw:" + round.id));
}

TEST_CASE("app: draw_round writes the draw once, refuses to overwrite it, and redraws it with force") {
    test::Example e = test::example("wsdc-open");
    Diagnostics diags;
    std::optional<app::DrawRoundResult> first = app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, false, false}, diags);
    REQUIRE(first);
    CHECK(first->action == app::DrawAction::written);
    CHECK(e.fs.exists(draw_path("R1")));
    CHECK(first->document.seed == app::draw_seed(e.t, e.t.rounds[0]));
    CHECK(first->document.rooms.size() * 2 + first->document.byes.size() == e.t.teams.size());

    Diagnostics refused;
    CHECK_FALSE(app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, false, false}, refused));
    CHECK(refused.first_failure() == Failure::refused_overwrite);

    Diagnostics forced;
    std::optional<app::DrawRoundResult> again = app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, false, true}, forced);
    REQUIRE(again);
    CHECK(to_json(again->document, false) == to_json(first->document, false));  // same files and seed, same draw
}

TEST_CASE("app: an unknown round is a usage error for every round command") {
    test::Example e = test::example("wsdc-open");
    Diagnostics draw, show, allocate, simulate;
    CHECK_FALSE(app::draw_round(e.t, e.fs, {"R99", std::nullopt, false, false, false}, draw));
    CHECK_FALSE(app::show_draw(e.t, e.fs, "R99", show));
    CHECK_FALSE(app::allocate_round(e.t, e.fs, {"R99", false, false, false}, allocate));
    CHECK_FALSE(app::simulate_round(e.t, e.fs, {"R99", std::nullopt, false}, simulate));
    for (const Diagnostics* d : {&draw, &show, &allocate, &simulate}) CHECK(d->first_failure() == Failure::usage);
}

TEST_CASE("app: a dry run writes nothing, on a drawn round it makes the draw again from the recorded seed") {
    test::Example e = test::example("wsdc-open");
    Diagnostics diags;
    REQUIRE(app::draw_round(e.t, e.fs, {"R1", 12345, false, false, false}, diags));  // drawn with another seed than the default
    const std::string stored = *e.fs.read(draw_path("R1"));

    std::optional<app::DrawRoundResult> same = app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, true, false}, diags);
    REQUIRE(same);
    CHECK(same->action == app::DrawAction::dry_run);
    CHECK(same->document.seed == 12345u);
    CHECK(same->matches_stored == true);

    std::optional<app::DrawRoundResult> other = app::draw_round(e.t, e.fs, {"R1", 1, false, true, false}, diags);
    REQUIRE(other);
    CHECK(other->matches_stored == false);
    CHECK(*e.fs.read(draw_path("R1")) == stored);

    // R2 is drawn on R1's results: a dry run of a round not drawn yet needs them like a real draw.
    REQUIRE(app::simulate_round(e.t, e.fs, {"R1", std::nullopt, false}, diags));
    std::optional<app::DrawRoundResult> fresh = app::draw_round(e.t, e.fs, {"R2", std::nullopt, false, true, false}, diags);
    REQUIRE(fresh);
    CHECK_FALSE(fresh->matches_stored);
    CHECK_FALSE(e.fs.exists(draw_path("R2")));
}

TEST_CASE("app: --show has the shape of a fresh draw, with the panel filled in after allocation") {
    test::Example e = test::example("wsdc-open");
    Diagnostics diags;
    CHECK_FALSE(app::show_draw(e.t, e.fs, "R1", diags));
    CHECK(diags.first_failure() == Failure::cannot);

    Diagnostics ok;
    std::optional<app::DrawRoundResult> fresh = app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, false, false}, ok);
    REQUIRE(fresh);
    std::optional<app::AllocateResult> allocated = app::allocate_round(e.t, e.fs, {"R1", false, false, false}, ok);
    REQUIRE(allocated);
    CHECK(allocated->written);
    std::optional<DrawDocument> shown = app::show_draw(e.t, e.fs, "R1", ok);
    REQUIRE(shown);
    CHECK(ok.error_count() == 0);
    // The same keys; only a draw just made has quality figures to list.
    std::set<std::string> fresh_keys = keys(to_json(fresh->document, false));
    CHECK(fresh_keys.erase("/quality[]/term") == 1);
    CHECK(fresh_keys.erase("/quality[]/value") == 1);
    CHECK(keys(to_json(*shown, false)) == fresh_keys);
    REQUIRE(shown->rooms.size() == fresh->document.rooms.size());
    for (size_t r = 0; r < shown->rooms.size(); ++r) {
        CHECK(shown->rooms[r].chair.has_value());
        CHECK_FALSE(fresh->document.rooms[r].chair.has_value());
        for (size_t s = 0; s < shown->rooms[r].teams.size(); ++s) {
            CHECK(shown->rooms[r].teams[s].team == fresh->document.rooms[r].teams[s].team);
            CHECK(shown->rooms[r].teams[s].side == e.t.format.sides[s]);
        }
    }
    const nlohmann::ordered_json json = to_json(*shown, false);
    CHECK(json["rooms"][0]["teams"][0]["side"] == "gov");
    CHECK(json["rooms"][0]["panellists"].is_array());
    CHECK(json["stage"] == "prelim");

    Diagnostics refused;
    CHECK_FALSE(app::allocate_round(e.t, e.fs, {"R1", false, false, false}, refused));
    CHECK(refused.first_failure() == Failure::refused_overwrite);
}

TEST_CASE("app: simulate writes ballots for a drawn round and refuses to overwrite them") {
    test::Example e = test::example("wsdc-open");
    Diagnostics diags;
    CHECK_FALSE(app::simulate_round(e.t, e.fs, {"R1", std::nullopt, false}, diags));
    CHECK(diags.first_failure() == Failure::cannot);  // not drawn yet
    Diagnostics ok;
    REQUIRE(app::draw_round(e.t, e.fs, {"R1", std::nullopt, false, false, false}, ok));
    std::optional<app::SimulateResult> result = app::simulate_round(e.t, e.fs, {"R1", std::nullopt, false}, ok);
    REQUIRE(result);
    CHECK(result->path == ballots_path("R1"));
    CHECK(result->sheets >= result->rooms);
    CHECK(e.fs.exists(ballots_path("R1")));
    Diagnostics refused;
    CHECK_FALSE(app::simulate_round(e.t, e.fs, {"R1", std::nullopt, false}, refused));
    CHECK(refused.first_failure() == Failure::refused_overwrite);
}

TEST_CASE("app: a state with an unknown key is refused with the key's JSON pointer") {
    Diagnostics diags;
    CHECK_FALSE(app::draw_from_state(R"({"teams": [{"id": "A"}, {"id": "B", "pointz": 1}], "colour": 2})", "state.json",
                                     std::nullopt, diags));
    std::vector<std::string> messages;
    for (const Diagnostic& d : diags.all()) messages.push_back(format_diagnostic(d));
    CHECK(messages == std::vector<std::string>{
                          "state.json: error: /colour: unknown key, expected one of: preset, method, seed, round, round_number, options, teams",
                          "state.json: error: /teams/1/pointz: unknown key, expected one of: id, institution, points, speaks, "
                          "side_history, opponents, pullups, byes, seed, allocated_side"});

    Diagnostics ok;
    std::optional<DrawDocument> draw = app::draw_from_state(R"({"seed": 3, "teams": [{"id": "A"}, {"id": "B"}]})", "s.json", 9, ok);
    REQUIRE(draw);
    CHECK(draw->seed == 9u);
    REQUIRE(draw->rooms.size() == 1);
    CHECK(to_json(*draw, true)["rooms"][0].contains("costs"));
    CHECK_FALSE(to_json(*draw, false)["rooms"][0].contains("costs"));
}

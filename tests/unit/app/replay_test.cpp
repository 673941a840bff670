// tab replay in memory: draws made again from their seeds compare equal, an allocation added
// later is no difference, a changed draw is.
#include <doctest/doctest.h>

#include "../said_in.hpp"

#include "example.hpp"
#include "tab/app/allocate.hpp"
#include "tab/app/draw.hpp"
#include "tab/app/replay.hpp"
#include "tab/app/simulate.hpp"

using namespace tab;

namespace {

void play_round(test::Example& e, const std::string& round) {
    Diagnostics diags;
    REQUIRE(app::draw_round(e.t, e.fs, {round, std::nullopt, false, false, false}, diags));
    REQUIRE(app::allocate_round(e.t, e.fs, {round, true, false, false}, diags));
    REQUIRE(app::simulate_round(e.t, e.fs, {round, std::nullopt, false}, diags));
    REQUIRE(diags.error_count() == 0);
}

}  // namespace

TEST_CASE("app: replay makes every draw again and finds no difference in an untouched tournament") {
    test::Example e = test::example("wsdc-open");
    play_round(e, "R1");
    play_round(e, "R2");
    Diagnostics diags;
    std::optional<app::ReplayResult> result = app::replay(e.t, e.fs, diags);
    REQUIRE(result);
    CHECK(diags.error_count() == 0);
    CHECK_FALSE(result->has_differences());
    CHECK(result->draws_made_again == 2);
    CHECK(result->standings_tables == 6);
    REQUIRE(result->rounds.size() == e.t.rounds.size());
    CHECK(result->rounds[0].draw == app::DrawCheck::same);
    CHECK(result->rounds[1].draw == app::DrawCheck::same);
    CHECK(result->rounds[0].standings_same == true);
    CHECK(result->rounds[2].draw == app::DrawCheck::not_drawn);
    CHECK(to_json(*result)["rounds"][0]["draw"] == "same");
}

TEST_CASE("app: replay reports a draw whose teams were changed by hand") {
    test::Example e = test::example("wsdc-open");
    play_round(e, "R1");
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(e.fs, e.t, "R1", diags);
    REQUIRE(draw);
    REQUIRE(draw->debates.size() >= 2);
    std::swap(draw->debates[0].teams[0], draw->debates[1].teams[0]);
    tab::Diagnostics problems;
    REQUIRE(write_draw(e.fs, e.t, *draw, problems));
    std::optional<app::ReplayResult> result = app::replay(e.t, e.fs, diags);
    REQUIRE(result);
    CHECK(result->has_differences());
    CHECK(result->rounds[0].draw == app::DrawCheck::differs);
    REQUIRE(result->differences.size() >= 1);
    CHECK(result->differences[0].what == "draw");
    CHECK(result->differences[0].message.text.find("room 1") != std::string::npos);
}

TEST_CASE("app: a replay difference is said in Kazakh and Russian") {
    test::Example e = test::example("wsdc-open");
    play_round(e, "R1");
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(e.fs, e.t, "R1", diags);
    REQUIRE(draw);
    std::swap(draw->debates[0].teams[0], draw->debates[1].teams[0]);
    REQUIRE(write_draw(e.fs, e.t, *draw, diags));
    std::optional<app::ReplayResult> result = app::replay(e.t, e.fs, diags);
    REQUIRE(result);
    REQUIRE_FALSE(result->differences.empty());
    const Message& m = result->differences[0].message;
    CHECK(english_words(Catalogue::builtin("ru").say(m), {"rounds", "R1", "draw", "csv", "seed"}).empty());
    CHECK(english_words(Catalogue::builtin("kk").say(m), {"rounds", "R1", "draw", "csv", "seed"}).empty());
    CHECK(Catalogue::builtin("ru").say(m).find("аудитория 1") != std::string::npos);
}

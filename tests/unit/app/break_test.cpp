// app::compute_and_write_break: the prerequisites (categories, complete prelims), the refusal to
// overwrite break.csv, --show, and the typed break with remark codes.
#include <doctest/doctest.h>

#include "app_fixture.hpp"
#include "tab/app/break.hpp"

using tab::Failure;
using tab::testing::AppFixture;
using tab::testing::failures;

namespace {

void open_break_of_two(tab::Tournament& t) {
    tab::BreakCategory open;
    open.id = "open";
    open.name = "Open";
    open.size = 2;
    open.general = true;
    t.break_categories = {open};
}

}  // namespace

TEST_CASE("break: without categories, or with a room of a prelim still without a ballot, it cannot be computed") {
    AppFixture f;
    tab::Diagnostics none;
    CHECK_FALSE(tab::app::compute_and_write_break(f.t, f.fs, {}, none));
    CHECK(failures(none) == std::vector<Failure>{Failure::cannot});

    open_break_of_two(f.t);
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2"));
    tab::Diagnostics incomplete;
    CHECK_FALSE(tab::app::compute_and_write_break(f.t, f.fs, {}, incomplete));
    CHECK(failures(incomplete) == std::vector<Failure>{Failure::cannot});
    CHECK_FALSE(f.fs.exists(tab::break_file));

    tab::Diagnostics show;
    CHECK_FALSE(tab::app::compute_and_write_break(f.t, f.fs, {false, true}, show));
    CHECK(failures(show) == std::vector<Failure>{Failure::cannot});
}

TEST_CASE("break: written once, refused again without --force, shown as stored") {
    AppFixture f;
    open_break_of_two(f.t);
    f.draw_r1();
    f.ballots_r1(AppFixture::sheet(1, "T1", "T2") + AppFixture::sheet(2, "T4", "T3"));
    tab::Diagnostics diags;
    std::optional<tab::app::BreakReport> r = tab::app::compute_and_write_break(f.t, f.fs, {}, diags);
    REQUIRE(r);
    CHECK(r->written);
    CHECK(f.fs.exists(tab::break_file));
    REQUIRE(r->categories.size() == 1);
    const tab::app::CategoryBreakReport& open = r->categories[0];
    CHECK(open.category == "open");
    CHECK(open.name == "Open");
    CHECK(open.size == 2);
    REQUIRE(open.teams.size() == 2);
    CHECK(open.teams[0].break_rank == 1);
    CHECK(open.teams[1].break_rank == 2);

    tab::Diagnostics again;
    CHECK_FALSE(tab::app::compute_and_write_break(f.t, f.fs, {}, again));
    CHECK(failures(again) == std::vector<Failure>{Failure::refused_overwrite});
    tab::Diagnostics forced;
    CHECK(tab::app::compute_and_write_break(f.t, f.fs, {true, false}, forced));

    tab::Diagnostics shown;
    std::optional<tab::app::BreakReport> stored = tab::app::compute_and_write_break(f.t, f.fs, {false, true}, shown);
    REQUIRE(stored);
    CHECK_FALSE(stored->written);
    const nlohmann::ordered_json doc = tab::app::to_json(*stored);
    CHECK(doc["categories"][0]["category"] == "open");
    CHECK(doc["categories"][0]["teams"][0]["break_rank"] == 1);
    CHECK(doc["categories"][0]["teams"][0]["remark"].is_null());
    CHECK(doc["categories"][0]["teams"].size() == 2);
}

TEST_CASE("break: remark codes are snake_case, a breaking team has none") {
    CHECK_FALSE(tab::app::remark_code(tab::Remark::broke));
    CHECK(tab::app::remark_code(tab::Remark::different_break) == "different_break");
    CHECK(tab::app::remark_code(tab::Remark::lost_coin_toss) == "lost_coin_toss");
    CHECK(tab::app::remark_code(tab::Remark::reserve) == "reserve");
}

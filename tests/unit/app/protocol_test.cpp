// The protocol as a typed result: the sections present before any round is run, names sorted in
// the language's alphabet, and the JSON keys the schema documents.
#include <doctest/doctest.h>

#include "tab/app/protocol.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"
#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("protocol of a tournament not yet run: participants and motions, no results") {
    DiskFileSystem fs(std::string(TAB_SOURCE_DIR) + "/examples/kz-school-league");
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    app::ProtocolResult r = app::protocol(*t, fs, "kk", diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(r.details.teams == static_cast<int>(t->teams.size()));
    CHECK(r.results.empty());
    CHECK_FALSE(r.break_entries);
    REQUIRE(r.teams.size() == t->teams.size());
    for (std::size_t i = 1; i < r.teams.size(); ++i) CHECK(compare_names(r.teams[i - 1].name, r.teams[i].name, "kk") <= 0);
    nlohmann::ordered_json j = app::to_json(r);
    CHECK(j["tournament"] == t->name);
    CHECK(j["counts"]["debates"] == 0);
    CHECK(j["break"].is_null());
    CHECK(j["teams"][0]["speakers"].is_array());
    CHECK(app::award_kind_code(app::AwardKind::best_speaker) == "best_speaker");
}

// Random, seeded and round-robin draws: every team once, conflicts avoided where possible,
// determinism for a seed and variety across seeds, and the round robin's schedule.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "tab/draw/draw_generate.hpp"
#include "tab/base/rng.hpp"

using namespace tab;

namespace {

DrawRequest field(DrawMethod method, int n) {
    DrawRequest req;
    req.format = *preset_format("australs");
    req.method = method;
    req.seed = 12345;
    for (int i = 0; i < n; ++i) {
        TeamState t;
        t.id = "T" + std::to_string(i);
        t.team = i;
        t.institution = "I" + std::to_string(i / 2);  // T0 and T1 share an institution, ...
        t.side_history = {0, 0};
        t.seed = static_cast<double>(n - i);
        req.teams.push_back(t);
    }
    return req;
}

std::set<std::pair<int, int>> pairs_of(const DrawOutcome& d) {
    std::set<std::pair<int, int>> out;
    for (const DrawnRoom& r : d.rooms) out.insert({std::min(r.teams[0], r.teams[1]), std::max(r.teams[0], r.teams[1])});
    return out;
}

void check_every_team_once(size_t n, const DrawOutcome& draw) {
    std::vector<int> seen(n, 0);
    for (const DrawnRoom& room : draw.rooms)
        for (int t : room.teams) ++seen[t];
    for (int t : draw.byes) ++seen[t];
    for (int count : seen) CHECK(count == 1);
}

}  // namespace

TEST_CASE("random: no institution clash when one can be avoided, seeds change the draw") {
    std::set<std::set<std::pair<int, int>>> draws;
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        DrawRequest req = field(DrawMethod::random, 20);
        req.seed = seed;
        Diagnostics diags;
        std::optional<DrawOutcome> draw = generate_draw(req, diags);
        REQUIRE(draw.has_value());
        check_every_team_once(20, *draw);
        for (const DrawnRoom& room : draw->rooms) CHECK(room.teams[0] / 2 != room.teams[1] / 2);
        draws.insert(pairs_of(*draw));
        std::optional<DrawOutcome> again = generate_draw(req, diags);
        CHECK(pairs_of(*again) == pairs_of(*draw));
    }
    CHECK(draws.size() == 10);
}

TEST_CASE("seeded: top half meets bottom half by seed") {
    DrawRequest req = field(DrawMethod::seeded, 8);
    for (TeamState& t : req.teams) t.institution.clear();
    Diagnostics diags;
    std::optional<DrawOutcome> draw = generate_draw(req, diags);
    REQUIRE(draw.has_value());
    CHECK(pairs_of(*draw) == std::set<std::pair<int, int>>{{0, 4}, {1, 5}, {2, 6}, {3, 7}});
}

TEST_CASE("round-robin: every team meets every other exactly once, one bye per round when odd") {
    for (int n : {6, 7}) {
        std::set<std::pair<int, int>> met;
        int rounds = n % 2 == 0 ? n - 1 : n;
        std::vector<int> byes(n, 0);
        for (int r = 1; r <= rounds; ++r) {
            DrawRequest req = field(DrawMethod::round_robin, n);
            req.round_number = r;
            Diagnostics diags;
            std::optional<DrawOutcome> draw = generate_draw(req, diags);
            REQUIRE(draw.has_value());
            check_every_team_once(n, *draw);
            CHECK(draw->byes.size() == static_cast<size_t>(n % 2));
            for (int b : draw->byes) ++byes[b];
            for (const auto& p : pairs_of(*draw)) CHECK(met.insert(p).second);
        }
        CHECK(met.size() == static_cast<size_t>(n * (n - 1) / 2));
        if (n % 2 != 0) CHECK(std::all_of(byes.begin(), byes.end(), [](int b) { return b == 1; }));
    }
}

TEST_CASE("generate_draw: a method that makes no draw of its own is reported") {
    for (DrawMethod method : {DrawMethod::manual, DrawMethod::elimination}) {
        DrawRequest req = field(method, 4);
        Diagnostics diags;
        CHECK_FALSE(generate_draw(req, diags).has_value());
        REQUIRE(diags.error_count() == 1);
        CHECK(diags.all()[0].message.find(std::string(code_text(method))) != std::string::npos);
    }
}

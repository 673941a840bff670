// BP room definition: Tabbycat's transcribed cases (ids bp.define_rooms.*), loaded from the JSON.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "bp/bp_rooms.hpp"

namespace {

nlohmann::json load_cases() {
    std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-cases.json");
    REQUIRE(in.good());
    return nlohmann::json::parse(in)["cases"];
}

}  // namespace

TEST_CASE("bp rooms: every transcribed bp.define_rooms case") {
    int checked = 0;
    for (const nlohmann::json& c : load_cases()) {
        std::string id = c["id"];
        if (id.rfind("bp.define_rooms.", 0) != 0) continue;
        INFO(id);
        std::vector<double> points = c["input"]["points"].get<std::vector<double>>();
        std::vector<tab::bp::RoomSpec> rooms = tab::bp::define_rooms(*tab::parse_code<tab::BpPullup>(c["input"]["pullup"].get<std::string>()), points);
        const nlohmann::json& expected = c["expected"]["rooms"];
        REQUIRE(rooms.size() == expected.size());
        for (size_t i = 0; i < rooms.size(); ++i) {
            CHECK(rooms[i].level == expected[i][0].get<double>());
            std::set<double> want = expected[i][1].get<std::set<double>>();
            std::set<double> got(rooms[i].allowed.begin(), rooms[i].allowed.end());
            CHECK(got == want);
        }
        ++checked;
    }
    CHECK(checked >= 6);
}

TEST_CASE("bp rooms: the worked examples of tabbycat.md §3.1") {
    auto rooms = tab::bp::define_rooms_anywhere({4, 3, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0});
    REQUIRE(rooms.size() == 3);
    CHECK(rooms[0].level == 4);
    CHECK(std::set<double>(rooms[0].allowed.begin(), rooms[0].allowed.end()) == std::set<double>{4, 3, 2});
    CHECK(rooms[1].allowed == std::vector<double>{2});
    CHECK(rooms[2].allowed == std::vector<double>{0});
}

TEST_CASE("bp rooms: a bracket of exactly the missing size joins whole, fractional points work") {
    auto rooms = tab::bp::define_rooms_anywhere({5.5, 5.5, 4, 4, 3, 3, 3, 3});
    REQUIRE(rooms.size() == 2);
    CHECK(rooms[0].level == 5.5);
    CHECK(rooms[0].allowed == std::vector<double>{5.5, 4});
    CHECK(rooms[1].allowed == std::vector<double>{3});
}

// Team places from the elimination results: the final, the third-place debate or shared third
// places (two-team), and a BP final placed by its totals, with shared third places, or without
// scores.
#include <doctest/doctest.h>

#include <algorithm>

#include "../ballots/ballot_fixture.hpp"
#include "tab/breaks/awards.hpp"

namespace {

// Teams T1..Tn, prelim R1, then the elimination rounds `rounds` of one general category.
tab::Tournament tournament(const std::string& preset, int teams, const std::vector<std::string>& rounds,
                           tab::ThirdPlace third_place) {
    tab::Tournament t = tab::testing::ballot_tournament(preset, teams, 0);
    t.rounds.resize(1);
    for (const std::string& id : rounds) {
        tab::Round r;
        r.id = id;
        r.stage = tab::Stage::elimination;
        t.rounds.push_back(r);
    }
    tab::BreakCategory open;
    open.id = "open";
    open.size = teams;
    open.general = true;
    open.third_place = third_place;
    t.break_categories = {open};
    return t;
}

// A draw file with one room per "room,team,team,..." (teams in side order); room `third_room` is
// flagged as the third-place debate.
std::string draw_csv(const tab::Tournament& t, const std::vector<std::string>& rooms, const std::string& third_room = "") {
    std::string out = "room,venue,bracket";
    for (const std::string& side : t.format.sides) out += "," + side;
    out += ",pullups,chair,panellists,trainees,flags\n";
    for (const std::string& room : rooms) {
        std::string number = room.substr(0, room.find(','));
        out += number + ",,0" + room.substr(number.size()) + ",,,,," + (number == third_room ? "third-place" : "") + "\n";
    }
    return out;
}

// Result-only sheets: one row per (room, team), `win = yes` for the teams in `through`.
std::string result_ballots(const std::vector<std::pair<int, std::string>>& teams, const std::vector<std::string>& through) {
    std::string out = "room,team,speaker,position,score,win\n";
    for (const auto& [room, team] : teams) {
        bool in = std::find(through.begin(), through.end(), team) != through.end();
        out += std::to_string(room) + "," + team + ",,,," + (in ? "yes" : "") + "\n";
    }
    return out;
}

// A scored BP sheet for one room: each team's two speakers score `scores[i]` each; `winner` wins.
std::string scored_bp_ballot(const std::vector<std::string>& teams, const std::vector<int>& scores, const std::string& winner) {
    std::string out = "room,team,speaker,position,score,win\n";
    for (size_t i = 0; i < teams.size(); ++i)
        for (const char* p : {"A", "B"})
            out += "1," + teams[i] + "," + teams[i] + " " + p + "," + (p[0] == 'A' ? "1" : "2") + "," +
                   std::to_string(scores[i]) + "," + (teams[i] == winner ? "yes" : "") + "\n";
    return out;
}

// The places of the only category as "1 T3", "3= T5", ...
std::vector<std::string> places(const tab::Tournament& t, const tab::FileSystem& fs, std::string* missing = nullptr) {
    tab::Diagnostics diags;
    std::optional<tab::Awards> a = tab::compute_awards(t, fs, {}, diags);
    REQUIRE(a);
    CHECK_FALSE(diags.has_errors());
    REQUIRE(a->teams.size() == 1);
    if (missing) *missing = a->teams[0].missing ? a->teams[0].missing->text : "";
    std::vector<std::string> out;
    for (const tab::Placing& p : a->teams[0].places)
        out.push_back(std::to_string(p.place) + (p.shared ? "= " : " ") + t.teams[static_cast<size_t>(p.who)].name);
    return out;
}

// Two-team semifinals T1 v T4 (T1 through) and T2 v T3 (T3 through).
void two_team_semis(const tab::Tournament& t, tab::MemoryFileSystem& fs) {
    fs.files[tab::draw_path("SF")] = draw_csv(t, {"1,T1,T4", "2,T2,T3"});
    fs.files[tab::ballots_path("SF")] = result_ballots({{1, "T1"}, {1, "T4"}, {2, "T2"}, {2, "T3"}}, {"T1", "T3"});
}

}  // namespace

TEST_CASE("awards: a two-team final with shared third places gives both semifinal losers 3=") {
    tab::Tournament t = tournament("australs", 4, {"SF", "GF"}, tab::ThirdPlace::shared);
    tab::MemoryFileSystem fs;
    two_team_semis(t, fs);
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T3,T1"});
    fs.files[tab::ballots_path("GF")] = result_ballots({{1, "T3"}, {1, "T1"}}, {"T3"});
    CHECK(places(t, fs) == std::vector<std::string>{"1 T3", "2 T1", "3= T4", "3= T2"});
}

TEST_CASE("awards: a two-team third-place debate gives 3rd and 4th, without one there are two places") {
    tab::Tournament t = tournament("australs", 4, {"SF", "GF"}, tab::ThirdPlace::debate);
    tab::MemoryFileSystem fs;
    two_team_semis(t, fs);
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T3,T1", "2,T2,T4"}, "2");
    fs.files[tab::ballots_path("GF")] = result_ballots({{1, "T3"}, {1, "T1"}, {2, "T2"}, {2, "T4"}}, {"T3", "T2"});
    CHECK(places(t, fs) == std::vector<std::string>{"1 T3", "2 T1", "3 T2", "4 T4"});

    t.break_categories[0].third_place = tab::ThirdPlace::none;
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T3,T1"});
    fs.files[tab::ballots_path("GF")] = result_ballots({{1, "T3"}, {1, "T1"}}, {"T3"});
    CHECK(places(t, fs) == std::vector<std::string>{"1 T3", "2 T1"});
}

TEST_CASE("awards: a BP final places the others by their totals, or 2nd and 3= 3= with shared third places") {
    tab::Tournament t = tournament("bp", 4, {"GF"}, tab::ThirdPlace::none);
    tab::MemoryFileSystem fs;
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T1,T2,T3,T4"});
    fs.files[tab::ballots_path("GF")] = scored_bp_ballot({"T1", "T2", "T3", "T4"}, {70, 80, 75, 72}, "T3");
    CHECK(places(t, fs) == std::vector<std::string>{"1 T3", "2 T2", "3 T4", "4 T1"});

    t.break_categories[0].third_place = tab::ThirdPlace::shared;
    CHECK(places(t, fs) == std::vector<std::string>{"1 T3", "2 T2", "3= T4", "3= T1"});
}

TEST_CASE("awards: a BP final without scores places the winner, the others share 2nd") {
    tab::Tournament t = tournament("bp", 4, {"GF"}, tab::ThirdPlace::shared);
    tab::MemoryFileSystem fs;
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T1,T2,T3,T4"});
    fs.files[tab::ballots_path("GF")] = result_ballots({{1, "T1"}, {1, "T2"}, {1, "T3"}, {1, "T4"}}, {"T2"});
    CHECK(places(t, fs) == std::vector<std::string>{"1 T2", "2= T1", "2= T3", "2= T4"});
}

TEST_CASE("awards: no places while the final has no ballot, and the reason is given") {
    tab::Tournament t = tournament("australs", 4, {"SF", "GF"}, tab::ThirdPlace::shared);
    tab::MemoryFileSystem fs;
    two_team_semis(t, fs);
    fs.files[tab::draw_path("GF")] = draw_csv(t, {"1,T3,T1"});
    std::string missing;
    CHECK(places(t, fs, &missing).empty());
    CHECK(missing == "round GF has no confirmed ballot for room 1");
}

namespace {

// A BP tournament of prelims only (a district qualifier): R1 with T1-T4 in room 1 (T3 80, T2 78,
// T4 72, T1 70 per speaker) and T5-T8 in room 2 (T5 85, T6 76, T7 74, T8 71).
struct PrelimsOnly {
    tab::Tournament t = tab::testing::ballot_tournament("bp", 8, 0);
    tab::MemoryFileSystem fs;

    PrelimsOnly() {
        t.rounds.resize(1);
        fs.files[tab::draw_path("R1")] = draw_csv(t, {"1,T1,T2,T3,T4", "2,T5,T6,T7,T8"});
        std::string ballots = "room,team,speaker,position,score\n";
        const std::vector<std::pair<std::string, int>> scores = {{"T1", 70}, {"T2", 78}, {"T3", 80}, {"T4", 72},
                                                                 {"T5", 85}, {"T6", 76}, {"T7", 74}, {"T8", 71}};
        for (size_t i = 0; i < scores.size(); ++i)
            for (const char* p : {"A", "B"})
                ballots += std::to_string(i / 4 + 1) + "," + scores[i].first + "," + scores[i].first + " " + p + "," +
                           (p[0] == 'A' ? "1" : "2") + "," + std::to_string(scores[i].second) + "\n";
        fs.files[tab::ballots_path("R1")] = ballots;
    }

    // Each category's places as "1 T5", "2 T3", ...
    std::vector<std::vector<std::string>> places() {
        tab::Diagnostics diags;
        std::vector<tab::RoundResults> prelims = tab::load_results(t, fs, "", diags);
        std::optional<tab::Awards> a = tab::compute_awards(t, fs, prelims, diags);
        REQUIRE(a);
        CHECK_FALSE(diags.has_errors());
        std::vector<std::vector<std::string>> out;
        for (const tab::TeamPlaces& tp : a->teams) {
            out.emplace_back();
            for (const tab::Placing& p : tp.places)
                out.back().push_back(std::to_string(p.place) + (p.shared ? "= " : " ") + t.teams[static_cast<size_t>(p.who)].name);
        }
        return out;
    }
};

}  // namespace

TEST_CASE("awards: a tournament without elimination rounds places its teams 1-4 by the team standings") {
    PrelimsOnly p;
    // No break category declared: one overall list, by points, then speaker points.
    CHECK(p.places() == std::vector<std::vector<std::string>>{{"1 T5", "2 T3", "3 T2", "4 T6"}});

    // Per break category: the category's eligible teams only.
    tab::BreakCategory open, school;
    open.id = "open";
    open.general = true;
    school.id = "school";
    for (int team : {0, 1, 5, 7}) p.t.teams[static_cast<size_t>(team)].break_categories = {"school"};
    p.t.break_categories = {open, school};
    CHECK(p.places() == std::vector<std::vector<std::string>>{{"1 T5", "2 T3", "3 T2", "4 T6"}, {"1 T2", "2 T6", "3 T8", "4 T1"}});
}

// A WSDC tournament held in memory for the app layer's tests: teams T1..T4 with speakers "T1 A",
// "T1 B", "T1 C", a prelim R1 (rooms T1 v T2 and T3 v T4) and an elimination round F, and
// helpers that write its draw and ballots into a MemoryFileSystem.
#pragma once

#include <string>

#include "../ballots/ballot_fixture.hpp"
#include "tab/base/filesystem.hpp"

namespace tab::testing {

struct AppFixture {
    Tournament t = ballot_tournament("wsdc", 4, 2);
    MemoryFileSystem fs;

    AppFixture() { t.seed = 11; }

    void draw_r1() {
        tab::Diagnostics problems;
        REQUIRE(write_draw(fs, t, ballot_draw(t, "R1", 0), problems));
    }

    // One consensus sheet for a room: `winner` scores 71 per speech, the loser 70, replies 35.
    static std::string sheet(int room, const std::string& winner, const std::string& loser, const std::string& status = "") {
        std::string out;
        for (const std::string& team : {winner, loser}) {
            const std::string score = team == winner ? "71" : "70";
            for (const char* who : {"A", "B", "C"})
                out += std::to_string(room) + "," + team + "," + team + " " + who + "," +
                       std::to_string(who[0] - 'A' + 1) + "," + score + "," + status + "\n";
            out += std::to_string(room) + "," + team + "," + team + " A,reply,35," + status + "\n";
        }
        return out;
    }

    void ballots_r1(const std::string& rows) { fs.files[ballots_path("R1")] = "room,team,speaker,position,score,status\n" + rows; }
};

// The kinds of the errors among the diagnostics, in order.
inline std::vector<Failure> failures(const Diagnostics& diags) {
    std::vector<Failure> out;
    for (const Diagnostic& d : diags.all())
        if (d.severity == Severity::error) out.push_back(d.failure);
    return out;
}

}  // namespace tab::testing

// What one tournament gives its season once it is run: how far it has got, its final order of
// teams, its best speakers and the certificates it issues. The season's status, qualification,
// league table and statistics all read tournaments through this one summary.
//
// Places, awards, certificates and diplomas exist only once the tournament is done (every round
// drawn and every ballot in): a standings leader after two rounds has won nothing yet, and the
// certificates are handed out at the end.
//
// Final places: a team placed by the awards (places 1–4 of a break category's final, "3=" shared)
// takes that place (its best over categories); every other team follows in the order of the
// prelim team standings, its place being its position in that whole order. A tournament
// without elimination rounds is thus placed by its standings alone. Ties in the standings are
// already ordered by the tournament's seed, so places are always distinct after the awards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/breaks/awards.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct TournamentOutcome {
    int rounds = 0;           // rounds in tournament.toml
    int rounds_drawn = 0;     // with a draw.csv
    int rounds_complete = 0;  // drawn, with every debate's ballot entered
    int debates = 0;          // debates over every drawn round
    // The rest is filled in only when done():
    std::vector<int> team_place;   // per team: final place, 1 = winner; 0 = not done yet
    std::vector<int> team_order;   // the placed teams, best first
    std::vector<Placing> best_speakers;  // the overall speaker awards
    int certificates = 0;     // one per speaker and adjudicator
    int diplomas = 0;         // award lines on the certificates (team places, speaker and adjudicator awards)

    bool done() const { return rounds > 0 && rounds_complete == rounds; }
};

// Reads the draws and ballots of t from fs (the tournament directory) and computes the outcome.
// Unreadable files go to diags; nullopt with an error in diags when standings or awards cannot be
// computed.
std::optional<TournamentOutcome> tournament_outcome(const Tournament& t, const FileSystem& fs, Diagnostics& diags);

// The district of a team: its institution's district, else `fallback` (the tournament's own).
std::string team_district(const Tournament& t, int team, const std::string& fallback);

}  // namespace tab

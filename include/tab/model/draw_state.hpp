// The input of every draw generator, whether built from a tournament directory or read from
// `tab draw --state FILE.json`: the teams in standings order with what the generators need to
// know about their past, the method, its options and the seed. And their common output.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/model/format.hpp"
#include "tab/model/setting_codes.hpp"
#include "tab/model/settings.hpp"

namespace tab {

struct TeamState {
    std::string id;                      // team name
    int team = -1;                       // index into Tournament::teams; -1 for --state input
    std::string institution;             // code; empty = none
    double points = 0;                   // team points (two-team: wins) before this round
    double speaks = 0;                   // total speaker score before this round
    std::vector<int> side_history;       // times in each side (2 or 4 counts, format's side order)
    std::vector<std::string> opponents;  // ids of past opponents, a repeat meeting listed again
    int pullups = 0;                     // times pulled up before
    int byes = 0;                        // byes had before
    double seed = 0;                     // pre-tournament rating (seeded draws)
    int allocated_side = -1;             // side fixed for this round (index into format sides); -1 = none
};

struct DrawRequest {
    Format format;
    std::string round_id;
    int round_number = 1;                // 1-based among the prelims
    DrawMethod method = DrawMethod::power;
    uint64_t seed = 0;
    Settings options{"draw"};            // [draw] table merged with the round's own keys
    std::vector<TeamState> teams;        // in standings order (best first)

    // [draw] side_allocations, else the format's.
    SideAllocation side_allocation() const;
    // [draw] max_side_imbalance, else the format's (0 = no limit).
    int max_side_imbalance() const;
};

// One term of a room's cost, for --explain.
struct CostTerm {
    std::string name;                    // e.g. "rematch", "pull-up", "position"
    int64_t cost = 0;
    Message detail{};                    // e.g. "A and B met 1 time before"
};

struct DrawnRoom {
    std::vector<int> teams;              // indices into DrawRequest::teams, by side
    std::vector<bool> pullups;           // per side
    double bracket = 0;
    std::vector<std::string> flags;      // rematch, same-institution, side-imbalance, ...
    std::vector<CostTerm> costs;         // the room's cost terms
};

struct DrawOutcome {
    std::vector<DrawnRoom> rooms;
    std::vector<int> byes;               // indices into DrawRequest::teams
    std::vector<int> swings;             // indices of swing teams added (BP)
    std::vector<Message> notes;          // what the generator did that the director must know
    std::vector<CostTerm> quality;       // summary figures for --explain and JSON "quality"
};

}  // namespace tab

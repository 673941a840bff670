// Adjudicator and venue allocation for one round's draw: panels of the configured size, the
// strongest chairs in the most important rooms, trainees with strong chairs, no conflicted
// adjudicator in any room, repeats avoided, and venues by priority honouring tags.
//
// Files it reads besides the tournament (all optional):
//   rounds/<id>/importance.csv   room,importance   (-2..2; rooms not listed are 0)
//   venue_constraints.csv        name,tags         (a team or adjudicator; tags separated by ';')
//   feedback.csv                 adjudicator,score[,round]   (one row per feedback received)
// With [allocation] feedback_weight w > 0, an adjudicator with feedback has the strength
// (1 - w) * base + w * mean(feedback); see src/core/allocation/feedback.cpp.
// Rooms are ordered by importance, then by bracket (higher first): "by bracket by default".
// The method and its costs are described in src/core/allocation/panels.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// How panels are formed, from [allocation] and the round's own keys (defaults in the setting specs).
struct AllocationSettings {
    int panel_size = 0;                  // voters per room; 0 = every voter, spread evenly (prelims)
                                         // or the outround size (elimination rounds)
    bool consensus = false;              // one ballot per room: spread voters evenly, extras on top
    bool elimination = false;            // an outround: odd panels of outround_panel_size, never spread
    int64_t history_penalty = 0;         // per earlier time an adjudicator judged one of the teams
    int64_t strength_weight = 0;         // multiplies the convex strength-importance cost
    int64_t trainee_weight = 0;          // multiplies the cost of a trainee under a weak chair
};

// The settings for a round: [allocation] panel_size (the round's panel_size wins), the
// penalties, and the ballot style of the format. Defaults: prelims 3 voters (voting), all voters
// (consensus); elimination rounds outround_panel_size() in either style.
AllocationSettings allocation_settings(const Tournament& t, const Round& round);

// The default panel of an elimination round with this many rooms: 7 voters in a round of one
// room (the final), 5 in a round of two (semifinals, or a final with its third-place debate), 3
// in earlier outrounds. The allocator plans fewer, still odd, when the pool is short.
int outround_panel_size(int rooms);

// What the allocator knows about a round besides the tournament itself.
struct AllocationInputs {
    std::vector<bool> available;                          // per adjudicator: may judge this round
    std::vector<double> strength;                         // per adjudicator: base, blended with feedback
    std::vector<std::vector<int>> judged;                 // per adjudicator: teams judged before (repeats listed again)
    std::vector<int> importance;                          // per debate of the draw, in draw order: -2..2
    std::vector<std::vector<std::string>> team_tags;      // per team: venue tags it needs
    std::vector<std::vector<std::string>> adjudicator_tags;  // per adjudicator: venue tags they need
};

// Reads availability, strengths (with feedback.csv), earlier rounds' panels, importance.csv and
// venue_constraints.csv; nullopt with diagnostics if a file is invalid.
std::optional<AllocationInputs> load_allocation_inputs(const Tournament& t, const FileSystem& fs, const Draw& draw,
                                                       Diagnostics& diags);

// A hard rule that cannot hold in one room, in words a director can act on.
struct RoomProblem {
    int room = 0;
    Message reason;
};

// Per room, what --explain shows.
struct RoomReport {
    int room = 0;
    int importance = 0;
    int rank = 0;                        // 1 = the most important room
    int planned_voters = 0;              // seats planned for voting adjudicators
    std::vector<Message> trade_offs;     // soft rules given up in this room
};

struct AllocationOutcome {
    Draw draw;                           // the input draw with panels (and venues) filled in
    std::vector<RoomProblem> problems;   // hard rules that cannot all hold; empty on success
    std::vector<RoomReport> rooms;       // per debate, in draw order
    std::vector<int> unused;             // available adjudicators left without a seat
    std::vector<Message> warnings;       // e.g. a trainee no room can take
};

// Allocates adjudicators (and venues, when the tournament has any) to every debate of `draw`,
// replacing any panels it holds. Deterministic: the same inputs give the same panels.
AllocationOutcome allocate(const Tournament& t, const Draw& draw, const AllocationInputs& in,
                           const AllocationSettings& settings);

// True if adjudicator a may not judge team `team`: a personal conflict, the team's institution
// is a's own, or a's conflicted institutions include it.
bool conflicts_with_team(const Tournament& t, int a, int team);
// True if adjudicators a and b may not sit on one panel (a personal conflict either way).
bool conflicts_with_adjudicator(const Tournament& t, int a, int b);

// Every hard rule the panels of `draw` break (conflicts, an unavailable or repeated adjudicator,
// a room without a chair), one message each; empty if none.
std::vector<std::string> verify_allocation(const Tournament& t, const Draw& draw, const std::vector<bool>& available);

}  // namespace tab

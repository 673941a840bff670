// Elimination draws: the seeded brackets of DOMAIN.md §3 and tabbycat.md §2.6 and §3.4, as pure
// functions on teams in seed order (the bracket), and the draw of an elimination round made from
// the tournament's files (break.csv and the earlier elimination ballots).
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

// A room of an elimination round before sides are given: its room rank (1 = the room of the top
// seed) and its teams in seed order. Teams are whatever ids the caller uses.
struct SeededRoom {
    int room_rank = 0;
    std::vector<int> teams;
};

// A room of the previous elimination round with the teams that went through.
struct PlayedRoom {
    int room_rank = 0;
    std::vector<int> teams;
    std::vector<int> advancing;
};

struct PartialSplit {
    int debates = 0;    // debates in the first elimination round
    int bypassing = 0;  // top seeds who go straight to the second
};
// The first round of a two-team break of `size` teams; nullopt for size < 2.
std::optional<PartialSplit> partial_break_round_split(int size);

// Two-team, first round: the top seeds bypass, the rest fold 1 v N (room ranks from bypassing + 1).
std::vector<SeededRoom> first_two_team_elimination(const std::vector<int>& seeds);
// Two-team, later rounds: the seeds that bypassed so far, then the winners in room-rank order,
// folded. nullopt, with the reason in diags (no file: the caller knows
// which round it concerns), when the count is not a power of two or a room has no winner.
std::optional<std::vector<SeededRoom>> next_two_team_elimination(const std::vector<int>& seeds,
                                                                 const std::vector<PlayedRoom>& previous,
                                                                 Diagnostics& diags);

// BP: a break of 4·2^k or 6·2^k teams; false otherwise.
bool bp_break_size_valid(int size);
// BP round `index` (0 = first) of the category: four-way fold (4·2^k), partial round with the top
// third bypassing (6·2^k), the round after it, then folds of advancing pairs. nullopt, with the
// reason in diags, for a size that is not 4·2^k or 6·2^k, or previous rooms that do not fit.
std::optional<std::vector<SeededRoom>> bp_elimination(const std::vector<int>& seeds, int index,
                                                      const std::vector<PlayedRoom>& previous, Diagnostics& diags);

// The break category an elimination round belongs to: its break_category, else the general
// (open) category, else the first; nullptr when the tournament has none.
const BreakCategory* elimination_category(const Tournament& t, const Round& round);

enum class EliminationStatus { ok, invalid, prerequisite_missing };

struct EliminationDraw {
    EliminationStatus status = EliminationStatus::ok;
    Draw draw;                          // rooms numbered by room rank, sides set
    std::vector<Message> notes;         // e.g. "room 2 is the third-place debate"
};

// The draw of elimination round `round_id` from break.csv and the ballots of the category's
// earlier elimination rounds. Sides per [break] elimination_sides: "random" (from `seed`) or
// "side-lock" (teams that met in the prelims take the sides opposite to that meeting). With
// third_place = "debate", the final also holds the third-place debate of the semifinal losers
// (two-team), flagged "third-place". Problems go to diags; status says which kind they are.
EliminationDraw generate_elimination_draw(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                          uint64_t seed, Diagnostics& diags);

}  // namespace tab

// The conflicts of teams sharing a BP room (same institution, earlier meetings) as integer
// weights, and the searches that lower them without changing what the draw's rules decide.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "bp/bp_rooms.hpp"
#include "tab/model/draw_state.hpp"

namespace tab::bp {

struct BpOptions;

// Weight of two teams in one room: institution_penalty if they share an institution plus
// history_penalty per earlier meeting, in thousandths (int64, so sums compare exactly).
class ConflictWeights {
public:
    ConflictWeights(const DrawRequest& request, const BpOptions& options);
    bool active() const { return institution_weight_ > 0 || history_weight_ > 0; }
    int64_t pair(int a, int b) const;
    int64_t room(const std::vector<int>& teams) const;
    // The weight `team` adds to a room whose teams are `teams`, leaving out the one in `skip`.
    int64_t joining(int team, const std::vector<int>& teams, int skip) const;

private:
    std::vector<int> institution_;               // per team; -1 when it has none
    std::vector<std::vector<int>> opponents_;    // per team, sorted team indices, once per meeting
    int64_t institution_weight_ = 0;
    int64_t history_weight_ = 0;
};

// May team rooms[a].teams[s] and team rooms[b].teams[p] trade places?
using SwapRule = std::function<bool(int a, int s, int b, int p)>;

// Repeatedly makes the allowed trade of two teams between rooms that lowers the rooms' total
// weight most, until none lowers it. Returns whether anything changed.
bool improve_by_swaps(const ConflictWeights& weights, const SwapRule& allowed, std::vector<DrawnRoom>& rooms);

// What the position assignment paid for a placement: the team's position cost plus, for a team
// pulled up, the weight of pulling it up again. A change that keeps the sum of these over the
// draw keeps the draw optimal.
struct PlacementCosts {
    std::vector<std::array<int64_t, 4>> position;  // per team and position
    std::vector<int64_t> pullup;                   // per team: its cost when pulled up
    const std::vector<double>* points = nullptr;   // per team
    int64_t at(int team, const RoomSpec& spec, int position_index) const;
};

// Power rounds: lowers the weight of the rooms over draws with exactly the same placement cost
// (so the same position cost) and the same rooms' brackets. rooms[i] was drawn from specs[i].
void reduce_room_conflicts(const ConflictWeights& weights, const std::vector<RoomSpec>& specs,
                           const PlacementCosts& costs, std::vector<DrawnRoom>& rooms);

// Same-institution pairs, over all rooms, of the most even spread of each institution's teams
// over `room_count` rooms: no draw has fewer, and dealing the teams institution by institution
// round the rooms reaches it.
int fewest_institution_pairs(const DrawRequest& request, int room_count);

}  // namespace tab::bp

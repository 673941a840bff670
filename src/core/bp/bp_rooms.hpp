// Rooms of a power-paired BP round before teams are placed: each room's bracket level and the
// point values a team may have to sit in it (tabbycat.md §3.1, step 1).
#pragma once

#include <string_view>
#include <vector>

#include "tab/model/setting_codes.hpp"

namespace tab::bp {

struct RoomSpec {
    double level = 0;             // the bracket: the highest points allowed in the room
    std::vector<double> allowed;  // point values allowed in the room, highest first
    bool allows(double points) const;
};

// WUDC rooms: a bracket whose size is not a multiple of four takes just enough teams from the
// bracket below, and those may land in any of its rooms. Rooms listed highest first.
std::vector<RoomSpec> define_rooms_anywhere(const std::vector<double>& points);
// Tabbycat's non-compliant variant: sorted teams cut into fours, so all pull-ups of a bracket
// share one room.
std::vector<RoomSpec> define_rooms_one_room(const std::vector<double>& points);
// Either of the above by its option name ("anywhere" or "one_room").
std::vector<RoomSpec> define_rooms(BpPullup pullup, const std::vector<double>& points);

}  // namespace tab::bp

// Which teams may meet in which rooms of a power-paired BP round.
//
// WUDC (and Tabbycat's default, "anywhere"): walk the brackets from the top. A running group
// collects whole brackets until its size is a multiple of four; when the next bracket has more
// teams than the group still needs, just those few are pulled up into the group and the rest of
// that bracket starts the next group. Every room of a group admits every point value of the
// group, so the pulled-up teams may sit in any of its rooms, and which teams of the lower
// bracket go up is left to the position assignment (ties at random). A bracket of exactly the
// missing size joins the group whole.
//
// Example: points 7 x 11 and 6 x 5. The 7s need one more team: one 6 is pulled up, giving three
// rooms that admit {7, 6}; the four remaining 6s make one room {6}. With "one_room" the teams are
// sorted and cut into fours: rooms {7}, {7}, {7, 6}, {6}: the pull-up always lands in the
// bottom room of the bracket, which the WUDC rules do not allow.
//
// Source: tabbycat.md §3.1 (bphungarian.py, define_rooms); transcribed cases bp.define_rooms.*.
#include "bp/bp_rooms.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace tab::bp {

bool RoomSpec::allows(double points) const {
    return std::find(allowed.begin(), allowed.end(), points) != allowed.end();
}

std::vector<RoomSpec> define_rooms_anywhere(const std::vector<double>& points) {
    std::map<double, int, std::greater<double>> count;
    for (double p : points) ++count[p];
    std::vector<RoomSpec> rooms;
    RoomSpec group;
    int group_size = 0;
    auto close_group = [&] {
        for (int i = 0; i < group_size / 4; ++i) rooms.push_back(group);
        group = RoomSpec{};
        group_size = 0;
    };
    for (auto [p, n] : count) {
        int needed = (4 - group_size % 4) % 4;
        if (needed < n) {  // this bracket completes the group and starts the next one
            if (needed > 0) {
                group.allowed.push_back(p);
                group_size += needed;
                n -= needed;
            }
            close_group();
        }
        if (group.allowed.empty()) group.level = p;
        group.allowed.push_back(p);
        group_size += n;
    }
    close_group();
    return rooms;
}

std::vector<RoomSpec> define_rooms_one_room(const std::vector<double>& points) {
    std::vector<double> sorted = points;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    std::vector<RoomSpec> rooms;
    for (size_t i = 0; i + 4 <= sorted.size(); i += 4) {
        RoomSpec room;
        room.level = sorted[i];
        for (size_t j = i; j < i + 4; ++j) {
            if (!room.allows(sorted[j])) room.allowed.push_back(sorted[j]);
        }
        rooms.push_back(room);
    }
    return rooms;
}

std::vector<RoomSpec> define_rooms(BpPullup pullup, const std::vector<double>& points) {
    return pullup == BpPullup::one_room ? define_rooms_one_room(points) : define_rooms_anywhere(points);
}

}  // namespace tab::bp

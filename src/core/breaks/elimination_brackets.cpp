// Seeded elimination brackets (tabbycat.md §2.6 and §3.4).
//
// Two-team. A break of B teams plays down to S = nextpow2(B)/2 teams in its first round: B − S
// debates, and the top 2S − B seeds bypass. The rest fold best against worst, so break 12 gives
// 5v12, 6v11, 7v10, 8v9 with room ranks 5..8 while seeds 1–4 wait. In the next round the teams are
// the seeds that bypassed (as many as the lowest previous room rank minus one), then the winners in
// room-rank order, folded again: [1,2,3,4] + winners of rooms 5..8 gives 1 v (winner of 5v12),
// 2 v (winner of 6v11), ... so the top seed meets the lowest surviving seed, as in a printed bracket.
//
// BP. A break of 4·2^k is folded four ways: room i takes seeds i, 2n−1−i, 2n+i and 4n−1−i of 4n
// (16 → {1,8,9,16} {2,7,10,15} {3,6,11,14} {4,5,12,13}). A break of 6·2^k plays a partial round
// first: the top third bypass and the rest fold four ways (48 → 16 bypass, 32 play 8 rooms ranked
// 17..24). In the round after it the bypassing seeds pair off 1 with N, 2 with N−1, ..., and the
// i-th pair joins the two teams through from the i-th room. Later rounds fold the advancing
// pairs: the pair from the first room with the pair from the last. Two teams advance per room.
#include <algorithm>

#include "tab/breaks/elimination.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

bool power_of_two(size_t n) { return n > 0 && (n & (n - 1)) == 0; }

std::vector<SeededRoom> fold(const std::vector<int>& teams, int first_rank) {
    std::vector<SeededRoom> rooms;
    const size_t n = teams.size();
    for (size_t i = 0; i < n / 2; ++i) rooms.push_back({first_rank + static_cast<int>(i), {teams[i], teams[n - 1 - i]}});
    return rooms;
}

std::vector<SeededRoom> four_way_fold(const std::vector<int>& t, int first_rank) {
    std::vector<SeededRoom> rooms;
    const size_t n = t.size() / 4;
    for (size_t i = 0; i < n; ++i)
        rooms.push_back({first_rank + static_cast<int>(i), {t[i], t[2 * n - 1 - i], t[2 * n + i], t[4 * n - 1 - i]}});
    return rooms;
}

// The played rooms in room-rank order; false, with the reason in diags, if one does not send
// `through` teams on.
bool ordered(std::vector<PlayedRoom>& rooms, size_t through, Diagnostics& diags) {
    std::sort(rooms.begin(), rooms.end(), [](const PlayedRoom& a, const PlayedRoom& b) { return a.room_rank < b.room_rank; });
    for (const PlayedRoom& r : rooms)
        if (r.advancing.size() != through) {
            diags.error("", 0, 0, message("diag.elimination.room_through", {{"room", std::to_string(r.room_rank)},
                                                                            {"n", std::to_string(r.advancing.size())},
                                                                            {"expected", std::to_string(through)}}));
            return false;
        }
    if (rooms.empty()) diags.error("", 0, 0, message("diag.elimination.no_rooms"));
    return !rooms.empty();
}

}  // namespace

std::optional<PartialSplit> partial_break_round_split(int size) {
    if (size < 2) return std::nullopt;
    int next = 1;
    while (next < size) next *= 2;
    int second_round = next / 2;
    int debates = size - second_round;
    return PartialSplit{debates, second_round - debates};
}

std::vector<SeededRoom> first_two_team_elimination(const std::vector<int>& seeds) {
    std::optional<PartialSplit> split = partial_break_round_split(static_cast<int>(seeds.size()));
    if (!split) return {};
    std::vector<int> playing(seeds.begin() + split->bypassing, seeds.end());
    return fold(playing, split->bypassing + 1);
}

std::optional<std::vector<SeededRoom>> next_two_team_elimination(const std::vector<int>& seeds,
                                                                 const std::vector<PlayedRoom>& previous,
                                                                 Diagnostics& diags) {
    std::vector<PlayedRoom> rooms = previous;
    if (!ordered(rooms, 1, diags)) return std::nullopt;
    size_t bypassing = static_cast<size_t>(std::max(0, rooms.front().room_rank - 1));
    if (bypassing > seeds.size()) {
        diags.error("", 0, 0, message("diag.elimination.room_ranks", {{"first", std::to_string(rooms.front().room_rank)},
                                                                    {"n", std::to_string(seeds.size())}}));
        return std::nullopt;
    }
    std::vector<int> teams(seeds.begin(), seeds.begin() + static_cast<long>(bypassing));
    for (const PlayedRoom& r : rooms) teams.push_back(r.advancing.front());
    if (!power_of_two(teams.size()) || teams.size() < 2) {
        diags.error("", 0, 0, message("diag.elimination.not_power_of_two", {{"n", std::to_string(teams.size())},
                                                                          {"bypassing", std::to_string(bypassing)},
                                                                          {"winners", std::to_string(rooms.size())}}));
        return std::nullopt;
    }
    return fold(teams, 1);
}

bool bp_break_size_valid(int size) {
    if (size < 4) return false;
    int base = size;
    while (base % 2 == 0 && base > 6) base /= 2;
    return base == 4 || base == 6;
}

std::optional<std::vector<SeededRoom>> bp_elimination(const std::vector<int>& seeds, int index,
                                                      const std::vector<PlayedRoom>& previous, Diagnostics& diags) {
    const int size = static_cast<int>(seeds.size());
    if (!bp_break_size_valid(size)) {
        diags.error("", 0, 0, message("diag.elimination.bp_break_size", {{"n", std::to_string(size)}}));
        return std::nullopt;
    }
    const bool partial = size % 3 == 0;
    if (index == 0) {
        if (!partial) return four_way_fold(seeds, 1);
        std::vector<int> playing(seeds.begin() + size / 3, seeds.end());
        return four_way_fold(playing, size / 3 + 1);
    }
    std::vector<PlayedRoom> rooms = previous;
    if (!ordered(rooms, 2, diags)) return std::nullopt;
    std::vector<SeededRoom> out;
    if (partial && index == 1) {
        size_t bypassing = static_cast<size_t>(std::max(0, rooms.front().room_rank - 1));
        if (bypassing != 2 * rooms.size() || bypassing > seeds.size()) {
            diags.error("", 0, 0, message("diag.elimination.bypassing", {{"n", std::to_string(bypassing)},
                                                                       {"rooms", std::to_string(rooms.size())}}));
            return std::nullopt;
        }
        for (size_t i = 0; i < rooms.size(); ++i)
            out.push_back({static_cast<int>(i) + 1, {seeds[i], seeds[bypassing - 1 - i], rooms[i].advancing[0], rooms[i].advancing[1]}});
        return out;
    }
    if (!power_of_two(rooms.size()) || rooms.size() < 2) {
        diags.error("", 0, 0, message("diag.elimination.rooms_power_of_two", {{"n", std::to_string(rooms.size())}}));
        return std::nullopt;
    }
    const size_t n = rooms.size();
    for (size_t i = 0; i < n / 2; ++i) {
        const PlayedRoom& a = rooms[i];
        const PlayedRoom& b = rooms[n - 1 - i];
        out.push_back({static_cast<int>(i) + 1, {a.advancing[0], a.advancing[1], b.advancing[0], b.advancing[1]}});
    }
    return out;
}

}  // namespace tab

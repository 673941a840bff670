// Conflicts of teams sharing a BP room, and the swap search shared by random and power draws.
//
// A room's weight is the sum over its six pairs of teams: institution_penalty when the two share
// an institution, history_penalty per earlier meeting. improve_by_swaps takes, for each team of
// a room that has weight, the allowed trade with any team of another room that lowers the two
// rooms' weight most, and repeats until no trade lowers it (each step lowers a non-negative
// integer total, so it ends). The caller's rule decides which trades are allowed: any in a random
// round, only those that keep the position cost in a power round (conflict_redeal.cpp).
#include "bp/room_conflicts.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "bp/bp_generator.hpp"

namespace tab::bp {

ConflictWeights::ConflictWeights(const DrawRequest& request, const BpOptions& options)
    : institution_weight_(std::llround(options.institution_penalty * 1000)),
      history_weight_(std::llround(options.history_penalty * 1000)) {
    std::map<std::string, int> institution_ids, team_ids;
    for (size_t t = 0; t < request.teams.size(); ++t) team_ids.emplace(request.teams[t].id, static_cast<int>(t));
    for (const TeamState& team : request.teams) {
        int id = -1;
        if (!team.institution.empty()) {
            id = institution_ids.emplace(team.institution, static_cast<int>(institution_ids.size())).first->second;
        }
        institution_.push_back(id);
        std::vector<int> met;
        for (const std::string& opponent : team.opponents) {
            auto found = team_ids.find(opponent);
            if (found != team_ids.end()) met.push_back(found->second);
        }
        std::sort(met.begin(), met.end());
        opponents_.push_back(std::move(met));
    }
}

int64_t ConflictWeights::pair(int a, int b) const {
    int64_t weight = 0;
    if (institution_[a] >= 0 && institution_[a] == institution_[b]) weight += institution_weight_;
    if (history_weight_ > 0) {
        auto [first, last] = std::equal_range(opponents_[a].begin(), opponents_[a].end(), b);
        weight += history_weight_ * (last - first);
    }
    return weight;
}

int64_t ConflictWeights::room(const std::vector<int>& teams) const {
    int64_t weight = 0;
    for (size_t a = 0; a < teams.size(); ++a) {
        for (size_t b = a + 1; b < teams.size(); ++b) weight += pair(teams[a], teams[b]);
    }
    return weight;
}

int64_t ConflictWeights::joining(int team, const std::vector<int>& teams, int skip) const {
    int64_t weight = 0;
    for (size_t k = 0; k < teams.size(); ++k) {
        if (static_cast<int>(k) != skip) weight += pair(team, teams[k]);
    }
    return weight;
}

bool improve_by_swaps(const ConflictWeights& weights, const SwapRule& allowed, std::vector<DrawnRoom>& rooms) {
    const int count = static_cast<int>(rooms.size());
    std::vector<int64_t> weight(rooms.size());
    for (int r = 0; r < count; ++r) weight[r] = weights.room(rooms[r].teams);
    bool improved = false;
    for (bool changed = true; changed;) {
        changed = false;
        for (int a = 0; a < count; ++a) {
            for (int s = 0; s < 4 && weight[a] > 0; ++s) {
                const int t = rooms[a].teams[s];
                const int64_t t_stays = weights.joining(t, rooms[a].teams, s);
                int64_t best_gain = 0;
                int best_b = -1, best_p = -1;
                for (int b = 0; b < count; ++b) {
                    if (b == a) continue;
                    for (int p = 0; p < 4; ++p) {
                        const int u = rooms[b].teams[p];
                        // The weight that leaves the two rooms minus the weight that enters them.
                        int64_t gain = t_stays + weights.joining(u, rooms[b].teams, p) -
                                       weights.joining(u, rooms[a].teams, s) - weights.joining(t, rooms[b].teams, p);
                        if (gain > best_gain && allowed(a, s, b, p)) {
                            best_gain = gain;
                            best_b = b;
                            best_p = p;
                        }
                    }
                }
                if (best_b < 0) continue;
                std::swap(rooms[a].teams[s], rooms[best_b].teams[best_p]);
                weight[a] = weights.room(rooms[a].teams);
                weight[best_b] = weights.room(rooms[best_b].teams);
                changed = improved = true;
            }
        }
    }
    return improved;
}

int same_institution_pairs(const DrawRequest& request, const DrawnRoom& room) {
    int pairs = 0;
    for (size_t a = 0; a < room.teams.size(); ++a) {
        for (size_t b = a + 1; b < room.teams.size(); ++b) {
            const std::string& inst = request.teams[room.teams[a]].institution;
            pairs += !inst.empty() && inst == request.teams[room.teams[b]].institution;
        }
    }
    return pairs;
}

int earlier_meetings(const DrawRequest& request, const DrawnRoom& room) {
    int met = 0;
    for (size_t a = 0; a < room.teams.size(); ++a) {
        const std::vector<std::string>& opponents = request.teams[room.teams[a]].opponents;
        for (size_t b = a + 1; b < room.teams.size(); ++b) {
            met += static_cast<int>(std::count(opponents.begin(), opponents.end(), request.teams[room.teams[b]].id));
        }
    }
    return met;
}

int fewest_institution_pairs(const DrawRequest& request, int room_count) {
    std::map<std::string, int> sizes;
    for (const TeamState& team : request.teams) {
        if (!team.institution.empty()) ++sizes[team.institution];
    }
    int pairs = 0;
    for (const auto& [institution, size] : sizes) {
        // size = q rooms' worth plus r: r rooms hold q + 1 of its teams, the others q.
        const int q = size / room_count, r = size % room_count;
        pairs += r * (q + 1) * q / 2 + (room_count - r) * q * (q - 1) / 2;
    }
    return pairs;
}

}  // namespace tab::bp

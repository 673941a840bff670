// Flags and quality figures shared by every two-team draw method, so that `--explain` and the
// draw JSON report the same things whichever method made the draw.
#include "rooms.hpp"

#include <algorithm>
#include <cstdlib>

namespace tab {

int meetings(const DrawRequest& req, int a, int b) {
    const std::vector<std::string>& met = req.teams[a].opponents;
    return static_cast<int>(std::count(met.begin(), met.end(), req.teams[b].id));
}

bool institution_clash(const DrawRequest& req, int a, int b) {
    return !req.teams[a].institution.empty() && req.teams[a].institution == req.teams[b].institution;
}

int side_imbalance_after(const DrawRequest& req, int team, int side) {
    const std::vector<int>& h = req.teams[team].side_history;
    int gov = h.size() >= 2 ? h[0] : 0, opp = h.size() >= 2 ? h[1] : 0;
    (side == 0 ? gov : opp) += 1;
    return std::abs(gov - opp);
}

void annotate_room(const DrawRequest& req, DrawnRoom& room) {
    auto add = [&](const std::string& flag) {
        if (std::find(room.flags.begin(), room.flags.end(), flag) == room.flags.end()) room.flags.push_back(flag);
    };
    if (room.teams.size() != 2) return;
    if (meetings(req, room.teams[0], room.teams[1]) > 0) add("rematch");
    if (institution_clash(req, room.teams[0], room.teams[1])) add("same-institution");
    for (int side = 0; side < 2; ++side)
        if (side_imbalance_after(req, room.teams[side], side) >= 2) add("side-imbalance");
}

std::vector<CostTerm> summarize_quality(const DrawRequest& req, const DrawOutcome& outcome) {
    int64_t pullups = 0, rematches = 0, clashes = 0, imbalanced = 0, total = 0;
    for (const DrawnRoom& room : outcome.rooms) {
        pullups += std::count(room.pullups.begin(), room.pullups.end(), true);
        if (room.teams.size() == 2) {
            rematches += meetings(req, room.teams[0], room.teams[1]) > 0;
            clashes += institution_clash(req, room.teams[0], room.teams[1]);
            for (int side = 0; side < 2; ++side) imbalanced += side_imbalance_after(req, room.teams[side], side) >= 2;
        }
        for (const CostTerm& term : room.costs) total += term.cost;
    }
    return {{"pullups", pullups},
            {"rematches", rematches},
            {"same_institution", clashes},
            {"side_imbalance", imbalanced},  // teams with |gov - opp| >= 2 after this round
            {"byes", static_cast<int64_t>(outcome.byes.size())},
            {"total_cost", total}};
}

}  // namespace tab

// What `tab draw --explain` shows for a BP draw: per room, each team's position history before
// and after and what its position cost, who was pulled up; then the figures of the whole draw.
// Costs are shown rounded to whole units (the optimiser compares them in units of 2^-20).
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "bp/bp_generator.hpp"
#include "tab/translate/translate.hpp"

namespace tab::bp {

namespace {

const char* const position_names[4] = {"og", "oo", "cg", "co"};

std::string counts(const PositionHistory& h) { return fmt::format("{}/{}/{}/{}", h[0], h[1], h[2], h[3]); }

std::string points_text(double p) { return fmt::format("{}", p); }

// Pairs of the room's teams that have met at least once before.
int64_t pairs_that_met(const DrawRequest& request, const DrawnRoom& room) {
    int64_t pairs = 0;
    for (size_t a = 0; a < room.teams.size(); ++a) {
        const std::vector<std::string>& opponents = request.teams[room.teams[a]].opponents;
        for (size_t b = a + 1; b < room.teams.size(); ++b) {
            pairs += std::find(opponents.begin(), opponents.end(), request.teams[room.teams[b]].id) != opponents.end();
        }
    }
    return pairs;
}

}  // namespace

void explain_bp_draw(const DrawRequest& request, const BpOptions& options, DrawOutcome& outcome) {
    double total_cost = 0;
    int64_t pullups = 0, repeat_pullups = 0, uneven = 0, clashes = 0, clash_rooms = 0, rematches = 0, rematch_pairs = 0;
    int largest_spread = 0;
    for (DrawnRoom& room : outcome.rooms) {
        room.costs.clear();
        room.flags.clear();
        for (int s = 0; s < 4; ++s) {
            const TeamState& team = request.teams[room.teams[s]];
            PositionHistory before = history_of(team);
            PositionHistory after = before;
            ++after[s];
            double cost = position_cost(options.cost, before, s);
            total_cost += cost;
            int spread = position_spread(after);
            uneven += spread >= 2;
            largest_spread = std::max(largest_spread, spread);
            room.costs.push_back({"position", std::llround(cost),
                                  message("draw.cost.position", {{"team", team.id},
                                                                 {"position", position_names[s]},
                                                                 {"before", counts(before)},
                                                                 {"after", counts(after)},
                                                                 {"cost", fmt::format("{:.2f}", cost)}})});
            if (room.pullups[s]) {
                ++pullups;
                repeat_pullups += team.pullups > 0;
                MessageArgs args = {{"team", team.id}, {"points", points_text(team.points)},
                                    {"bracket", points_text(room.bracket)}, {"n", std::to_string(team.pullups)}};
                room.costs.push_back({"pull-up", 0,
                                      team.pullups > 0 ? message("draw.cost.pullup_again", args) : message("draw.cost.pullup", args)});
            }
        }
        if (std::count(room.pullups.begin(), room.pullups.end(), true) > 0) room.flags.push_back("pullup");
        int same = same_institution_pairs(request, room), met = earlier_meetings(request, room);
        clashes += same;
        clash_rooms += same > 0;
        rematches += met;
        rematch_pairs += pairs_that_met(request, room);
        if (same > 0) room.flags.push_back("same-institution");
        if (met > 0) room.flags.push_back("rematch");
        if (options.institution_penalty > 0 && same > 0) {
            room.costs.push_back({"same-institution", std::llround(options.institution_penalty * same),
                                  message("draw.cost.same_institution", {{"n", std::to_string(same)}})});
        }
        if (options.history_penalty > 0 && met > 0) {
            room.costs.push_back({"rematch", std::llround(options.history_penalty * met),
                                  message("draw.cost.rematch", {{"n", std::to_string(met)}})});
        }
    }
    outcome.quality = {
        {"position_cost", std::llround(total_cost)},        // sum of the teams' position costs
        {"uneven_positions", uneven},                       // teams whose four position counts differ by 2 or more after this round
        {"largest_spread", largest_spread},                 // largest difference between a team's most- and least-held position
        {"pullups", pullups},
        {"repeat_pullups", repeat_pullups},                 // pulled-up teams that had been pulled up before
        {"same_institution", clashes},                      // pairs of teams of one institution sharing a room
        {"same_institution_rooms", clash_rooms},            // rooms with two or more teams of one institution
        {"rematches", rematches},                           // earlier meetings of teams sharing a room, counted per meeting
        {"rematch_pairs", rematch_pairs},                   // pairs of teams sharing a room that have met before
        {"swings", static_cast<int64_t>(outcome.swings.size())},
    };
}

}  // namespace tab::bp

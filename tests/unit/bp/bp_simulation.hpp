// A simulated BP tournament for the property tests and the benchmark: teams of hidden strength,
// each round drawn by generate_bp_draw and decided by strength plus noise (3/2/1/0 points), all
// from one seed. Header-only so that tests and bench/ share it.
#pragma once

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "tab/bp/bp_draw.hpp"
#include "tab/base/rng.hpp"

namespace tab::testing {

class BpSimulation {
public:
    // `teams` teams from `institutions` institutions (0 = none); results drawn from `seed`.
    BpSimulation(int teams, uint64_t seed, int institutions = 0) : rng_(seed) {
        for (int i = 0; i < teams; ++i) {
            TeamState t;
            t.id = "T" + std::to_string(i + 1);
            t.team = i;
            if (institutions > 0) t.institution = "I" + std::to_string(i % institutions);
            t.side_history = {0, 0, 0, 0};
            teams_.push_back(t);
            strength_.push_back(rng_.unit());
        }
    }

    // The request for the next round: teams by points (best first, ties by id order).
    DrawRequest request(DrawMethod method, uint64_t seed, const Settings& options = Settings("draw")) const {
        DrawRequest r;
        r.format.teams_per_debate = 4;
        r.format.sides = {"og", "oo", "cg", "co"};
        r.round_number = round_;
        r.method = method;
        r.seed = seed;
        r.options = options;
        std::vector<int> order(teams_.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return teams_[a].points > teams_[b].points; });
        for (int i : order) r.teams.push_back(teams_[i]);
        return r;
    }

    // Records the results of a drawn round: rank by strength plus noise.
    void play(const DrawRequest& request, const DrawOutcome& draw) {
        for (const DrawnRoom& room : draw.rooms) {
            std::vector<std::pair<double, int>> performance;
            for (int s = 0; s < 4; ++s) {
                int t = room.teams[s];
                if (t >= static_cast<int>(request.teams.size())) continue;  // a swing team
                performance.emplace_back(strength_[request.teams[t].team] + rng_.unit(), s);
            }
            std::sort(performance.rbegin(), performance.rend());
            for (size_t rank = 0; rank < performance.size(); ++rank) {
                int s = performance[rank].second;
                TeamState& team = teams_[request.teams[room.teams[s]].team];
                team.points += 3 - static_cast<double>(rank);
                ++team.side_history[s];
                team.pullups += room.pullups[s] ? 1 : 0;
                for (int other : room.teams) {
                    if (other != room.teams[s] && other < static_cast<int>(request.teams.size())) {
                        team.opponents.push_back(request.teams[other].id);
                    }
                }
            }
        }
        ++round_;
    }

    const std::vector<TeamState>& teams() const { return teams_; }
    int next_round() const { return round_; }

private:
    Rng rng_;
    std::vector<TeamState> teams_;
    std::vector<double> strength_;
    int round_ = 1;
};

}  // namespace tab::testing

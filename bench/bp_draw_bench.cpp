// BP draw benchmark: the time of one power-paired draw at round 6 of a simulated tournament for
// 48 to 4000 teams, without institutions and with schools of three; Boost's min-cost flow on the same 400-team assignment for comparison; and
// the position balance after nine simulated rounds of 100 and 400 teams.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "boost_assignment.hpp"
#include "bp/bp_generator.hpp"
#include "bp_simulation.hpp"
#include "tab/solve/assignment.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

tab::DrawOutcome draw(const tab::DrawRequest& request) {
    tab::Diagnostics diags;
    std::optional<tab::DrawOutcome> outcome = tab::generate_bp_draw(request, diags);
    if (!outcome) {
        std::fprintf(stderr, "draw failed: %s\n", diags.all().empty() ? "?" : diags.all()[0].message.c_str());
        std::exit(1);
    }
    return *outcome;
}

// A simulation played through `rounds` rounds (round 1 random, then power), its teams from
// `institutions` schools (0: none).
tab::testing::BpSimulation played(int teams, int rounds, int institutions = 0) {
    tab::testing::BpSimulation sim(teams, 2024 + teams, institutions);
    for (int round = 1; round <= rounds; ++round) {
        tab::DrawRequest request = sim.request(round == 1 ? tab::DrawMethod::random : tab::DrawMethod::power, 77 + round);
        sim.play(request, draw(request));
    }
    return sim;
}

// The best of `repeats` timings of one round-6 draw.
double time_round_six(const tab::DrawRequest& request, int repeats) {
    double best = 1e9;
    for (int i = 0; i < repeats; ++i) {
        Clock::time_point start = Clock::now();
        draw(request);
        best = std::min(best, seconds_since(start));
    }
    return best;
}

// The same assignment (teams x allowed slots, default entropy costs) through Boost; false when
// the optima differ.
bool boost_comparison(const tab::DrawRequest& request) {
    std::vector<double> points;
    for (const auto& t : request.teams) points.push_back(t.points);
    auto specs = tab::bp::define_rooms_anywhere(points);
    std::vector<tab::testing::Pair> pairs;
    tab::bp::PositionCostModel model;
    for (size_t r = 0; r < specs.size(); ++r) {
        for (size_t t = 0; t < request.teams.size(); ++t) {
            if (!specs[r].allows(request.teams[t].points)) continue;
            for (int s = 0; s < 4; ++s) {
                pairs.push_back({static_cast<int>(t), static_cast<int>(4 * r + s),
                                 tab::bp::scaled_position_cost(model, tab::bp::history_of(request.teams[t]), s)});
            }
        }
    }
    int n = static_cast<int>(request.teams.size());
    Clock::time_point start = Clock::now();
    std::optional<int64_t> flow_cost = tab::testing::boost_min_cost_assignment(n, n, pairs);
    double flow_time = seconds_since(start);

    tab::AssignmentProblem problem(n, n);
    for (const auto& p : pairs) problem.allow(p.row, p.col, p.cost);
    start = Clock::now();
    std::optional<tab::Assignment> ours = tab::solve_assignment(problem);
    double our_time = seconds_since(start);
    const bool same = flow_cost && ours && *flow_cost == ours->total_cost;
    std::printf("%d teams, assignment alone (%zu allowed pairs of %d): ours %.1f ms, Boost min-cost flow %.1f ms, "
                "same optimum: %s\n",
                n, pairs.size(), n * n, our_time * 1e3, flow_time * 1e3, same ? "yes" : "NO");
    return same;
}

void position_balance(int teams) {
    tab::testing::BpSimulation sim = played(teams, 9);
    int spread[4] = {0, 0, 0, 0};
    for (const tab::TeamState& t : sim.teams()) {
        ++spread[std::min(3, tab::bp::position_spread(tab::bp::history_of(t)))];
    }
    std::printf("%4d teams after 9 rounds: position spread 0: %d, 1: %d, 2: %d, 3+: %d\n", teams, spread[0],
                spread[1], spread[2], spread[3]);
}

}  // namespace

// `bp_draw_bench --smoke`: 48 teams only, one run, for the test suite (exit 1 when the optimum
// differs from Boost's or a draw fails).
int main(int argc, char** argv) {
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const std::vector<int> sizes = smoke ? std::vector<int>{48} : std::vector<int>{48, 100, 400, 1000, 4000};
    const int compared = smoke ? 48 : 400;
    bool same = true;
    std::printf("BP power-paired draw at round 6 (entropy, exponent 4), best of several runs:\n");
    for (int teams : sizes) {
        tab::testing::BpSimulation sim = played(teams, 5);
        tab::DrawRequest request = sim.request(tab::DrawMethod::power, 6);
        double t = time_round_six(request, smoke ? 1 : teams >= 4000 ? 2 : 5);
        std::printf("%5d teams: %9.2f ms\n", teams, t * 1e3);
        if (teams == compared) same = boost_comparison(request) && same;
    }
    std::printf("The same with teams from schools of three (same-institution rooms and rematches lowered):\n");
    for (int teams : sizes) {
        tab::testing::BpSimulation sim = played(teams, 5, teams / 3);
        tab::DrawRequest request = sim.request(tab::DrawMethod::power, 6);
        double t = time_round_six(request, smoke ? 1 : teams >= 4000 ? 2 : 5);
        tab::DrawOutcome outcome = draw(request);
        int clashes = 0, rematches = 0;
        for (const tab::DrawnRoom& room : outcome.rooms) {
            clashes += tab::bp::same_institution_pairs(request, room);
            rematches += tab::bp::earlier_meetings(request, room);
        }
        std::printf("%5d teams: %9.2f ms, same-institution pairs %d, earlier meetings %d\n", teams, t * 1e3, clashes,
                    rematches);
    }
    std::printf("Position balance (WUDC defaults):\n");
    for (int teams : smoke ? std::vector<int>{48} : std::vector<int>{100, 400}) position_balance(teams);
    return same ? 0 : 1;
}

// Times one two-team draw after five simulated rounds, for 32 to 4000 teams, with the `power`
// method (global minimum-cost matching) and the `tabbycat` compatibility method. Prints figures;
// it is not a test. Targets (2 cores, Release): power 400 teams < 20 ms, 1000 < 70 ms, 4000 < 3 s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "tab/draw/draw_generate.hpp"
#include "tab/base/rng.hpp"

namespace {

// A field after `rounds` rounds: each round pairs neighbours in the standings (random winner,
// sides alternating), so brackets, opponents and side histories look like a real tournament.
tab::DrawRequest field_after(int n, int rounds, uint64_t seed) {
    tab::Rng rng(seed);
    tab::DrawRequest req;
    req.format = *tab::preset_format("australs");
    req.round_id = "R" + std::to_string(rounds + 1);
    req.round_number = rounds + 1;
    req.seed = seed;
    for (int i = 0; i < n; ++i) {
        tab::TeamState t;
        t.id = "Team " + std::to_string(i + 1);
        t.team = i;
        t.institution = "Inst " + std::to_string(rng.below(static_cast<uint64_t>(n / 4 + 1)));
        t.side_history = {0, 0};
        t.speaks = 200 + static_cast<double>(rng.below(60));
        req.teams.push_back(t);
    }
    for (int r = 0; r < rounds; ++r) {
        std::stable_sort(req.teams.begin(), req.teams.end(),
                         [](const tab::TeamState& a, const tab::TeamState& b) { return a.points > b.points; });
        for (int i = 0; i + 1 < n; i += 2) {
            tab::TeamState& a = req.teams[i];
            tab::TeamState& b = req.teams[i + 1];
            a.opponents.push_back(b.id);
            b.opponents.push_back(a.id);
            a.side_history[r % 2] += 1;
            b.side_history[1 - r % 2] += 1;
            (rng.coin() ? a : b).points += 1;
        }
    }
    std::stable_sort(req.teams.begin(), req.teams.end(), [](const tab::TeamState& a, const tab::TeamState& b) {
        return a.points != b.points ? a.points > b.points : a.speaks > b.speaks;
    });
    return req;
}

double time_draw(tab::DrawRequest req, tab::DrawMethod method, int* rooms) {
    req.method = method;
    tab::Diagnostics diags;
    auto start = std::chrono::steady_clock::now();
    std::optional<tab::DrawOutcome> outcome = tab::generate_draw(req, diags);
    auto stop = std::chrono::steady_clock::now();
    *rooms = outcome ? static_cast<int>(outcome->rooms.size()) : -1;
    return std::chrono::duration<double, std::milli>(stop - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const std::vector<int> sizes = smoke ? std::vector<int>{32} : std::vector<int>{32, 100, 400, 1000, 4000};
    int failed = 0;
    std::printf("two-team draw after 5 rounds (ms, one draw)\n");
    std::printf("%6s %12s %12s\n", "teams", "power", "tabbycat");
    for (int n : sizes) {
        tab::DrawRequest req = field_after(n, 5, 2024);
        int power_rooms = 0, compat_rooms = 0;
        double power = time_draw(req, tab::DrawMethod::power, &power_rooms);
        double compat = time_draw(req, tab::DrawMethod::tabbycat, &compat_rooms);
        if (power_rooms != n / 2 || compat_rooms != n / 2) {
            std::printf("  (a draw failed: %d, %d rooms)\n", power_rooms, compat_rooms);
            ++failed;
        }
        std::printf("%6d %12.1f %12.1f\n", n, power, compat);
    }
    return failed == 0 ? 0 : 1;
}

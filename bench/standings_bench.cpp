// Standings benchmark: a 400-team BP tournament (800 speakers, 9 prelim rounds of 100 rooms)
// with every ballot entered, held in a MemoryFileSystem as the files tab reads (tournament.toml,
// teams.csv, rounds/R*/draw.csv and ballots.csv). Timed: loading the tournament, reading and
// aggregating all draws and ballots, computing the team and speaker tabs and rendering both as
// text. The target is under 200 ms. Prints the best of five timings and each stage's share.
#include <chrono>
#include <cstdio>
#include <cstring>

#include "tab/ballots/ballots.hpp"
#include "tab/model/loader.hpp"
#include "tab/render/render.hpp"
#include "tab/ballots/results.hpp"
#include "tab/base/rng.hpp"
#include "tab/ballots/simulate.hpp"
#include "tab/standings/standings.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The tournament's files: random rooms each round, simulated ballots.
tab::MemoryFileSystem build(int teams, int rounds) {
    tab::MemoryFileSystem fs;
    std::string toml = "name = \"Bench Open\"\nshort_name = \"Bench\"\npreset = \"bp\"\nseed = 99\n";
    for (int r = 1; r <= rounds; ++r)
        toml += "\n[[rounds]]\nid = \"R" + std::to_string(r) + "\"\nstage = \"prelim\"\ndraw = \"manual\"\n";
    fs.files["tournament.toml"] = toml;
    fs.files["institutions.csv"] = "code,name,district\n";
    std::string csv = "team,institution,speaker\n";
    for (int i = 0; i < teams; ++i)
        for (char s : {'A', 'B'}) csv += "Team " + std::to_string(i) + ",,Speaker " + std::to_string(i) + s + "\n";
    fs.files["teams.csv"] = csv;
    fs.files["adjudicators.csv"] = "name,institution,strength\n";
    fs.files["venues.csv"] = "name,priority,tags\n";

    tab::Diagnostics diags;
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    if (!t || diags.has_errors()) {
        for (const tab::Diagnostic& d : diags.all()) std::fprintf(stderr, "%s\n", tab::format_diagnostic(d).c_str());
        std::exit(1);
    }
    tab::Rng rng(7);
    for (int r = 1; r <= rounds; ++r) {
        tab::Draw draw;
        draw.round = "R" + std::to_string(r);
        draw.method = tab::DrawMethod::manual;
        std::vector<int> order(teams);
        for (int i = 0; i < teams; ++i) order[i] = i;
        rng.shuffle(order);
        for (int room = 0; room < teams / 4; ++room) {
            tab::Debate d;
            d.room = room + 1;
            for (int s = 0; s < 4; ++s) d.teams.push_back(order[room * 4 + s]);
            d.pullups.assign(4, false);
            draw.debates.push_back(d);
        }
        fs.files[tab::draw_path(draw.round)] = tab::draw_to_csv(*t, draw);
        fs.files[tab::ballots_path(draw.round)] = tab::ballots_to_csv(*t, draw, tab::simulate_ballots(*t, draw, r));
    }
    return fs;
}

}  // namespace

int main(int argc, char** argv) {
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const int teams = smoke ? 40 : 400, rounds = smoke ? 3 : 9, runs = smoke ? 1 : 5;
    tab::MemoryFileSystem fs = build(teams, rounds);
    double best = 1e9, load_ms = 0, results_ms = 0, tabs_ms = 0, render_ms = 0;
    size_t printed = 0;
    for (int run = 0; run < runs; ++run) {
        Clock::time_point start = Clock::now();
        tab::Diagnostics diags;
        std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
        double a = ms_since(start);
        std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
        double b = ms_since(start);
        tab::Diagnostics problems;
        std::optional<tab::TeamStandings> team_tab =
            tab::compute_team_standings(*t, results, tab::team_standings_options(*t), problems);
        std::optional<tab::SpeakerStandings> speaker_tab =
            tab::compute_speaker_standings(*t, results, tab::speaker_standings_options(*t), problems);
        double c = ms_since(start);
        tab::Table teams_table{"teams", "", {{"rank", true}, {"team"}, {"points", true}, {"speaks_sum", true}}, {}};
        for (const tab::TeamStanding& row : team_tab->rows)
            teams_table.rows.push_back({tab::Cell::of(tab::rank_text(row.rank)), tab::Cell::of(t->teams[row.team].name),
                                        tab::Cell::of(row.metrics[0].to_double(), 0),
                                        tab::Cell::of(row.metrics[1].to_double(), 0)});
        tab::Table speakers_table{"speakers", "", {{"rank", true}, {"speaker"}, {"total", true}}, {}};
        for (const tab::SpeakerStanding& row : speaker_tab->rows)
            speakers_table.rows.push_back({tab::Cell::of(tab::rank_text(row.rank)),
                                           tab::Cell::of(t->speakers[row.speaker].name),
                                           tab::Cell::of(row.metrics[0].to_double(), 0)});
        std::string text = tab::render_tables({teams_table, speakers_table}, tab::OutputFormat::text,
                                              tab::Catalogue::builtin("en"));
        double total = ms_since(start);
        printed = text.size();
        if (diags.has_errors() || results.size() != static_cast<size_t>(rounds) || !team_tab || !speaker_tab ||
            team_tab->rows.size() != static_cast<size_t>(teams)) {
            std::fprintf(stderr, "standings_bench: unexpected problems in the generated tournament\n");
            return 1;
        }
        if (total < best) best = total, load_ms = a, results_ms = b - a, tabs_ms = c - b, render_ms = total - c;
    }
    std::printf("standings_bench: %d teams, %d BP rounds, all ballots: %.1f ms (target at 400 teams < 200 ms)\n", teams,
                rounds, best);
    std::printf("  load tournament %.1f ms, draws + ballots + results %.1f ms, both tabs %.1f ms, render %.1f ms (%zu bytes)\n",
                load_ms, results_ms, tabs_ms, render_ms, printed);
    return 0;
}

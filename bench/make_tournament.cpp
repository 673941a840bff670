// Writes a big tournament directory for measuring tab from outside (`/usr/bin/time -v tab ...`),
// the same bytes for the same arguments:
//
//   make_tournament DIR TEAMS [ROUNDS] [SEED]
//
// A WSDC tournament of TEAMS teams of three speakers (TEAMS / 4 schools, 3 adjudicators and one
// venue per room), prelims R1..R{ROUNDS+1} and an open break of 16. R1..R{ROUNDS} are drawn by
// tab's own draw (random, then power) and have simulated ballots for every room; the last prelim is
// left undrawn for `tab draw`. ROUNDS = 0 writes only the participants (16k speakers: TEAMS = 5334).
// The tournament is made in memory through the core's commands, then copied to DIR (which must
// not exist). `make_tournament --smoke` builds a small one in memory and checks it loads cleanly.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "tab/app/draw.hpp"
#include "tab/app/simulate.hpp"
#include "tab/base/rng.hpp"
#include "tab/model/loader.hpp"

namespace {

std::string tournament_toml(int rounds, uint64_t seed) {
    std::string toml = "name = \"Bench Schools Open\"\nshort_name = \"Bench\"\npreset = \"wsdc\"\nseed = " +
                       std::to_string(seed) + "\n";
    for (int r = 1; r <= rounds + 1; ++r)
        toml += "\n[[rounds]]\nid = \"R" + std::to_string(r) + "\"\nstage = \"prelim\"\ndraw = \"" +
                (r == 1 ? "random" : "power") + "\"\n";
    toml += "\n[[break_categories]]\nid = \"open\"\nname = \"Open\"\nsize = 16\npriority = 10\ngeneral = true\n";
    return toml;
}

// Participants: team i of school i / 4, speakers "Speaker i-1..3", adjudicators of schools
// spread over the field with strengths 1..9, one venue per room.
void write_participants(tab::MemoryFileSystem& fs, int teams, uint64_t seed) {
    tab::Rng rng(seed);
    const int schools = (teams + 3) / 4, rooms = teams / 2;
    std::string institutions = "code,name,district\n";
    for (int s = 0; s < schools; ++s)
        institutions += "S" + std::to_string(s) + ",School " + std::to_string(s) + ",District " + std::to_string(s % 17) + "\n";
    fs.files["institutions.csv"] = institutions;

    std::string csv = "team,institution,speaker\n";
    for (int i = 0; i < teams; ++i)
        for (int k = 1; k <= 3; ++k)
            csv += "Team " + std::to_string(i) + ",S" + std::to_string(i / 4) + ",Speaker " + std::to_string(i) + "-" +
                   std::to_string(k) + "\n";
    fs.files["teams.csv"] = csv;

    std::string adjudicators = "name,institution,strength\n";
    for (int a = 0; a < rooms * 3; ++a)
        adjudicators += "Judge " + std::to_string(a) + ",S" + std::to_string(rng.below(static_cast<uint64_t>(schools))) +
                        "," + std::to_string(1 + rng.below(9)) + "\n";
    fs.files["adjudicators.csv"] = adjudicators;

    std::string venues = "name,priority,tags\n";
    for (int v = 0; v < rooms; ++v) venues += "Room " + std::to_string(v) + "," + std::to_string(v % 10) + ",\n";
    fs.files["venues.csv"] = venues;
}

bool report(const tab::Diagnostics& diags) {
    for (const tab::Diagnostic& d : diags.all())
        if (d.severity == tab::Severity::error) std::fprintf(stderr, "%s\n", tab::format_diagnostic(d).c_str());
    return !diags.has_errors();
}

// Draws and simulates R1..R{rounds} with the core's own commands, reloading between rounds as
// the CLI would.
bool play_rounds(tab::MemoryFileSystem& fs, int rounds) {
    for (int r = 1; r <= rounds; ++r) {
        tab::Diagnostics diags;
        std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
        if (!t || !report(diags)) return false;
        const std::string id = "R" + std::to_string(r);
        tab::app::DrawRoundRequest draw_request;
        draw_request.round = id;
        tab::app::SimulateRequest simulate_request;
        simulate_request.round = id;
        if (!tab::app::draw_round(*t, fs, draw_request, diags) ||
            !tab::app::simulate_round(*t, fs, simulate_request, diags) || !report(diags))
            return false;
    }
    return true;
}

tab::MemoryFileSystem make(int teams, int rounds, uint64_t seed) {
    tab::MemoryFileSystem fs;
    fs.files["tournament.toml"] = tournament_toml(rounds, seed);
    write_participants(fs, teams, seed);
    if (!play_rounds(fs, rounds)) std::exit(1);
    return fs;
}

int copy_to_disk(const tab::MemoryFileSystem& fs, const std::filesystem::path& dir) {
    if (std::filesystem::exists(dir)) {
        std::fprintf(stderr, "make_tournament: %s exists; expected a new directory\n", dir.c_str());
        return 2;
    }
    for (const auto& [path, content] : fs.files) {
        std::filesystem::path target = dir / path;
        std::filesystem::create_directories(target.parent_path());
        std::ofstream(target, std::ios::binary) << content;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--smoke") == 0) {
        tab::MemoryFileSystem fs = make(40, 3, 5);
        tab::Diagnostics diags;
        std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
        if (!t || !report(diags) || t->speakers.size() != 120 || !fs.exists("rounds/R3/ballots.csv")) return 1;
        std::printf("make_tournament: 40 teams, 3 rounds drawn and simulated in memory\n");
        return 0;
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: make_tournament DIR TEAMS [ROUNDS] [SEED]\n");
        return 2;
    }
    const int teams = std::atoi(argv[2]), rounds = argc > 3 ? std::atoi(argv[3]) : 9;
    const uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 2026;
    if (teams < 2 || rounds < 0) {
        std::fprintf(stderr, "make_tournament: expected TEAMS >= 2 and ROUNDS >= 0\n");
        return 2;
    }
    return copy_to_disk(make(teams, rounds, seed), argv[1]);
}

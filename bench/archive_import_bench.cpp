// Archive import benchmark: a generated DebateXML archive of a 400-team BP tournament (800
// speakers, 100 adjudicators, 9 prelim rounds of 100 rooms, every ballot with its places and
// speeches). Timed: parsing and importing the archive, writing the tournament's files (into a
// MemoryFileSystem), loading them again and computing the team and speaker tabs, as
// `tab import debatexml` followed by `tab standings` does. The target is under 300 ms. Prints the
// best of five timings and each stage's share.
#include <chrono>
#include <cstdio>
#include <cstring>

#include "tab/archive/debatexml.hpp"
#include "tab/ballots/results.hpp"
#include "tab/base/rng.hpp"
#include "tab/model/loader.hpp"
#include "tab/standings/standings.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The archive: random rooms each round, places in room order, speeches of 65..84.
std::string generate(int teams, int rounds) {
    tab::Rng rng(11);
    std::string xml = "<?xml version=\"1.0\"?>\n<tournament name=\"Bench Open\" short=\"Bench\" style=\"bp\">\n";
    for (int r = 1; r <= rounds; ++r) {
        xml += " <round name=\"Round " + std::to_string(r) + "\" elimination=\"false\">\n";
        std::vector<int> order(static_cast<size_t>(teams));
        for (int i = 0; i < teams; ++i) order[static_cast<size_t>(i)] = i + 1;
        rng.shuffle(order);
        for (int room = 0; room < teams / 4; ++room) {
            const std::string adj = "A" + std::to_string(room + 1);
            xml += "  <debate id=\"D" + std::to_string(r) + "-" + std::to_string(room + 1) + "\" chair=\"" + adj +
                   "\" adjudicators=\"" + adj + "\">\n";
            for (int side = 0; side < 4; ++side) {
                const int team = order[static_cast<size_t>(room * 4 + side)];
                const int a = 65 + static_cast<int>(rng.below(20)), b = 65 + static_cast<int>(rng.below(20));
                xml += "   <side team=\"T" + std::to_string(team) + "\"><ballot adjudicators=\"" + adj + "\" rank=\"" +
                       std::to_string(side + 1) + "\">" + std::to_string(a + b) + "</ballot>\n";
                for (auto [speaker, score] : {std::pair{2 * team - 1, a}, std::pair{2 * team, b}})
                    xml += "    <speech speaker=\"S" + std::to_string(speaker) + "\"><ballot adjudicators=\"" + adj +
                           "\">" + std::to_string(score) + "</ballot></speech>\n";
                xml += "   </side>\n";
            }
            xml += "  </debate>\n";
        }
        xml += " </round>\n";
    }
    xml += " <participants>\n";
    for (int i = 1; i <= teams; ++i)
        xml += "  <team id=\"T" + std::to_string(i) + "\" name=\"Team " + std::to_string(i) + "\"><speaker id=\"S" +
               std::to_string(2 * i - 1) + "\">Speaker " + std::to_string(i) + "A</speaker><speaker id=\"S" +
               std::to_string(2 * i) + "\">Speaker " + std::to_string(i) + "B</speaker></team>\n";
    for (int i = 1; i <= teams / 4; ++i)
        xml += "  <adjudicator id=\"A" + std::to_string(i) + "\" name=\"Judge " + std::to_string(i) + "\"/>\n";
    return xml + " </participants>\n</tournament>\n";
}

}  // namespace

int main(int argc, char** argv) {
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const int teams = smoke ? 40 : 400, rounds = smoke ? 3 : 9, runs = smoke ? 1 : 5;
    const std::string xml = generate(teams, rounds);
    double best = 1e9, import_ms = 0, write_ms = 0, tabs_ms = 0;
    for (int run = 0; run < runs; ++run) {
        Clock::time_point start = Clock::now();
        tab::Diagnostics diags;
        std::optional<tab::DebateXmlImport> imported = tab::import_debatexml(xml, "bench.xml", diags);
        const double a = ms_since(start);
        tab::MemoryFileSystem fs;
        const bool written = imported && tab::write_debatexml_import(fs, *imported, diags);
        const double b = ms_since(start);
        std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
        if (!written || !t || diags.has_errors()) {
            for (const tab::Diagnostic& d : diags.all()) std::fprintf(stderr, "%s\n", tab::format_diagnostic(d).c_str());
            return 1;
        }
        std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
        std::optional<tab::TeamStandings> team_tab =
            tab::compute_team_standings(*t, results, tab::team_standings_options(*t), diags);
        std::optional<tab::SpeakerStandings> speaker_tab =
            tab::compute_speaker_standings(*t, results, tab::speaker_standings_options(*t), diags);
        const double total = ms_since(start);
        if (diags.has_errors() || results.size() != static_cast<size_t>(rounds) || !team_tab || !speaker_tab ||
            team_tab->rows.size() != static_cast<size_t>(teams) ||
            speaker_tab->rows.size() != static_cast<size_t>(2 * teams)) {
            std::fprintf(stderr, "archive_import_bench: unexpected problems in the generated archive\n");
            return 1;
        }
        if (total < best) best = total, import_ms = a, write_ms = b - a, tabs_ms = total - b;
    }
    std::printf("archive_import_bench: %d teams, %d BP rounds, %zu bytes of DebateXML: %.1f ms (target at 400 teams "
                "< 300 ms)\n",
                teams, rounds, xml.size(), best);
    std::printf("  import %.1f ms, write files %.1f ms, load + both tabs %.1f ms\n", import_ms, write_ms, tabs_ms);
    return 0;
}

// import_tabbycat(): reads a Tabbycat import folder in dependency order (categories, rounds,
// institutions and teams, adjudicators and their conflicts, venues), infers the debate format
// when none is given, and names every file it does not import, so that a director knows what
// was left behind. Every bad cell of every file is reported; the tournament is returned only
// when there was no error, so nothing half-read is ever written.
//
// The format is inferred from the layout: speakers in teams.csv (boots) is Tabbycat's BP
// layout, so bp; speakers.csv (anorak) is two-team, and the usual team size decides: three
// speakers is australs (the format of Tabbycat's own two-team data), two is apda (two-team,
// two speakers, the other large circuit with that shape), one is lincoln-douglas.
#include <algorithm>
#include <map>

#include "tab/model/format.hpp"
#include "tab/base/rng.hpp"
#include "tab/archive/tabbycat_import.hpp"
#include "tabbycat_internal.hpp"

namespace tab {
namespace {

// Files of Tabbycat's importers that tab reads, or that need nothing (regions are the
// institutions' region column; venue categories become the venues' tags).
const std::vector<std::string> read_files = {
    "break_categories.csv", "speaker_categories.csv", "rounds.csv",  "motions.csv",
    "institutions.csv",     "teams.csv",              "speakers.csv", "adjudicators.csv",
    "scores.csv",           "team_conflicts.csv",     "institution_conflicts.csv",
    "adjudicator_conflicts.csv", "venues.csv",        "regions.csv",  "venue_categories.csv"};

// Files of Tabbycat's importers that hold what tab has no place for, with the entry saying why.
const std::map<std::string, std::string> skipped_files = {
    {"adj_feedback_questions.csv", "diag.tabbycat.skipped.feedback"},
    {"adj_venue_constraints.csv", "diag.tabbycat.skipped.adjudicator_venues"},
    {"team_venue_constraints.csv", "diag.tabbycat.skipped.team_venues"},
    {"team_institution_conflicts.csv", "diag.tabbycat.skipped.team_institutions"},
    {"sides.csv", "diag.tabbycat.skipped.sides"},
};

void report_unread_files(const FileSystem& src, Diagnostics& diags) {
    for (const std::string& name : src.list(".")) {
        if (name.size() < 4 || name.compare(name.size() - 4, 4, ".csv") != 0) continue;
        if (std::find(read_files.begin(), read_files.end(), name) != read_files.end()) continue;
        auto skipped = skipped_files.find(name);
        diags.warning(name, 0, 0,
                      message(skipped != skipped_files.end() ? skipped->second : "diag.tabbycat.not_importer_file"));
    }
}

// The most common number of speakers in a team (the larger on a tie); 0 without speakers.
int usual_team_size(const Tournament& t) {
    std::map<int, int> count;
    for (const Team& team : t.teams)
        if (!team.speakers.empty()) ++count[static_cast<int>(team.speakers.size())];
    int best = 0, best_count = 0;
    for (const auto& [size, n] : count)
        if (n >= best_count) best = size, best_count = n;
    return best;
}

}  // namespace

std::string infer_tabbycat_preset(bool bp_layout, int speakers_per_team) {
    if (bp_layout) return "bp";
    if (speakers_per_team == 2) return "apda";
    if (speakers_per_team == 1) return "lincoln-douglas";
    return "australs";
}

std::optional<TabbycatImport> import_tabbycat(const FileSystem& src, const TabbycatImportOptions& options,
                                              Diagnostics& diags) {
    Diagnostics found;
    TabbycatImport result;
    Tournament& t = result.tournament;
    t.name = options.name;
    t.short_name = options.name;
    t.seed = derive_seed(0, options.name) % 1000000;
    detail::import_categories(src, t, found);
    detail::import_rounds(src, t, found);
    result.bp_layout = detail::import_teams(src, t, found);
    detail::import_adjudicators(src, t, found);
    detail::import_venues(src, t, found);
    report_unread_files(src, found);

    result.preset_inferred = options.preset.empty();
    const std::string preset =
        options.preset.empty() ? infer_tabbycat_preset(result.bp_layout, usual_team_size(t)) : options.preset;
    if (std::optional<Format> format = preset_format(preset)) t.format = *format;
    else found.error("", 0, 0, message("diag.init.preset", {{"found", preset}}));
    diags.append(found);
    if (found.has_errors()) return std::nullopt;
    return result;
}

}  // namespace tab

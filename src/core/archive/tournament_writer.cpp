// The participant files in the canonical layout (docs/formats.md), and write_tournament(),
// which writes them with tournament.toml. Teams are one row per speaker, because that is what
// an online form exports and what a person fills in most easily; the team-level cells
// (institution, break categories, seed, swing) are written on the team's first row only, so a
// change is made in one place. A team without speakers keeps one row with an empty speaker,
// so that nothing is lost. Lists are joined with ';' and references are by name (institutions
// by code), which is how the loader resolves them.
#include <fmt/format.h>

#include <algorithm>

#include "tab/base/csv.hpp"
#include "tab/archive/writer.hpp"

namespace tab {
namespace {

std::string semicolon_separated(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ";")); }

std::string blank_if_zero(double v) { return v == 0 ? "" : fmt::format("{}", v); }

std::string date(const std::optional<Date>& d) { return d ? format_date(*d) : ""; }

void add_line(std::string& out, const std::vector<std::string>& fields) { out += csv_line(fields) + "\n"; }

}  // namespace

std::string institutions_csv_text(const Tournament& t) {
    std::string out;
    add_line(out, {"code", "name", "district"});
    for (const Institution& i : t.institutions) add_line(out, {i.code, i.name, i.district});
    return out;
}

std::string teams_csv_text(const Tournament& t) {
    std::string out;
    add_line(out, {"team", "institution", "speaker", "speaker_id", "speaker_categories", "break_categories", "seed",
                   "swing", "gender", "birth_date", "district", "phone", "email"});
    const Speaker nobody;
    for (const Team& team : t.teams) {
        for (size_t k = 0; k < std::max<size_t>(team.speakers.size(), 1); ++k) {
            const Speaker& s = team.speakers.empty() ? nobody : t.speakers[static_cast<size_t>(team.speakers[k])];
            const bool first = k == 0;  // the team-level cells go on the first row only
            add_line(out, {team.name, first ? t.institution_code(team.institution) : "", s.name, s.id,
                           semicolon_separated(s.categories), first ? semicolon_separated(team.break_categories) : "",
                           first ? blank_if_zero(team.seed) : "", first && team.swing ? "true" : "", s.personal.gender,
                           date(s.personal.birth_date), s.personal.district, s.personal.phone, s.personal.email});
        }
    }
    return out;
}

std::string adjudicators_csv_text(const Tournament& t) {
    std::string out;
    add_line(out, {"name", "id", "institution", "strength", "trainee", "independent", "adj_core", "team_conflicts",
                   "institution_conflicts", "adjudicator_conflicts", "unavailable", "categories", "gender",
                   "birth_date", "district", "phone", "email"});
    for (const Adjudicator& a : t.adjudicators) {
        std::vector<std::string> teams, institutions, adjudicators;
        for (int i : a.team_conflicts) teams.push_back(t.teams[static_cast<size_t>(i)].name);
        for (int i : a.institution_conflicts) institutions.push_back(t.institution_code(i));
        for (int i : a.adjudicator_conflicts) adjudicators.push_back(t.adjudicators[static_cast<size_t>(i)].name);
        add_line(out, {a.name, a.id, t.institution_code(a.institution), fmt::format("{}", a.strength),
                       a.trainee ? "true" : "false", a.independent ? "true" : "false", a.adj_core ? "true" : "false",
                       semicolon_separated(teams), semicolon_separated(institutions), semicolon_separated(adjudicators), semicolon_separated(a.unavailable), semicolon_separated(a.categories),
                       a.personal.gender, date(a.personal.birth_date), a.personal.district, a.personal.phone,
                       a.personal.email});
    }
    return out;
}

std::string venues_csv_text(const Tournament& t) {
    std::string out;
    add_line(out, {"name", "priority", "tags"});
    for (const Venue& v : t.venues) add_line(out, {v.name, std::to_string(v.priority), semicolon_separated(v.tags)});
    return out;
}

std::vector<std::string> tournament_file_paths(const Tournament& t) {
    return {"tournament.toml", t.files.institutions, t.files.teams, t.files.adjudicators, t.files.venues};
}

bool write_tournament(FileSystem& fs, const Tournament& t, std::string* error) {
    const std::vector<std::string> paths = tournament_file_paths(t);
    const std::vector<std::string> texts = {tournament_toml_text(t), institutions_csv_text(t), teams_csv_text(t),
                                            adjudicators_csv_text(t), venues_csv_text(t)};
    for (size_t i = 0; i < paths.size(); ++i)
        if (!fs.write_atomic(paths[i], texts[i], error)) return false;
    return true;
}

}  // namespace tab

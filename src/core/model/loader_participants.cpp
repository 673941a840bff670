// Institutions, adjudicators and venues, in our own column layout or in Tabbycat's (the
// column names differ: base_score for strength, adj_conflicts, category for venue tags).
// Teams and speakers are in loader_teams.cpp. Names referred to across files (institutions,
// teams, other adjudicators) must exist.
#include <functional>

#include "csv_fields.hpp"
#include "unique_names.hpp"
#include "loader_internal.hpp"

namespace tab::detail {

void read_teams(const FileSystem& fs, Tournament& t, Diagnostics& diags);  // loader_teams.cpp

namespace {

void read_institutions(const FileSystem& fs, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(fs, t.files.institutions, false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
    const int code = f.column({"code", "short_name"});
    const int name = f.column({"name", "full_name"});
    const int district = f.column({"district", "region", "city"});
    if (code < 0 && name < 0) f.required({"code", "name"});
    f.warn_unknown_columns({"code", "short_name", "name", "full_name", "district", "region", "city"});
    UniqueNames codes("diag.load.lookalike_institution");
    for (const CsvRow& row : table->rows) {
        Institution inst;
        inst.code = f.text(row, code >= 0 ? code : name);
        inst.name = f.text(row, name >= 0 ? name : code);
        inst.district = f.text(row, district);
        if (inst.code.empty()) {
            f.error(row, code >= 0 ? code : name, message("diag.load.empty_institution_code"));
            continue;
        }
        if (codes.collides(f, row, code >= 0 ? code : name, inst.code)) continue;
        if (t.find_institution(inst.code) >= 0) {
            f.error(row, code >= 0 ? code : name, message("diag.load.institution_again", {{"found", inst.code}}));
            continue;
        }
        t.institutions.push_back(std::move(inst));
    }
}

void read_venues(const FileSystem& fs, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(fs, t.files.venues, false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
    const int name = f.required({"name"});
    const int priority = f.column({"priority"});
    const int tags = f.column({"tags", "category", "categories"});
    f.warn_unknown_columns({"name", "priority", "tags", "category", "categories"});
    if (name < 0) return;
    UniqueNames names("diag.load.lookalike_venue");
    for (const CsvRow& row : table->rows) {
        Venue v;
        v.name = f.text(row, name);
        if (v.name.empty()) {
            f.error(row, name, message("diag.load.empty_venue_name"));
            continue;
        }
        if (priority >= 0) {
            if (f.text(row, priority).empty()) f.error(row, priority, message("diag.csv.empty_number"));
            else if (auto p = f.number(row, priority)) v.priority = static_cast<int>(*p);
        }
        v.tags = split_list(f.text(row, tags), ";,");
        if (names.collides(f, row, name, v.name)) continue;
        if (t.find_venue(v.name) >= 0) {
            f.error(row, name, message("diag.load.venue_again", {{"found", v.name}}));
            continue;
        }
        t.venues.push_back(std::move(v));
    }
}

// The names in a list cell. Lists are separated by ';'; Tabbycat's files use ',', so a cell
// without ';' is split on ',' too, unless the whole cell is one known name (which may hold a comma).
// unknown is the key of the message for a name that find does not know.
std::vector<int> resolve(CsvFields& f, const CsvRow& row, int col, const char* unknown,
                         const std::function<int(const std::string&)>& find) {
    std::vector<int> out;
    const std::string& cell = f.text(row, col);
    if (cell.find(';') == std::string::npos && find(cell) >= 0) return {find(cell)};
    for (const std::string& name : split_list(cell, cell.find(';') == std::string::npos ? "," : ";")) {
        int i = find(name);
        if (i < 0) f.error(row, col, message(unknown, {{"found", name}}));
        else out.push_back(i);
    }
    return out;
}

void read_adjudicators(const FileSystem& fs, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(fs, t.files.adjudicators, false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
    const int name = f.required({"name"});
    const int id = f.column({"id"});
    const int institution = f.column({"institution"});
    const int strength = f.column({"strength", "base_score", "score", "rating"});
    const int trainee = f.column({"trainee"});
    const int independent = f.column({"independent"});
    const int adj_core = f.column({"adj_core"});
    const int team_conflicts = f.column({"team_conflicts"});
    const int institution_conflicts = f.column({"institution_conflicts"});
    const int adj_conflicts = f.column({"adjudicator_conflicts", "adj_conflicts"});
    const int unavailable = f.column({"unavailable"});
    const int categories = f.column({"categories", "category"});
    const int gender = f.column({"gender"});
    const int birth = f.column({"birth_date", "birthdate", "date_of_birth"});
    const int district = f.column({"district", "city"});
    const int phone = f.column({"phone"});
    const int email = f.column({"email", "e-mail"});
    f.warn_unknown_columns({"name", "id", "institution", "strength", "base_score", "score", "rating", "trainee",
                            "independent", "adj_core", "team_conflicts", "institution_conflicts",
                            "adjudicator_conflicts", "adj_conflicts", "unavailable", "categories", "category",
                            "gender", "birth_date", "birthdate", "date_of_birth", "district", "city", "phone",
                            "email", "e-mail"});
    if (name < 0) return;
    std::vector<std::pair<const CsvRow*, size_t>> pending_conflicts;  // adjudicator conflicts, resolved last
    UniqueNames names("diag.load.lookalike_adjudicator");
    for (const CsvRow& row : table->rows) {
        Adjudicator a;
        a.name = f.text(row, name);
        if (a.name.empty()) {
            f.error(row, name, message("diag.load.empty_adjudicator_name"));
            continue;
        }
        a.id = f.text(row, id);
        if (!f.text(row, institution).empty()) {
            a.institution = t.find_institution(f.text(row, institution));
            if (a.institution < 0)
                f.error(row, institution,
                        message("diag.load.unknown_institution", {{"found", f.text(row, institution)}, {"file", t.files.institutions}}));
        }
        if (auto s = f.number(row, strength)) a.strength = *s;
        a.trainee = f.boolean(row, trainee).value_or(false);
        a.independent = f.boolean(row, independent).value_or(false);
        a.adj_core = f.boolean(row, adj_core).value_or(false);
        a.team_conflicts = resolve(f, row, team_conflicts, "diag.load.unknown_conflict_team", [&](const std::string& n) { return t.find_team(n); });
        a.institution_conflicts = resolve(f, row, institution_conflicts, "diag.load.unknown_conflict_institution",
                                          [&](const std::string& n) { return t.find_institution(n); });
        for (const std::string& r : split_list(f.text(row, unavailable), ";,")) {
            if (t.find_round(r) < 0) f.error(row, unavailable, message("diag.load.unknown_round", {{"found", r}}));
            a.unavailable.push_back(r);
        }
        a.categories = split_list(f.text(row, categories), ";,");
        a.personal.gender = f.gender(row, gender);
        a.personal.birth_date = f.date(row, birth);
        a.personal.district = f.text(row, district);
        a.personal.phone = f.text(row, phone);
        a.personal.email = f.text(row, email);
        if (names.collides(f, row, name, a.name)) continue;
        if (t.find_adjudicator(a.name) >= 0) {
            f.error(row, name, message("diag.load.adjudicator_again", {{"found", a.name}}));
            continue;
        }
        pending_conflicts.push_back({&row, t.adjudicators.size()});
        t.adjudicators.push_back(std::move(a));
    }
    for (auto [row, index] : pending_conflicts)
        t.adjudicators[index].adjudicator_conflicts = resolve(
            f, *row, adj_conflicts, "diag.load.unknown_conflict_adjudicator", [&](const std::string& n) { return t.find_adjudicator(n); });
}

}  // namespace

void read_participants(const FileSystem& fs, Tournament& t, Diagnostics& diags) {
    read_institutions(fs, t, diags);
    read_teams(fs, t, diags);
    read_adjudicators(fs, t, diags);
    read_venues(fs, t, diags);
}

}  // namespace tab::detail

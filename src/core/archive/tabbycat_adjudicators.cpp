// Tabbycat's adjudicators and venues. An adjudicator's conflicts may come from two places: the
// comma-separated cells institution_conflicts, team_conflicts and adj_conflicts of
// adjudicators.csv (anorak), and the pair files team_conflicts.csv, institution_conflicts.csv
// and adjudicator_conflicts.csv (boots); both are merged, without repeats. A conflict with the
// adjudicator's own institution is implicit in tab, as in Tabbycat, so it is not stored.
// scores.csv sets base scores that adjudicators.csv lacks. Tabbycat's `available:<round>`
// columns (true or false per round) become the list of rounds an adjudicator cannot judge.
#include <algorithm>
#include <functional>

#include "tabbycat_internal.hpp"

namespace tab::detail {
namespace {

void add_unique(std::vector<int>& list, int item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// Looks up every name in a list cell; reports the unknown ones with the entry `unknown_key`.
std::vector<int> resolve(TabbycatCells& f, const CsvRow& row, int col, const char* unknown_key,
                         const std::function<int(const std::string&)>& find) {
    std::vector<int> out;
    for (const std::string& name : split_list(f.text(row, col), ",;")) {
        const int i = find(name);
        if (i < 0) f.error(row, col, message(unknown_key, {{"found", name}}));
        else add_unique(out, i);
    }
    return out;
}

// The `available:<round>` columns: (column, round id) pairs; unknown rounds are reported.
std::vector<std::pair<int, std::string>> availability(const CsvTable& table, const Tournament& t, Diagnostics& diags) {
    std::vector<std::pair<int, std::string>> out;
    const std::string prefix = "available:";
    for (size_t c = 0; c < table.header.size(); ++c) {
        const std::string& h = table.header[c];
        if (h.compare(0, prefix.size(), prefix) != 0) continue;
        const int r = t.find_round(h.substr(prefix.size()));
        if (r < 0)
            diags.error(table.file, 1, static_cast<int>(c) + 1, message("diag.tabbycat.unknown_availability", {{"found", h}}));
        else
            out.push_back({static_cast<int>(c), t.rounds[static_cast<size_t>(r)].id});
    }
    return out;
}

std::vector<std::string> with_availability(std::vector<std::string> known,
                                           const std::vector<std::pair<int, std::string>>& available,
                                           const CsvTable& table) {
    for (const auto& [col, id] : available) known.push_back(table.header[static_cast<size_t>(col)]);
    return known;
}

void import_adjudicator_rows(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "adjudicators.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int name = f.required({"name"});
    const int email = f.column({"email"}), gender = f.column({"gender"}), phone = f.column({"phone"});
    const int institution = f.column({"institution"});
    const int adj_core = f.column({"adj_core"}), independent = f.column({"independent"});
    const int trainee = f.column({"trainee"});
    const int score = f.column({"base_score"});
    const int institution_conflicts = f.column({"institution_conflicts"});
    const int team_conflicts = f.column({"team_conflicts"});
    const int adj_conflicts = f.column({"adj_conflicts", "adjudicator_conflicts"});
    const auto available = availability(*table, t, diags);
    f.warn_unknown_columns(with_availability({"name", "email", "gender", "phone", "institution", "adj_core",
                                              "independent", "trainee", "base_score", "institution_conflicts",
                                              "team_conflicts", "adj_conflicts", "adjudicator_conflicts"},
                                             available, *table));
    if (name < 0) return;
    std::vector<std::pair<const CsvRow*, size_t>> rows;  // adj_conflicts may name later rows: resolved last
    for (const CsvRow& row : table->rows) {
        Adjudicator a;
        a.name = f.text(row, name);
        a.personal.email = f.text(row, email);
        a.personal.phone = f.text(row, phone);
        a.personal.gender = f.gender(row, gender);
        const std::string& inst = f.text(row, institution);
        a.institution = inst.empty() ? -1 : t.find_institution(inst);
        if (!inst.empty() && a.institution < 0)
            f.error(row, institution, message("diag.tabbycat.unknown_institution", {{"found", inst}}));
        a.adj_core = f.boolean(row, adj_core).value_or(false);
        a.independent = f.boolean(row, independent).value_or(false);
        a.trainee = f.boolean(row, trainee).value_or(false);
        a.strength = f.number(row, score).value_or(0);
        for (int i : resolve(f, row, institution_conflicts, "diag.tabbycat.unknown_institution",
                             [&](const std::string& n) { return t.find_institution(n); }))
            if (i != a.institution) a.institution_conflicts.push_back(i);
        a.team_conflicts = resolve(f, row, team_conflicts, "diag.tabbycat.unknown_team",
                                   [&](const std::string& n) { return find_tabbycat_team(t, n); });
        for (const auto& [col, round] : available)
            if (f.boolean(row, col) == false) a.unavailable.push_back(round);
        if (a.name.empty()) {
            f.error(row, name, message("diag.tabbycat.empty_adjudicator"));
        } else if (t.find_adjudicator(a.name) >= 0) {
            f.error(row, name, message("diag.tabbycat.duplicate_adjudicator", {{"found", a.name}}));
        } else {
            rows.push_back({&row, t.adjudicators.size()});
            t.adjudicators.push_back(std::move(a));
        }
    }
    for (auto [row, index] : rows)
        for (int i : resolve(f, *row, adj_conflicts, "diag.tabbycat.unknown_adjudicator",
                             [&](const std::string& n) { return t.find_adjudicator(n); }))
            add_unique(t.adjudicators[index].adjudicator_conflicts, i);
}

// A file of (adjudicator, something) pairs; `apply` is called with the adjudicator's index
// and the row, after the adjudicator is found.
void import_pairs(const FileSystem& src, const std::string& file, std::initializer_list<std::string_view> first,
                  const std::vector<std::string>& known, Tournament& t, Diagnostics& diags,
                  const std::function<void(TabbycatCells&, const CsvRow&, Adjudicator&)>& apply) {
    std::optional<CsvTable> table = read_csv_file(src, file, false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int adjudicator = f.required(first);
    f.warn_unknown_columns(known);
    if (adjudicator < 0) return;
    for (const CsvRow& row : table->rows) {
        const int a = t.find_adjudicator(f.text(row, adjudicator));
        if (a < 0) f.error(row, adjudicator, message("diag.tabbycat.unknown_adjudicator", {{"found", f.text(row, adjudicator)}}));
        else apply(f, row, t.adjudicators[static_cast<size_t>(a)]);
    }
}

// Looks up the name in one cell; reports an unknown one with the entry `unknown_key`.
int lookup(TabbycatCells& f, const CsvRow& row, int col, const char* unknown_key,
           const std::function<int(const std::string&)>& find) {
    const int i = find(f.text(row, col));
    if (i < 0) f.error(row, col, message(unknown_key, {{"found", f.text(row, col)}}));
    return i;
}

void import_conflict_files(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    import_pairs(src, "scores.csv", {"adjudicator"}, {"adjudicator", "score"}, t, diags,
                 [&](TabbycatCells& f, const CsvRow& row, Adjudicator& a) {
                     const int score = f.column({"score"});
                     if (f.text(row, score).empty()) f.error(row, score, message("diag.tabbycat.empty_score"));
                     else if (auto s = f.number(row, score)) a.strength = *s;
                 });
    import_pairs(src, "team_conflicts.csv", {"adjudicator"}, {"adjudicator", "team"}, t, diags,
                 [&](TabbycatCells& f, const CsvRow& row, Adjudicator& a) {
                     const int team = lookup(f, row, f.column({"team"}), "diag.tabbycat.unknown_team",
                                             [&](const std::string& n) { return find_tabbycat_team(t, n); });
                     if (team >= 0) add_unique(a.team_conflicts, team);
                 });
    import_pairs(src, "institution_conflicts.csv", {"adjudicator"}, {"adjudicator", "institution"}, t, diags,
                 [&](TabbycatCells& f, const CsvRow& row, Adjudicator& a) {
                     const int inst = lookup(f, row, f.column({"institution"}), "diag.tabbycat.unknown_institution",
                                             [&](const std::string& n) { return t.find_institution(n); });
                     if (inst >= 0 && inst != a.institution) add_unique(a.institution_conflicts, inst);
                 });
    import_pairs(src, "adjudicator_conflicts.csv", {"adjudicator1"}, {"adjudicator1", "adjudicator2"}, t, diags,
                 [&](TabbycatCells& f, const CsvRow& row, Adjudicator& a) {
                     const int other = lookup(f, row, f.column({"adjudicator2"}), "diag.tabbycat.unknown_adjudicator",
                                              [&](const std::string& n) { return t.find_adjudicator(n); });
                     if (other >= 0) add_unique(a.adjudicator_conflicts, other);
                 });
}

}  // namespace

void import_adjudicators(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    import_adjudicator_rows(src, t, diags);
    import_conflict_files(src, t, diags);
}

void import_venues(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "venues.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int name = f.required({"name"});
    const int priority = f.column({"priority"});
    const int category = f.column({"category", "categories"});
    const auto available = availability(*table, t, diags);
    f.warn_unknown_columns(with_availability({"name", "priority", "category", "categories"}, available, *table));
    if (!available.empty())
        diags.warning(table->file, 1, available.front().first + 1, message("diag.tabbycat.venue_availability"));
    if (name < 0) return;
    for (const CsvRow& row : table->rows) {
        Venue v;
        v.name = f.text(row, name);
        if (priority >= 0 && f.text(row, priority).empty())
            f.error(row, priority, message("diag.tabbycat.empty_venue_priority"));
        else if (auto p = f.number(row, priority)) v.priority = static_cast<int>(*p);
        v.tags = split_list(f.text(row, category), ",;");
        if (v.name.empty()) f.error(row, name, message("diag.tabbycat.empty_venue"));
        else if (t.find_venue(v.name) >= 0) f.error(row, name, message("diag.tabbycat.duplicate_venue", {{"found", v.name}}));
        else t.venues.push_back(std::move(v));
    }
}

}  // namespace tab::detail

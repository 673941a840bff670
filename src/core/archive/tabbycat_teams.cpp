// Tabbycat's institutions, teams and speakers. Its two layouts hold the speakers differently:
//
//   boots (BP):       teams.csv has one row per team, the speakers in numbered columns
//                     speaker1_name, speaker1_email, speaker1_gender, speaker1_category, ...
//   anorak (2-team):  speakers.csv has one row per speaker naming its team_name; teams.csv, if
//                     present, lists teams by reference without speakers.
//
// A team's name is what Tabbycat shows as its short name: the institution's code, a space and
// the team's reference when use_institution_prefix is true ("Lilycove" + "2" = "Lilycove 2"),
// else the reference alone. Conflict files may also use the long name, with the institution's
// full name; find_tabbycat_team() accepts both.
#include "tab/base/unicode.hpp"
#include "tabbycat_internal.hpp"

namespace tab::detail {
namespace {

void import_institutions(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "institutions.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int code = f.column({"code"});
    const int name = f.required({"name"});
    const int region = f.column({"region"});
    f.warn_unknown_columns({"code", "name", "region"});
    if (name < 0) return;
    for (const CsvRow& row : table->rows) {
        Institution i{f.text(row, code), f.text(row, name), f.text(row, region)};
        if (i.code.empty()) i.code = i.name;
        if (i.name.empty()) f.error(row, name, message("diag.tabbycat.empty_institution"));
        else if (t.find_institution(i.code) >= 0)
            f.error(row, code >= 0 ? code : name, message("diag.tabbycat.duplicate_institution", {{"found", i.code}}));
        else t.institutions.push_back(std::move(i));
    }
}

// The institution named in a cell (-1 if empty or unknown; unknown is reported).
int institution_at(TabbycatCells& f, const CsvRow& row, int col, const Tournament& t) {
    const std::string& v = f.text(row, col);
    if (v.empty()) return -1;
    const int i = t.find_institution(v);
    if (i < 0) f.error(row, col, message("diag.tabbycat.unknown_institution", {{"found", v}}));
    return i;
}

// Adds the team if it is new; returns its index (-1 if the reference is empty).
int team_at(TabbycatCells& f, const CsvRow& row, int reference_col, int prefix_col, int institution, Tournament& t) {
    const std::string& reference = f.text(row, reference_col);
    if (reference.empty()) {
        f.error(row, reference_col, message("diag.tabbycat.empty_reference"));
        return -1;
    }
    const bool prefix = f.boolean(row, prefix_col).value_or(false) && institution >= 0;
    const std::string name =
        prefix ? t.institutions[static_cast<size_t>(institution)].code + " " + reference : reference;
    for (size_t i = 0; i < t.teams.size(); ++i)
        if (t.teams[i].name == name) return static_cast<int>(i);
    Team team;
    team.name = name;
    team.institution = institution;
    t.teams.push_back(std::move(team));
    return static_cast<int>(t.teams.size()) - 1;
}

// A list of category ids in a cell, each checked against the tournament's categories.
std::vector<std::string> categories_at(TabbycatCells& f, const CsvRow& row, int col, const Tournament& t, bool breaks) {
    std::vector<std::string> out;
    for (const std::string& id : split_list(f.text(row, col), "/;,")) {
        bool known = false;
        if (breaks) known = t.find_break_category(id) != nullptr;
        else
            for (const SpeakerCategory& c : t.speaker_categories) known = known || c.id == id;
        if (known) out.push_back(id);
        else f.error(row, col, message("diag.tabbycat.unknown_category",
                                       {{"found", id}, {"file", breaks ? "break_categories.csv" : "speaker_categories.csv"}}));
    }
    return out;
}

struct SpeakerColumns {
    int name = -1, email = -1, gender = -1, phone = -1, category = -1;
};

void add_speaker(TabbycatCells& f, const CsvRow& row, const SpeakerColumns& c, int team, Tournament& t) {
    Speaker s;
    s.name = f.text(row, c.name);
    s.team = team;
    s.personal.email = f.text(row, c.email);
    s.personal.phone = f.text(row, c.phone);
    s.personal.gender = f.gender(row, c.gender);
    s.categories = categories_at(f, row, c.category, t, false);
    t.teams[static_cast<size_t>(team)].speakers.push_back(static_cast<int>(t.speakers.size()));
    t.speakers.push_back(std::move(s));
}

// teams.csv in the boots layout: the speakers are numbered columns of the team's row.
void import_boots_teams(TabbycatCells& f, const CsvTable& table, Tournament& t) {
    const int institution = f.column({"institution"});
    const int reference = f.required({"reference"});
    const int prefix = f.column({"use_institution_prefix"});
    const int breaks = f.column({"break_category", "break_categories"});
    std::vector<std::string> known = {"institution", "reference", "use_institution_prefix", "break_category",
                                      "break_categories"};
    std::vector<SpeakerColumns> speakers;
    for (int n = 1; f.column({"speaker" + std::to_string(n) + "_name"}) >= 0; ++n) {
        const std::string p = "speaker" + std::to_string(n) + "_";
        speakers.push_back({f.column({p + "name"}), f.column({p + "email"}), f.column({p + "gender"}),
                            f.column({p + "phone"}), f.column({p + "category"})});
        for (const char* k : {"name", "email", "gender", "phone", "category"}) known.push_back(p + k);
    }
    f.warn_unknown_columns(known);
    if (reference < 0) return;
    for (const CsvRow& row : table.rows) {
        const size_t before = t.teams.size();
        const int team = team_at(f, row, reference, prefix, institution_at(f, row, institution, t), t);
        if (team < 0) continue;
        if (t.teams.size() == before) {
            f.error(row, reference, message("diag.tabbycat.duplicate_team", {{"found", t.teams[static_cast<size_t>(team)].name}}));
            continue;
        }
        t.teams[static_cast<size_t>(team)].break_categories = categories_at(f, row, breaks, t, true);
        for (const SpeakerColumns& c : speakers)
            if (!f.text(row, c.name).empty()) add_speaker(f, row, c, team, t);
    }
}

// teams.csv in the anorak layout: teams by reference, without speakers.
void import_anorak_teams(TabbycatCells& f, const CsvTable& table, Tournament& t) {
    const int institution = f.column({"institution"});
    const int reference = f.required({"reference"});
    const int prefix = f.column({"use_institution_prefix"});
    const int breaks = f.column({"break_category", "break_categories"});
    f.warn_unknown_columns({"institution", "reference", "use_institution_prefix", "break_category",
                            "break_categories", "short_reference"});
    if (reference < 0) return;
    for (const CsvRow& row : table.rows) {
        const int team = team_at(f, row, reference, prefix, institution_at(f, row, institution, t), t);
        if (team >= 0) t.teams[static_cast<size_t>(team)].break_categories = categories_at(f, row, breaks, t, true);
    }
}

// speakers.csv: one row per speaker; a team is created the first time its name appears.
void import_anorak_speakers(TabbycatCells& f, const CsvTable& table, Tournament& t) {
    SpeakerColumns c{f.required({"name"}), f.column({"email"}), f.column({"gender"}), f.column({"phone"}),
                     f.column({"category", "categories"})};
    const int institution = f.column({"institution"});
    const int team_name = f.required({"team_name"});
    const int prefix = f.column({"use_institution_prefix"});
    f.warn_unknown_columns({"name", "email", "gender", "phone", "category", "categories", "institution",
                            "team_name", "use_institution_prefix"});
    if (c.name < 0 || team_name < 0) return;
    for (const CsvRow& row : table.rows) {
        const int team = team_at(f, row, team_name, prefix, institution_at(f, row, institution, t), t);
        if (f.text(row, c.name).empty()) f.error(row, c.name, message("diag.tabbycat.empty_speaker"));
        else if (team >= 0) add_speaker(f, row, c, team, t);
    }
}

}  // namespace

int find_tabbycat_team(const Tournament& t, const std::string& name) {
    const int i = t.find_team(name);
    if (i >= 0) return i;
    for (size_t k = 0; k < t.teams.size(); ++k) {
        const Team& team = t.teams[k];
        if (team.institution < 0) continue;
        const Institution& inst = t.institutions[static_cast<size_t>(team.institution)];
        const std::string prefix = inst.code + " ";
        const std::string reference =
            team.name.compare(0, prefix.size(), prefix) == 0 ? team.name.substr(prefix.size()) : team.name;
        if (to_lower(inst.name + " " + reference) == to_lower(name)) return static_cast<int>(k);
    }
    return -1;
}

bool import_teams(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    import_institutions(src, t, diags);
    std::optional<CsvTable> teams = read_csv_file(src, "teams.csv", false, diags);
    std::optional<CsvTable> speakers = read_csv_file(src, "speakers.csv", false, diags);
    const bool boots = teams && teams->column({"speaker1_name"}) >= 0;
    if (teams) {
        TabbycatCells f(*teams, diags);
        if (boots) import_boots_teams(f, *teams, t);
        else import_anorak_teams(f, *teams, t);
    }
    if (speakers) {
        TabbycatCells f(*speakers, diags);
        import_anorak_speakers(f, *speakers, t);
    }
    if (!teams && !speakers)
        diags.error("teams.csv", 0, 0, message("diag.tabbycat.no_teams"));
    return boots;
}

}  // namespace tab::detail

// Teams and their speakers, from any of three layouts:
//  - ours, one row per speaker (what an online form exports):
//      team,institution,speaker,speaker_id,speaker_categories,break_categories,seed,swing,
//      gender,birth_date,district,phone,email
//    Team-level cells (institution, break_categories, seed, swing) may stand on any of the
//    team's rows; two different values for one team are an error.
//  - Tabbycat's BP layout, one row per team with speaker1_name, speaker1_email, ... columns;
//  - Tabbycat's two-team layout (speakers.csv), one row per speaker with a team_name column.
// In Tabbycat's layouts the team's name is "<institution code> <reference>" when
// use_institution_prefix is true, as Tabbycat shows it.
#include <algorithm>

#include "csv_fields.hpp"
#include "loader_internal.hpp"
#include "unique_names.hpp"

namespace tab::detail {
namespace {

struct SpeakerColumns {
    int name = -1, id = -1, categories = -1, gender = -1, birth = -1, district = -1, phone = -1, email = -1;
};

struct TeamColumns {
    int team = -1, institution = -1, reference = -1, prefix = -1, break_categories = -1, seed = -1, swing = -1;
};

class TeamReader {
public:
    TeamReader(Tournament& t, CsvFields& f) : t_(t), f_(f) {}

    // The team a row belongs to, created on first sight, with the row's team-level cells applied.
    int team_of(const CsvRow& row, const TeamColumns& c) {
        std::string name = f_.text(row, c.team >= 0 ? c.team : c.reference);
        const std::string& institution = f_.text(row, c.institution);
        if (c.reference >= 0 && c.prefix >= 0 && f_.boolean(row, c.prefix).value_or(false) && !institution.empty())
            name = institution + " " + name;
        if (name.empty()) {
            f_.error(row, c.team >= 0 ? c.team : c.reference, message("diag.load.empty_team_name"));
            return -1;
        }
        if (team_names_.collides(f_, row, c.team >= 0 ? c.team : c.reference, name)) return -1;
        int index = t_.find_team(name);
        if (index < 0) {
            index = static_cast<int>(t_.teams.size());
            t_.teams.push_back(Team{name, -1, {}, {}, 0, false});
        }
        Team& team = t_.teams[static_cast<size_t>(index)];
        if (!institution.empty()) {
            int i = t_.find_institution(institution);
            if (i < 0) f_.error(row, c.institution, message("diag.load.unknown_institution", {{"found", institution}, {"file", t_.files.institutions}}));
            else if (team.institution >= 0 && team.institution != i)
                f_.error(row, c.institution,
                         message("diag.load.team_institution", {{"found", institution},
                                                                {"team", name},
                                                                {"earlier", t_.institutions[static_cast<size_t>(team.institution)].code}}));
            else team.institution = i;
        }
        for (const std::string& cat : split_list(f_.text(row, c.break_categories), ";,/")) {
            if (!t_.find_break_category(cat))
                f_.error(row, c.break_categories, message("diag.load.unknown_break_category", {{"found", cat}}));
            else if (std::find(team.break_categories.begin(), team.break_categories.end(), cat) == team.break_categories.end())
                team.break_categories.push_back(cat);
        }
        if (auto s = f_.number(row, c.seed)) team.seed = *s;
        if (auto s = f_.boolean(row, c.swing)) team.swing = team.swing || *s;
        return index;
    }

    void add_speaker(const CsvRow& row, const SpeakerColumns& c, int team) {
        Speaker s;
        s.name = f_.text(row, c.name);
        if (s.name.empty()) return;  // Tabbycat's BP layout leaves unused speaker slots empty
        s.id = f_.text(row, c.id);
        s.team = team;
        for (const std::string& cat : split_list(f_.text(row, c.categories), ";,/")) {
            bool known = false;
            for (const SpeakerCategory& sc : t_.speaker_categories) known = known || sc.id == cat;
            if (!known)
                f_.error(row, c.categories, message("diag.load.unknown_speaker_category", {{"found", cat}}));
            s.categories.push_back(cat);
        }
        s.personal.gender = f_.gender(row, c.gender);
        s.personal.birth_date = f_.date(row, c.birth);
        s.personal.district = f_.text(row, c.district);
        s.personal.phone = f_.text(row, c.phone);
        s.personal.email = f_.text(row, c.email);
        if (speaker_names_.collides(f_, row, c.name, s.name)) return;
        if (t_.find_speaker(s.name) >= 0) {
            int other = t_.find_speaker(s.name);
            f_.error(row, c.name,
                     message("diag.load.speaker_again",
                             {{"found", s.name}, {"team", t_.teams[static_cast<size_t>(t_.speakers[static_cast<size_t>(other)].team)].name}}));
            return;
        }
        t_.teams[static_cast<size_t>(team)].speakers.push_back(static_cast<int>(t_.speakers.size()));
        t_.speakers.push_back(std::move(s));
    }

private:
    Tournament& t_;
    CsvFields& f_;
    UniqueNames team_names_{"diag.load.lookalike_team"}, speaker_names_{"diag.load.lookalike_speaker"};
};

SpeakerColumns speaker_columns(const CsvFields& f, const std::string& prefix) {
    auto col = [&](std::initializer_list<const char*> names) {
        for (const char* n : names)
            if (int c = f.column({prefix + n}); c >= 0) return c;
        return -1;
    };
    SpeakerColumns c;
    c.name = col({"name"});
    c.id = col({"id"});
    c.categories = col({"categories", "category"});
    c.gender = col({"gender"});
    c.birth = col({"birth_date", "birthdate"});
    c.district = col({"district", "city"});
    c.phone = col({"phone"});
    c.email = col({"email"});
    return c;
}

void read_team_rows(const CsvTable& table, Tournament& t, Diagnostics& diags) {
    CsvFields f(table, diags);
    TeamReader reader(t, f);
    TeamColumns tc;
    tc.institution = f.column({"institution"});
    tc.break_categories = f.column({"break_categories", "break_category"});
    tc.seed = f.column({"seed", "rating"});
    tc.swing = f.column({"swing"});
    if (f.column({"speaker1_name"}) >= 0) {  // Tabbycat BP: one row per team
        tc.reference = f.required({"reference"});
        tc.prefix = f.column({"use_institution_prefix"});
        if (tc.reference < 0) return;
        std::vector<SpeakerColumns> speakers;
        for (int i = 1; f.column({"speaker" + std::to_string(i) + "_name"}) >= 0; ++i)
            speakers.push_back(speaker_columns(f, "speaker" + std::to_string(i) + "_"));
        for (const CsvRow& row : table.rows)
            if (int team = reader.team_of(row, tc); team >= 0)
                for (const SpeakerColumns& sc : speakers) reader.add_speaker(row, sc, team);
        return;
    }
    SpeakerColumns sc;
    if (f.column({"team_name"}) >= 0) {  // Tabbycat two-team: speakers.csv
        tc.reference = f.column({"team_name"});
        tc.prefix = f.column({"use_institution_prefix"});
        sc = speaker_columns(f, "");
    } else {
        tc.team = f.required({"team"});
        sc = speaker_columns(f, "speaker_");
        if (sc.name < 0) sc.name = f.required({"speaker"});
        if (tc.team < 0 || sc.name < 0) return;
        f.warn_unknown_columns({"team", "institution", "speaker", "speaker_id", "speaker_categories",
                                "break_categories", "break_category", "seed", "rating", "swing", "speaker_gender",
                                "gender", "speaker_birth_date", "birth_date", "district", "city", "phone", "email"});
        // In our layout the personal columns may be named without the speaker_ prefix.
        auto plain = [&](int& c, std::initializer_list<std::string_view> names) { if (c < 0) c = f.column(names); };
        plain(sc.gender, {"gender"});
        plain(sc.birth, {"birth_date", "birthdate"});
        plain(sc.district, {"district", "city"});
        plain(sc.phone, {"phone"});
        plain(sc.email, {"email"});
    }
    for (const CsvRow& row : table.rows)
        if (int team = reader.team_of(row, tc); team >= 0) reader.add_speaker(row, sc, team);
}

}  // namespace

void read_teams(const FileSystem& fs, Tournament& t, Diagnostics& diags) {
    // Tabbycat's two-team folders keep the speakers in speakers.csv and have no teams.csv.
    std::string path = t.files.teams;
    if (!fs.exists(path) && path == "teams.csv" && fs.exists("speakers.csv")) path = "speakers.csv";
    std::optional<CsvTable> table = read_csv_file(fs, path, true, diags);
    if (table) read_team_rows(*table, t, diags);
}

}  // namespace tab::detail

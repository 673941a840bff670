// Tabbycat's own import folders (tests/data/tabbycat-import) import without error, with
// the counts its documentation gives and values checked by hand against the CSV files; the
// imported tournament survives a write and a load; Tabbycat's error cases give one error per
// bad cell, at the right line and column.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"
#include "tab/archive/tabbycat_import.hpp"
#include "tab/archive/writer.hpp"

namespace {

const std::string data = std::string(TAB_DATA_DIR) + "/tabbycat-import/";

std::optional<tab::TabbycatImport> import_folder(const tab::FileSystem& fs, tab::Diagnostics& diags,
                                                 const std::string& preset = "") {
    return tab::import_tabbycat(fs, {"test", preset}, diags);
}

// A copy of a folder in memory, with some files replaced.
tab::MemoryFileSystem copy_of(const std::string& folder, const std::map<std::string, std::string>& replaced) {
    tab::DiskFileSystem disk(data + folder);
    tab::MemoryFileSystem fs;
    for (const std::string& name : disk.list(".")) fs.files[name] = disk.read(name).value_or("");
    for (const auto& [name, path] : replaced) fs.files[name] = tab::DiskFileSystem(data).read(path).value_or("");
    return fs;
}

const tab::Adjudicator& adjudicator(const tab::Tournament& t, const std::string& name) {
    const int i = t.find_adjudicator(name);
    REQUIRE(i >= 0);
    return t.adjudicators[static_cast<size_t>(i)];
}

std::vector<std::string> names_of(const tab::Tournament& t, const std::vector<int>& teams) {
    std::vector<std::string> out;
    for (int i : teams) out.push_back(t.teams[static_cast<size_t>(i)].name);
    return out;
}

int errors_in(const tab::Diagnostics& diags) { return diags.error_count(); }

}  // namespace

TEST_CASE("tabbycat import: australs24team (two-team layout, three speakers)") {
    tab::Diagnostics diags;
    std::optional<tab::TabbycatImport> imported = import_folder(tab::DiskFileSystem(data + "australs24team"), diags);
    REQUIRE(imported);
    CHECK(errors_in(diags) == 0);
    const tab::Tournament& t = imported->tournament;
    CHECK_FALSE(imported->bp_layout);
    CHECK(imported->preset_inferred);
    CHECK(t.format.preset == "australs");
    CHECK(t.institutions.size() == 14);
    CHECK(t.teams.size() == 24);
    CHECK(t.speakers.size() == 72);
    CHECK(t.adjudicators.size() == 29);
    CHECK(t.venues.size() == 25);
    REQUIRE(t.rounds.size() == 10);
    CHECK(t.break_categories.size() == 3);

    // use_institution_prefix: "Lilycove" + "2"; FALSE keeps the reference alone; no institution.
    CHECK(t.find_team("Lilycove 2") >= 0);
    CHECK(t.find_team("Violet City") >= 0);
    const int hybrid = t.find_team("Hybrid");
    REQUIRE(hybrid >= 0);
    CHECK(t.teams[static_cast<size_t>(hybrid)].institution == -1);

    const tab::Adjudicator& afra = adjudicator(t, "Afra Rojas");
    CHECK(afra.independent);
    CHECK(afra.strength == 5);
    CHECK(names_of(t, afra.team_conflicts) == std::vector<std::string>{"Lilycove 2"});
    REQUIRE(afra.institution_conflicts.size() == 1);
    CHECK(t.institutions[static_cast<size_t>(afra.institution_conflicts[0])].code == "Earl's");
    CHECK(afra.personal.gender == "female");
    const tab::Adjudicator& satoe = adjudicator(t, "Satoe Murai");
    REQUIRE(satoe.adjudicator_conflicts.size() == 1);
    CHECK(t.adjudicators[static_cast<size_t>(satoe.adjudicator_conflicts[0])].name == "Itala Ricci");

    CHECK(t.rounds[0].draw_method == tab::DrawMethod::random);
    CHECK(t.rounds[1].draw_method == tab::DrawMethod::power);
    CHECK(t.rounds[3].silent);
    CHECK(t.rounds[4].stage == tab::Stage::elimination);
    CHECK(t.rounds[4].break_category == "open");
    REQUIRE(t.rounds[1].motions.size() == 3);
    CHECK(t.rounds[1].motions[0].reference == "Oxford comma");
    CHECK(t.rounds[1].motions[0].text == "That we should always use the Oxford, Harvard or serial comma");
    CHECK(t.break_categories[0].rule == tab::BreakRule::aida_2016_australs);
    CHECK(t.break_categories[0].general);
    CHECK(t.break_categories[1].size == 4);

    const int venue = t.find_venue("NL143");
    REQUIRE(venue >= 0);
    CHECK(t.venues[static_cast<size_t>(venue)].priority == 100);
    CHECK(t.venues[static_cast<size_t>(venue)].tags == std::vector<std::string>{"Close to tab"});

    // The files tab cannot use are named, as warnings.
    CHECK(diags.warning_count() == 3);
}

TEST_CASE("tabbycat import: bp88team (BP layout, speakers in teams.csv)") {
    tab::Diagnostics diags;
    std::optional<tab::TabbycatImport> imported = import_folder(tab::DiskFileSystem(data + "bp88team"), diags);
    REQUIRE(imported);
    CHECK(errors_in(diags) == 0);
    const tab::Tournament& t = imported->tournament;
    CHECK(imported->bp_layout);
    CHECK(t.format.preset == "bp");
    CHECK(t.institutions.size() == 29);
    CHECK(t.teams.size() == 88);
    CHECK(t.speakers.size() == 176);
    CHECK(t.adjudicators.size() == 80);
    CHECK(t.venues.size() == 25);
    CHECK(t.rounds.size() == 14);
    CHECK(t.speaker_categories.size() == 2);

    int open_novice = 0, open_esl = 0, all_three = 0;
    for (const tab::Team& team : t.teams) {
        const auto& c = team.break_categories;
        auto has = [&](const char* id) { return std::find(c.begin(), c.end(), id) != c.end(); };
        if (has("novice") && has("esl")) ++all_three;
        else if (has("novice")) ++open_novice;
        else if (has("esl")) ++open_esl;
    }
    CHECK(open_novice == 21);
    CHECK(open_esl == 10);
    CHECK(all_three == 4);

    const int arnor_ac = t.find_team("Arnor AC");
    REQUIRE(arnor_ac >= 0);
    const tab::Team& team = t.teams[static_cast<size_t>(arnor_ac)];
    REQUIRE(team.speakers.size() == 2);
    const tab::Speaker& first = t.speakers[static_cast<size_t>(team.speakers[0])];
    CHECK(first.name == "Bahiyy al Din Awad");
    CHECK(first.categories == std::vector<std::string>{"novice"});

    // Conflicts from the three pair files, and scores.csv as strengths.
    int team_conflicts = 0, institution_conflicts = 0, adjudicator_conflicts = 0;
    for (const tab::Adjudicator& a : t.adjudicators) {
        team_conflicts += static_cast<int>(a.team_conflicts.size());
        institution_conflicts += static_cast<int>(a.institution_conflicts.size());
        adjudicator_conflicts += static_cast<int>(a.adjudicator_conflicts.size());
    }
    CHECK(team_conflicts == 17);
    CHECK(institution_conflicts == 12);
    CHECK(adjudicator_conflicts == 12);
    CHECK(names_of(t, adjudicator(t, "Aaliyah Robinson").team_conflicts) == std::vector<std::string>{"Pelargir GS"});
    CHECK(adjudicator(t, "Park P'eng").strength == 3);
    CHECK(adjudicator(t, "Laila Filemonsen").adj_core);
}

TEST_CASE("tabbycat import: minimal8team, and --preset overrides the inference") {
    tab::Diagnostics diags;
    std::optional<tab::TabbycatImport> imported =
        import_folder(tab::DiskFileSystem(data + "minimal8team"), diags, "wsdc");
    REQUIRE(imported);
    CHECK(diags.empty());
    const tab::Tournament& t = imported->tournament;
    CHECK_FALSE(imported->preset_inferred);
    CHECK(t.format.preset == "wsdc");
    CHECK(t.teams.size() == 8);
    CHECK(t.speakers.size() == 24);
    CHECK(t.adjudicators.size() == 10);
    CHECK(t.rounds.size() == 6);
    CHECK(t.break_categories.size() == 1);
    CHECK(t.break_categories[0].size == 4);
    CHECK(adjudicator(t, "Bradley Brennan").strength == 1);
}

TEST_CASE("tabbycat import: the preset follows the layout and the team size") {
    CHECK(tab::infer_tabbycat_preset(true, 2) == "bp");
    CHECK(tab::infer_tabbycat_preset(false, 3) == "australs");
    CHECK(tab::infer_tabbycat_preset(false, 2) == "apda");
    CHECK(tab::infer_tabbycat_preset(false, 1) == "lincoln-douglas");
}

TEST_CASE("tabbycat import: each imported folder is written and loaded back unchanged") {
    for (const char* folder : {"australs24team", "bp88team", "minimal8team"}) {
        INFO(folder);
        tab::Diagnostics diags;
        std::optional<tab::TabbycatImport> imported = import_folder(tab::DiskFileSystem(data + folder), diags);
        REQUIRE(imported);
        tab::MemoryFileSystem fs;
        std::string error;
        REQUIRE(tab::write_tournament(fs, imported->tournament, &error));
        tab::Diagnostics load_diags;
        std::optional<tab::Tournament> t = tab::load_tournament(fs, load_diags);
        REQUIRE(t);
        std::vector<std::string> errors;
        for (const tab::Diagnostic& d : load_diags.all())
            if (d.severity == tab::Severity::error) errors.push_back(tab::format_diagnostic(d));
        CHECK(errors == std::vector<std::string>{});
        CHECK(t->teams.size() == imported->tournament.teams.size());
        tab::MemoryFileSystem again;
        REQUIRE(tab::write_tournament(again, *t, &error));
        CHECK(again.files == fs.files);
    }
}

TEST_CASE("tabbycat import: Tabbycat's loose booleans and genders are accepted") {
    tab::Diagnostics diags;
    const tab::MemoryFileSystem fs = copy_of("australs24team", {{"adjudicators.csv", "test/choices/judges.csv"}});
    std::optional<tab::TabbycatImport> imported = import_folder(fs, diags);
    REQUIRE(imported);
    CHECK(errors_in(diags) == 0);
    const tab::Tournament& t = imported->tournament;
    CHECK(adjudicator(t, "Porro Goold").adj_core);                    // T
    CHECK(adjudicator(t, "Porro Goold").personal.gender == "other");  // other
    CHECK(adjudicator(t, "Simone Grunewald").personal.gender == "female");  // "femAle "
    CHECK(adjudicator(t, "Faramond Bracegirdle").independent);        // 1
    CHECK(adjudicator(t, "Faramond Bracegirdle").personal.gender == "male");  // "  MALE  "
    CHECK(adjudicator(t, "Cornelia Chubb").independent);              // yes
    CHECK_FALSE(adjudicator(t, "Adam Upfield").adj_core);             // NO
    CHECK(adjudicator(t, "Miho Higuchi").adj_core);                   // YES
    CHECK(adjudicator(t, "Lorena Angelo").independent);               // y
    CHECK(adjudicator(t, "Douglas Gomes").personal.gender == "male"); // M
    CHECK(adjudicator(t, "Camila Barros").institution >= 0);          // "Ecruteak "
}

TEST_CASE("tabbycat import: every bad cell of Tabbycat's error files is reported, nothing is returned") {
    tab::Diagnostics diags;
    const tab::MemoryFileSystem fs = copy_of(
        "australs24team",
        {{"adjudicators.csv", "test/errors/judges_invalid_line.csv"}, {"venues.csv", "test/errors/venues.csv"}});
    CHECK_FALSE(import_folder(fs, diags));
    std::vector<std::string> where;
    for (const tab::Diagnostic& d : diags.all())
        if (d.severity == tab::Severity::error)
            where.push_back(d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column));
    const std::vector<std::string> expected = {
        "adjudicators.csv:2:6",  "adjudicators.csv:9:6",  "adjudicators.csv:10:3", "adjudicators.csv:15:6",
        "adjudicators.csv:16:7", "adjudicators.csv:23:1", "adjudicators.csv:24:6", "adjudicators.csv:25:7",
        "adjudicators.csv:26:5", "adjudicators.csv:28:5", "venues.csv:9:1",        "venues.csv:17:1",
        "venues.csv:21:2"};
    CHECK(where == expected);
    const std::string gender = tab::format_diagnostic(diags.all()[2]);
    CHECK(gender.find("'masculine'") != std::string::npos);
    CHECK(gender.find("female, male, other") != std::string::npos);
}

TEST_CASE("tabbycat import: a folder without teams is an error") {
    tab::MemoryFileSystem fs;
    fs.files["institutions.csv"] = "code,name\nA,Alpha\n";
    tab::Diagnostics diags;
    CHECK_FALSE(import_folder(fs, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all()[0].file == "teams.csv");
}

TEST_CASE("tabbycat import: bad rounds, motions and break categories are reported cell by cell") {
    tab::MemoryFileSystem fs;
    fs.files["speakers.csv"] = "name,team_name\nAda,Alpha\nBob,Beta\n";
    fs.files["break_categories.csv"] = "name,slug,break_size,rule\nOpen,open,4,wadl-div-first\nOpen,open,x,\n";
    fs.files["rounds.csv"] =
        "name,abbreviation,stage,draw_type,break_category\n"
        "Round 1,R1,pre,swiss,\n"
        "Round 1 again,R1,p,r,\n"
        "Final,GF,e,e,novice\n";
    fs.files["motions.csv"] = "rounds,seq,reference,text\nR1;R9,1;x,Tea,THW drink tea\n";
    tab::Diagnostics diags;
    CHECK_FALSE(import_folder(fs, diags));
    std::vector<std::string> lines;
    for (const tab::Diagnostic& d : diags.all()) lines.push_back(tab::format_diagnostic(d));
    CHECK(lines == std::vector<std::string>{
        "break_categories.csv:2:4: error: column 'rule': found 'wadl-div-first'; expected standard, aida-1996, "
        "aida-2016-australs, aida-2016-easters or aida-2019-australs-open",
        "break_categories.csv:3:3: error: column 'break_size': found 'x'; expected a whole number",
        "break_categories.csv:3:2: error: column 'slug': found 'open' again; expected each category once",
        "rounds.csv:2:3: error: column 'stage': found 'pre'; expected preliminary or elimination",
        "rounds.csv:2:4: error: column 'draw_type': found 'swiss'; expected random, power paired, manual, round "
        "robin, elimination or seeded",
        "rounds.csv:3:2: error: column 'abbreviation': found 'R1' again; expected each round once",
        "rounds.csv:4:5: error: column 'break_category': found 'novice'; expected the slug of a category in "
        "break_categories.csv",
        "motions.csv:2:2: error: column 'seq': found 'x'; expected a number (or a ';' list, one per round)",
        "motions.csv:2:1: error: column 'rounds': found round 'R9'; expected an abbreviation from rounds.csv",
    });
}

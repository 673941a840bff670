// The DebateXML archives of tests/data/debatexml: the schools tournaments import with their
// break reproduced by the standings (the teams of the first elimination round are exactly the
// top of the team tab, whatever that round holds), every archive survives import -> export ->
// import unchanged, and broken archives give positioned errors and one warning per kind.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "tab/archive/debatexml.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/loader.hpp"
#include "tab/ballots/results.hpp"
#include "tab/standings/standings.hpp"

namespace {

std::string archive(const std::string& name) {
    return tab::DiskFileSystem(std::string(TAB_DATA_DIR) + "/debatexml").read(name).value_or("");
}

// The tournament directory an archive imports into, in memory.
tab::MemoryFileSystem imported(const std::string& xml, tab::Diagnostics& diags) {
    tab::MemoryFileSystem fs;
    std::optional<tab::DebateXmlImport> result = tab::import_debatexml(xml, "archive.xml", diags);
    REQUIRE(result);
    tab::Diagnostics problems;
    REQUIRE(tab::write_debatexml_import(fs, *result, problems));
    return fs;
}

int count_containing(const tab::Diagnostics& diags, const std::string& text) {
    return static_cast<int>(std::count_if(diags.all().begin(), diags.all().end(), [&](const tab::Diagnostic& d) {
        return d.message.find(text) != std::string::npos;
    }));
}

void check_break_reproduced(const std::string& name) {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive(name), diags);
    CHECK(diags.error_count() == 0);
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    CHECK(t->format.team_precedence == std::vector<std::string>{"wins", "speaks_sum"});
    CHECK(t->format.scores_from_majority);

    auto first_elim = std::find_if(t->rounds.begin(), t->rounds.end(),
                                   [](const tab::Round& r) { return r.stage == tab::Stage::elimination; });
    REQUIRE(first_elim != t->rounds.end());
    std::optional<tab::Draw> elim = tab::read_draw(fs, *t, first_elim->id, diags);
    REQUIRE(elim);
    std::set<int> broke;
    for (const tab::Debate& d : elim->debates) broke.insert(d.teams.begin(), d.teams.end());
    for (int team : elim->byes) broke.insert(team);
    REQUIRE(broke.size() >= 2);

    std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
    CHECK(results.size() == 5);
    for (const tab::RoundResults& r : results)
        for (const tab::DebateResult& d : r.debates) CHECK(d.entered);
    tab::Diagnostics problems;
    std::optional<tab::TeamStandings> standings =
        tab::compute_team_standings(*t, results, tab::team_standings_options(*t), problems);
    REQUIRE(standings);
    std::set<int> top;
    for (size_t i = 0; i < broke.size(); ++i) top.insert(standings->rows[i].team);
    CHECK(top == broke);
    // The last team in is strictly ahead of the first team out: the break needs no tie-break.
    const tab::TeamStanding& last_in = standings->rows[broke.size() - 1];
    const tab::TeamStanding& first_out = standings->rows[broke.size()];
    CHECK(last_in.rank.rank < first_out.rank.rank);
    CHECK(diags.error_count() == 0);
}

void check_round_trip(const std::string& name) {
    tab::Diagnostics diags;
    tab::MemoryFileSystem first = imported(archive(name), diags);
    // With contacts: personal data (gender, e-mail) is part of what must survive.
    std::optional<std::string> xml = tab::export_debatexml(first, diags, true);
    REQUIRE(xml);
    tab::MemoryFileSystem second = imported(*xml, diags);
    CHECK(diags.error_count() == 0);
    CHECK(first.files.size() == second.files.size());
    for (const auto& [path, text] : first.files) {
        CAPTURE(path);
        CHECK(second.files[path] == text);
    }
    // The export is itself stable: exporting the second import gives the same archive.
    std::optional<std::string> again = tab::export_debatexml(second, diags, true);
    REQUIRE(again);
    CHECK(*again == *xml);
}

}  // namespace

TEST_CASE("debatexml: schools archive A imports with its break reproduced by the team standings") {
    check_break_reproduced("schools-2024-a.xml");
}

TEST_CASE("debatexml: schools archive B imports with its break reproduced by the team standings") {
    check_break_reproduced("schools-2024-b.xml");
}

TEST_CASE("debatexml: import, export, import gives the same directory for every test archive") {
    for (const char* name : {"example.xml", "schools-2024-a.xml", "schools-2024-b.xml"}) {
        CAPTURE(name);
        check_round_trip(name);
    }
}

TEST_CASE("debatexml: what the schools archive records arrives in the directory") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("schools-2024-a.xml"), diags);
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    CHECK(t->teams.size() == 23);
    CHECK(t->adjudicators.size() == 40);
    CHECK(t->rounds.size() == 8);
    CHECK(t->rounds[5].id == "QF");
    CHECK(t->rounds[5].break_category == "open");
    CHECK(t->break_categories.at(0).size == 8);
    // A speaker who spoke twice (the first speaker of debate D1 of round 1) is an iron speech.
    CHECK(fs.files["rounds/R1/ballots.csv"].find(",2,74,,,yes,") != std::string::npos);
    // Minority flags of the quarterfinals (two dissenting adjudicators, their ballots not ignored).
    CHECK(fs.files["rounds/QF/ballot_flags.csv"] ==
          "room,adjudicator,minority,ignored\n2,Nūrbek Kassym,yes,no\n4,Gulnaz Sokolov,yes,no\n");
    // Python booleans: one warning for all of them.
    CHECK(count_containing(diags, "True/False") == 1);
    CHECK(count_containing(diags, "(2816 times in all)") == 1);
    CHECK(count_containing(diags, "<feedback>") == 1);
}

TEST_CASE("debatexml: deviations real exports make are imported with one warning per kind") {
    std::string xml = archive("example.xml");
    // Non-breaking spaces in a name, Python booleans, a team listed but never drawn.
    auto replace = [&](const std::string& from, const std::string& to) {
        size_t at = xml.find(from);
        REQUIRE(at != std::string::npos);
        xml.replace(at, from.size(), to);
    };
    replace("Aigerim B.", "Aigerim\xC2\xA0" "B.");
    replace("reply=\"false\"", "reply=\"False\"");
    replace("</participants>", "<team id=\"T9\" name=\"Never drawn\"/></participants>");
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(xml, diags);
    CHECK(diags.error_count() == 0);
    CHECK(count_containing(diags, "non-breaking") == 1);
    CHECK(count_containing(diags, "True/False") == 1);
    CHECK(count_containing(diags, "a team no debate names") == 1);
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    CHECK(t->find_speaker("Aigerim B.") >= 0);
    CHECK(t->find_team("Never drawn") >= 0);
}

TEST_CASE("debatexml: broken archives give errors at their line and column, and nothing") {
    tab::Diagnostics diags;
    CHECK_FALSE(tab::import_debatexml("<tournament>\n  <round name=\"R1\">\n</tournament>\n", "bad.xml", diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all()[0].line == 3);
    CHECK(diags.all()[0].message.find("not well-formed XML") != std::string::npos);

    std::string xml = archive("example.xml");
    xml.replace(xml.find("side team=\"T2\""), 14, "side team=\"T7\"");
    tab::Diagnostics unknown;
    CHECK_FALSE(tab::import_debatexml(xml, "example.xml", unknown));
    REQUIRE(unknown.error_count() == 1);
    auto error = std::find_if(unknown.all().begin(), unknown.all().end(),
                              [](const tab::Diagnostic& d) { return d.severity == tab::Severity::error; });
    CHECK(error->message == "found team 'T7'; expected the id of a <team> of the archive");
    CHECK(error->line == 11);
    CHECK(error->column == 7);

    tab::Diagnostics other;
    CHECK_FALSE(tab::import_debatexml("<?xml version=\"1.0\"?><league/>", "x.xml", other));
    CHECK(other.error_count() == 1);
}

namespace {

// Every warning, as "line:column message".
std::vector<std::string> record_warnings(const tab::Diagnostics& diags) {
    std::vector<std::string> out;
    for (const tab::Diagnostic& d : diags.all())
        if (d.severity == tab::Severity::warning)
            out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message);
    return out;
}

// (points, team score) of every team of round 1, by team name.
std::map<std::string, std::pair<int, std::string>> round_one(const tab::MemoryFileSystem& fs) {
    tab::Diagnostics diags;
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(results.size() == 1);
    std::map<std::string, std::pair<int, std::string>> out;
    for (const tab::DebateResult& d : results[0].debates) {
        CHECK(d.entered);
        for (const tab::TeamResult& team : d.teams)
            out[t->teams[static_cast<size_t>(team.team)].name] = {team.points, tab::format_fraction(team.score)};
    }
    return out;
}

}  // namespace

TEST_CASE("debatexml: a recorded BP round counts as recorded, each deviation warned once") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("bp-recorded.xml"), diags);
    CHECK(diags.error_count() == 0);
    CHECK(record_warnings(diags) ==
          std::vector<std::string>{
              "10:7 a team with fewer speeches than the format has is imported with the speeches there are; its "
              "result stands as recorded (2 times in all)",
              "15:9 a speaker who speaks twice for a team is imported as an iron speech",
              "21:7 a side marked forfeit is imported with the result its ballots record",
              "23:5 a motion id no <motion> defines is imported as a motion whose text is the id",
              "28:7 a team total that is not the sum of its speeches: the result stands as recorded, the team "
              "score is the sum of the speeches",
              "41:5 a bye is imported as a bye of the round's draw, without a result",
          });
    // Points from the recorded places (room 2 against its totals), scores from the speeches there are.
    const std::map<std::string, std::pair<int, std::string>> expected = {
        {"Alpha", {2, "76"}},   {"Beta", {3, "154"}},  {"Gamma", {1, "146"}}, {"Delta", {0, "0"}},
        {"Epsilon", {3, "140"}}, {"Zeta", {2, "149"}}, {"Eta", {1, "148"}},   {"Theta", {0, "142"}},
    };
    CHECK(round_one(fs) == expected);
    // The sheets are marked recorded; the entry rules they break are warnings, not errors.
    CHECK(fs.files["rounds/R1/ballots.csv"].find("1,,Alpha,,,,2,,,recorded\n") != std::string::npos);
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    std::optional<tab::Draw> draw = tab::read_draw(fs, *t, "R1", diags);
    REQUIRE(draw);
    tab::Diagnostics checked;
    tab::check_ballots(*t, *draw, tab::read_ballots(fs, *t, *draw, checked), checked);
    CHECK(checked.error_count() == 0);
    CHECK(count_containing(checked, "has no speech at position 2") == 2);

    // Round trip: the exported archive imports to the same results.
    std::optional<std::string> xml = tab::export_debatexml(fs, diags);
    REQUIRE(xml);
    tab::Diagnostics again;
    CHECK(round_one(imported(*xml, again)) == expected);
}

TEST_CASE("debatexml: a typed sheet with the recorded sheet's faults is rejected") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("bp-recorded.xml"), diags);
    std::string& ballots = fs.files["rounds/R1/ballots.csv"];
    for (size_t at = ballots.find(",recorded\n"); at != std::string::npos; at = ballots.find(",recorded\n"))
        ballots.replace(at, 10, ",\n");
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results[0].debates[0].entered);  // missing speeches, an unflagged iron speech
    CHECK(results[0].debates[1].entered);        // typed: ranked by the totals, not the places
    CHECK(results[0].debates[1].teams[0].points == 0);
}

TEST_CASE("debatexml: an iron person who gave the first and last speech and replied is recorded") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("two-team-recorded.xml"), diags);
    CHECK(diags.error_count() == 0);
    CHECK(record_warnings(diags) ==
          std::vector<std::string>{
              "10:9 a speaker who speaks twice for a team is imported as an iron speech",
              "11:9 a reply by the team's last substantive speaker is imported as recorded",
          });
    CHECK(round_one(fs) == std::map<std::string, std::pair<int, std::string>>{{"Prop", {1, "262"}}, {"Opp", {0, "259"}}});
}

TEST_CASE("debatexml: speech ranks and a declared winner are imported as recorded") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("apda-ranks.xml"), diags);
    CHECK(diags.error_count() == 0);
    CHECK(fs.files["rounds/R1/ballots.csv"] ==
          "room,adjudicator,team,speaker,position,score,rank,win,iron,status\n"
          "1,Judge One,Gov,Speaker 1,1,25,3,yes,,recorded\n"
          "1,Judge One,Gov,Speaker 2,2,25,2,yes,,recorded\n"
          "1,Judge One,Opp,Speaker 3,1,26,1,,,recorded\n"
          "1,Judge One,Opp,Speaker 4,2,25,4,,,recorded\n");
    // The declared winner won, on the lower total.
    CHECK(round_one(fs) == std::map<std::string, std::pair<int, std::string>>{{"Gov", {1, "50"}}, {"Opp", {0, "51"}}});
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
    REQUIRE(results.size() == 1);
    REQUIRE(results[0].debates[0].teams[1].speeches.size() == 2);
    CHECK(results[0].debates[0].teams[1].speeches[0].rank == tab::Fraction(1));
    // The ranks survive export and import.
    std::optional<std::string> xml = tab::export_debatexml(fs, diags);
    REQUIRE(xml);
    tab::Diagnostics again;
    CHECK(imported(*xml, again).files["rounds/R1/ballots.csv"] == fs.files["rounds/R1/ballots.csv"]);
}

TEST_CASE("debatexml: gender and e-mail are exported only with contacts") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("schools-2024-a.xml"), diags);
    std::optional<std::string> with = tab::export_debatexml(fs, diags, true);
    std::optional<std::string> without = tab::export_debatexml(fs, diags);
    REQUIRE(with);
    REQUIRE(without);
    CHECK(with->find(" gender=\"") != std::string::npos);
    CHECK(without->find(" gender=") == std::string::npos);
    CHECK(without->find(" email=") == std::string::npos);
}

TEST_CASE("debatexml: undefined ids become participants and duplicate names are qualified, each warned once") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("references.xml"), diags);
    CHECK(diags.error_count() == 0);
    CHECK(record_warnings(diags) ==
          std::vector<std::string>{
              "9:5 a venue id no <venue> defines is imported as a venue named by the id",
              "9:5 an adjudicator id no <adjudicator> defines is imported as an adjudicator 'Adjudicator <id>'",
              "27:5 a bye is imported as a bye of the round's draw, without a result",
              "31:5 two teams are called 'Alpha': the first keeps the name, this one is imported as 'Alpha [UB]', "
              "since tab's files name teams uniquely",
              "31:80 an institution id no <institution> defines is imported as an institution named by the id",
              "31:80 a speaker's institution differs from their team's; tab keeps one institution per team (the "
              "first named)",
              "33:34 two speakers are called 'Speaker 1': the first keeps the name, this one is imported as "
              "'Speaker 1 [Swing B]', since tab's files name speakers uniquely (4 times in all)",
              "36:5 two adjudicators are called 'Judge': the first keeps the name, this one is imported as "
              "'Judge [UB]', since tab's files name adjudicators uniquely",
          });
    CHECK(fs.files["venues.csv"] == "name,priority,tags\nV7,0,\n");
    CHECK(fs.files["institutions.csv"] == "code,name,district\nUA,University A,\nUB,University B,\nI5,I5,\n");
    CHECK(fs.files["adjudicators.csv"].find("\nAdjudicator A9,A9,,") != std::string::npos);
    CHECK(fs.files["teams.csv"].find("\nBye,,Speaker 1 [Bye] (2),S10,") != std::string::npos);
    CHECK(fs.files["rounds/R1/draw.csv"].find("\n1,V7,0,Alpha,Alpha [UB],Swing A,Swing B,,Adjudicator A9,Judge,,\n") !=
          std::string::npos);
    const std::map<std::string, std::pair<int, std::string>> expected = {
        {"Alpha", {3, "150"}}, {"Alpha [UB]", {2, "148"}}, {"Swing A", {1, "146"}}, {"Swing B", {0, "144"}}};
    CHECK(round_one(fs) == expected);
    std::optional<std::string> xml = tab::export_debatexml(fs, diags);
    REQUIRE(xml);
    tab::Diagnostics again;
    tab::MemoryFileSystem fs2 = imported(*xml, again);
    CHECK(round_one(fs2) == expected);
    CHECK(fs2.files["teams.csv"] == fs.files["teams.csv"]);
}

TEST_CASE("debatexml: a team twice in a round, a speaker of another team and swing teams are imported, each warned once") {
    tab::Diagnostics diags;
    tab::MemoryFileSystem fs = imported(archive("swing.xml"), diags);
    CHECK(diags.error_count() == 0);
    CHECK(record_warnings(diags) ==
          std::vector<std::string>{
              "20:7 a team listed a second time in one round is imported there as the stand-in swing team 'Alpha "
              "[R1]'; the team's own result is that of its first listing",
              "34:9 a speaker who speaks for a team not their own is imported as that team's speaker 'Speaker 11 "
              "[Beta]'",
              "34:9 a team whose speakers change from round to round is imported with each speech under its speaker "
              "(2 times in all)",
              "71:5 a team marked swing is imported as a swing team: listed, not ranked",
          });
    CHECK(fs.files["rounds/R1/draw.csv"].find("\n1,,0,Alpha,Beta,Gamma,Alpha [R1],,Judge,,,\n") != std::string::npos);
    CHECK(fs.files["rounds/R1/ballots.csv"].find("\n1,,Alpha [R1],Speaker 1 [R1],1,70,,,,recorded\n") !=
          std::string::npos);
    CHECK(fs.files["rounds/R2/ballots.csv"].find("\n1,,Beta,Speaker 11 [Beta],2,75,,,,recorded\n") != std::string::npos);
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    REQUIRE(t);
    CHECK(t->teams[static_cast<size_t>(t->find_team("Alpha [R1]"))].swing);
    CHECK(t->teams[static_cast<size_t>(t->find_team("Swing"))].swing);
    std::vector<tab::RoundResults> results = tab::load_results(*t, fs, "", diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(results.size() == 3);
    for (const tab::RoundResults& r : results) CHECK(r.debates.at(0).entered);
    // Round trip: the stand-ins are ordinary participants of the export and come back as they were.
    std::optional<std::string> xml = tab::export_debatexml(fs, diags);
    REQUIRE(xml);
    tab::Diagnostics again;
    tab::MemoryFileSystem fs2 = imported(*xml, again);
    for (const char* round : {"R1", "R2", "R3"}) {
        const std::string path = std::string("rounds/") + round + "/ballots.csv";
        CHECK(fs2.files[path] == fs.files[path]);
    }
}

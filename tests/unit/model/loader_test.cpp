// The loader: every kind of bad input gives its exact message at its position, all of them
// are reported, and good input in each accepted layout loads completely.
#include <doctest/doctest.h>

#include "../said_in.hpp"

#include "tab/model/loader.hpp"

using namespace tab;

namespace {

const char* minimal_toml =
    "name = \"Cup\"\npreset = \"bp\"\nseed = 1\n"
    "[[rounds]]\nid = \"R1\"\n"
    "[[break_categories]]\nid = \"open\"\nsize = 8\n";

struct Loaded {
    std::optional<Tournament> t;
    Diagnostics diags;
    std::vector<std::string> lines() const {
        std::vector<std::string> out;
        for (const Diagnostic& d : diags.all()) out.push_back(format_diagnostic(d));
        return out;
    }
};

Loaded load(std::map<std::string, std::string> files) {
    MemoryFileSystem fs;
    fs.files = std::move(files);
    Loaded l;
    l.t = load_tournament(fs, l.diags);
    l.diags.sort_by_position();
    return l;
}

std::string teams_csv(int n) {
    std::string s = "team,institution,speaker\n";
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < 2; ++k) s += "T" + std::to_string(i) + ",A,S" + std::to_string(i) + "_" + std::to_string(k) + "\n";
    return s;
}

}  // namespace

TEST_CASE("a clean tournament loads without diagnostics") {
    Loaded l = load({{"tournament.toml", minimal_toml}, {"institutions.csv", "code,name\nA,School A\n"},
                     {"teams.csv", teams_csv(8)}});
    REQUIRE(l.t);
    CHECK(l.diags.empty());
    CHECK(l.t->teams.size() == 8);
    CHECK(l.t->speakers.size() == 16);
    CHECK(l.t->format.is_bp());
    CHECK(l.t->rounds[0].draw_method == tab::DrawMethod::random);
}

TEST_CASE("a missing tournament.toml is one clear error") {
    Loaded l = load({});
    CHECK_FALSE(l.t);
    CHECK(l.lines() == std::vector<std::string>{
                           "tournament.toml: error: not found; expected a tournament directory (create one with `tab init DIR`)"});
}

TEST_CASE("TOML syntax errors carry toml++'s position") {
    Loaded l = load({{"tournament.toml", "name = \"Cup\"\npreset = \n"}});
    CHECK_FALSE(l.t);
    REQUIRE(l.diags.error_count() == 1);
    CHECK(l.diags.all()[0].line == 2);
}

TEST_CASE("unknown keys, wrong types, bad values and repeated ids in tournament.toml are all reported") {
    std::string toml = std::string(minimal_toml) +
                       "colour = \"red\"\n"                       // unknown key (but after a table: belongs to it)
                       "[format]\nspeakers_per_team = \"two\"\nballot_style = \"secret\"\n"
                       "[[rounds]]\nid = \"R1\"\nstage = \"final\"\n";
    Loaded l = load({{"tournament.toml", toml}, {"teams.csv", teams_csv(8)}, {"institutions.csv", "code\nA\n"}});
    CHECK(l.lines() == std::vector<std::string>{
        "tournament.toml:9:1: error: unknown key 'colour' in [[break_categories]] #1; expected one of: general, id, "
        "name, priority, reserve, rule, size, third_place",
        "tournament.toml:11:21: error: 'speakers_per_team' in [format] is a string; expected an integer",
        "tournament.toml:12:16: error: ballot_style is 'secret'; expected one of: consensus, voting",
        "tournament.toml:13:1: error: round id 'R1' is used twice; expected each round to have its own id",
        "tournament.toml:15:9: error: stage is 'final'; expected one of: prelim, elimination",
    });
}

TEST_CASE("preset, language and break rule must be known") {
    Loaded l = load({{"tournament.toml",
                      "name = \"Cup\"\npreset = \"worlds\"\nlanguage = \"de\"\n[[break_categories]]\nid = \"open\"\n"
                      "size = 8\nrule = \"aida\"\n"},
                     {"teams.csv", "team,speaker\n"}});
    CHECK(l.lines() == std::vector<std::string>{
        "tournament.toml: warning: no [[rounds]] defined; expected at least one round",
        "tournament.toml:2:10: error: preset is 'worlds'; expected one of: bp, wsdc, australs, asian, apda, "
        "karl-popper, lincoln-douglas, public-forum",
        "tournament.toml:3:12: error: language is 'de'; expected one of: en, kk, ru",
        "tournament.toml:7:8: error: rule is 'aida'; expected one of: standard, aida-1996, aida-2016-australs, "
        "aida-2016-easters, aida-2019-australs-open",
    });
}

TEST_CASE("break sizes BP cannot run are errors, 4·2^k and 6·2^k are fine") {
    for (int size : {4, 6, 8, 12, 16, 24, 32, 48, 64}) {
        std::string toml = "name = \"C\"\npreset = \"bp\"\n[[rounds]]\nid = \"R1\"\n[[break_categories]]\nid = \"open\"\nsize = " +
                           std::to_string(size) + "\n";
        Loaded l = load({{"tournament.toml", toml}, {"institutions.csv", "code\nA\n"}, {"teams.csv", teams_csv(64)}});
        CHECK_MESSAGE(l.diags.empty(), size);
    }
    std::string toml = "name = \"C\"\npreset = \"bp\"\n[[rounds]]\nid = \"R1\"\n[[break_categories]]\nid = \"open\"\nsize = 10\n";
    Loaded l = load({{"tournament.toml", toml}, {"institutions.csv", "code\nA\n"}, {"teams.csv", teams_csv(16)}});
    CHECK(l.lines() == std::vector<std::string>{
        "tournament.toml:5:1: error: break category 'open' has size 10, which British Parliamentary eliminations "
        "cannot run; expected 4·2^k (4, 8, 16, 32, ...) or 6·2^k (6, 12, 24, 48, ...)"});
}

TEST_CASE("participant files: missing columns, duplicates, unknown references, bad dates and genders") {
    Loaded l = load({
        {"tournament.toml", std::string(minimal_toml) + "[[speaker_categories]]\nid = \"novice\"\n"},
        {"institutions.csv", "code,name\nA,School A\nA,Again\n"},
        {"teams.csv",
         "\xEF\xBB\xBFteam,institution,speaker,speaker_categories,gender,birth_date,break_categories\r\n"
         "Red,A,Ann,novice,f,2010-01-31,open\r\n"
         "Red,A,Bob,esl,m,2010-02-30,\r\n"
         "Blue,Z,Ann,,female,,school\r\n"
         "Blue,A,Cat,,x,31.12.2009,\r\n"},
        {"adjudicators.csv", "name,institution,strength,trainee,team_conflicts,adjudicator_conflicts\n"
                             "Dan,A,5,maybe,Green,Eve\nDan,A,4,no,,\n"},
        {"venues.csv", "priority\n10\n"},
    });
    CHECK(l.lines() == std::vector<std::string>{
        "tournament.toml:6:1: warning: break category 'open' breaks 8 teams but only 2 are eligible",
        "adjudicators.csv:2:4: error: column 'trainee': found 'maybe'; expected true or false (also yes/no, y/n, t/f, 1/0)",
        "adjudicators.csv:2:5: error: column 'team_conflicts': found team 'Green'; expected one in the team file",
        "adjudicators.csv:2:6: error: column 'adjudicator_conflicts': found adjudicator 'Eve'; expected one in the "
        "adjudicator file",
        "adjudicators.csv:3:1: error: column 'name': found 'Dan' again; expected each adjudicator once",
        "institutions.csv:3:1: error: column 'code': found 'A' again; expected each institution once",
        "teams.csv: warning: team 'Blue' has 1 speaker; the format expects 2",
        "teams.csv:3:4: error: column 'speaker_categories': found speaker category 'esl'; expected one of "
        "[[speaker_categories]] in tournament.toml",
        "teams.csv:3:6: error: column 'birth_date': found '2010-02-30'; expected a date as YYYY-MM-DD (or DD.MM.YYYY)",
        "teams.csv:4:2: error: column 'institution': found institution 'Z'; expected one in institutions.csv",
        "teams.csv:4:3: error: column 'speaker': found speaker 'Ann' again (also in team 'Red'); expected each "
        "speaker once",
        "teams.csv:4:7: error: column 'break_categories': found break category 'school'; expected one of "
        "[[break_categories]] in tournament.toml",
        "teams.csv:5:5: error: column 'gender': found 'x'; expected female, male, other (or f, m, o) or empty",
        "venues.csv:1: error: missing column 'name' in the header row",
    });
    REQUIRE(l.t);
    CHECK(l.t->speakers[0].personal.birth_date == Date{2010, 1, 31});
    CHECK(l.t->speakers[2].personal.birth_date == Date{2009, 12, 31});
}

TEST_CASE("quoted CSV cells, CRLF, BOM and decomposed letters load as written") {
    // "Й" typed as И + combining breve must equal the precomposed letter.
    Loaded l = load({{"tournament.toml", minimal_toml},
                     {"institutions.csv", "code,name\nA,\"School \"\"A\"\", Almaty\"\n"},
                     {"teams.csv", "team,institution,speaker\r\nҚыран,A,\"Ерлан \"\r\nҚыран,A,И\xCC\x86\x65\r\n"}});
    REQUIRE(l.t);
    CHECK(l.t->institutions[0].name == "School \"A\", Almaty");
    CHECK(l.t->speakers[0].name == "Ерлан ");
    CHECK(l.t->speakers[1].name == "\xD0\x99" "e");
}

TEST_CASE("Tabbycat's BP teams layout loads with prefixed team names") {
    Loaded l = load({{"tournament.toml", minimal_toml},
                     {"institutions.csv", "code,region,name\nArnor,Eriador,University of Arnor\n"},
                     {"teams.csv", "institution,reference,use_institution_prefix,break_category,speaker1_name,"
                                   "speaker1_gender,speaker2_name,speaker2_gender\n"
                                   "Arnor,AC,TRUE,open,Ann,female,Bob,male\nArnor,II,FALSE,,Cat,,Dan,\n"}});
    REQUIRE(l.t);
    CHECK(l.t->teams.size() == 2);
    CHECK(l.t->teams[0].name == "Arnor AC");
    CHECK(l.t->teams[1].name == "II");
    CHECK(l.t->teams[0].break_categories == std::vector<std::string>{"open"});
    CHECK(l.t->speakers[1].personal.gender == "male");
}

TEST_CASE("BP swing teams fill the field only when [draw] swing_teams is set") {
    std::string toml = std::string(minimal_toml) + "[draw]\nswing_teams = true\n";
    Loaded with = load({{"tournament.toml", toml}, {"institutions.csv", "code\nA\n"}, {"teams.csv", teams_csv(6)}});
    REQUIRE(with.t);
    CHECK(with.t->teams.size() == 8);
    CHECK(with.t->teams[6].name == "Swing 1");
    CHECK(with.t->teams[7].swing);
    CHECK(with.t->teams[7].speakers.size() == 2);
    Loaded without = load({{"tournament.toml", minimal_toml}, {"institutions.csv", "code\nA\n"}, {"teams.csv", teams_csv(6)}});
    REQUIRE(without.t);
    CHECK(without.t->teams.size() == 6);
    Loaded full = load({{"tournament.toml", toml}, {"institutions.csv", "code\nA\n"}, {"teams.csv", teams_csv(8)}});
    CHECK(full.t->teams.size() == 8);
}

TEST_CASE("an odd two-team field gets a swing team instead of a bye when [draw] swing_teams is set") {
    std::string toml = "name = \"C\"\npreset = \"wsdc\"\n[[rounds]]\nid = \"R1\"\n[draw]\nswing_teams = true\n";
    std::string teams = "team,speaker\n";
    for (int i = 0; i < 5; ++i)
        for (int k = 0; k < 3; ++k) teams += "T" + std::to_string(i) + ",S" + std::to_string(i) + std::to_string(k) + "\n";
    Loaded l = load({{"tournament.toml", toml}, {"teams.csv", teams}});
    REQUIRE(l.t);
    REQUIRE(l.t->teams.size() == 6);
    CHECK(l.t->teams[5].name == "Swing 1");
    CHECK(l.t->teams[5].swing);
    CHECK(l.t->teams[5].speakers.size() == 3);
}

TEST_CASE("loader: problems of tournament.toml and the participant files are said in Kazakh and Russian") {
    Loaded l = load({{"tournament.toml", std::string(minimal_toml) + "colour = \"red\"\n[format]\nspeakers_per_team = \"two\"\n"},
                     {"institutions.csv", "code\nA\nA\n"},
                     {"teams.csv", "team,institution,speaker,gender\nRed,Z,Ann,x\n"}});
    REQUIRE(l.diags.error_count() >= 4);
    const std::vector<std::string> names = {"tournament", "toml", "colour", "break_categories", "general", "id", "name",
                                            "priority", "reserve", "rule", "size", "third_place", "speakers_per_team",
                                            "format", "institutions", "csv", "teams", "code", "institution", "Z", "A",
                                            "gender", "x", "female", "male", "other", "f", "m", "o", "open", "Red", "speaker"};
    CHECK(english_left(l.diags, "ru", names) == "");
    CHECK(english_left(l.diags, "kk", names) == "");
}

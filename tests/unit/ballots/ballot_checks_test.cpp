// Every rule of the ballot reader and of check_ballots, each with its exact message.
#include <doctest/doctest.h>

#include "../said_in.hpp"

#include "ballot_fixture.hpp"
#include "tab/translate/translate.hpp"

namespace doctest {
// Failing checks print the messages found.
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "[";
        for (const std::string& s : v) out += "\n  \"" + s + "\"";
        return (out + "]").c_str();
    }
};
}  // namespace doctest

namespace {

using tab::testing::messages;

// WSDC: 3 speakers and a reply, 60–80 step 0.5, reply 30–40; room 1 = T1 v T2, chair J1,
// panellists J2, J3; room 2 = T3 v T4, chair J4, panellists J5, J6.
struct Wsdc {
    tab::Tournament t = tab::testing::ballot_tournament("wsdc", 4, 6);
    tab::Draw draw = tab::testing::ballot_draw(t, "R1", 3);

    // The problems found in this ballot text (reader and checks).
    std::vector<std::string> problems(const std::string& csv, const std::string& round = "R1") {
        draw.round = round;
        tab::Diagnostics diags;
        tab::BallotFile b = tab::parse_ballots(t, draw, csv, "b.csv", diags);
        tab::check_ballots(t, draw, b, diags);
        return messages(diags);
    }
};

const std::string header = "room,adjudicator,team,speaker,position,score,win,iron\n";

// A valid consensus sheet for room 1: T1 totals 70+71+72+35 = 248, T2 69+70+71+35.5 = 245.5.
std::string room1(const std::string& judge = "") {
    return "1," + judge + ",T1,T1 A,1,70,yes,\n" + "1," + judge + ",T1,T1 B,2,71,yes,\n" + "1," + judge +
           ",T1,T1 C,3,72,yes,\n" + "1," + judge + ",T1,T1 A,reply,35,yes,\n" + "1," + judge + ",T2,T2 A,1,69,,\n" +
           "1," + judge + ",T2,T2 B,2,70,,\n" + "1," + judge + ",T2,T2 C,3,71,,\n" + "1," + judge +
           ",T2,T2 B,reply,35.5,,\n";
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

// The sheet with no team marked as winner.
std::string without_wins(std::string s) {
    for (size_t at = s.find("yes"); at != std::string::npos; at = s.find("yes")) s.erase(at, 3);
    return s;
}

}  // namespace

TEST_CASE("ballot checks: a valid sheet has no problems and counts") {
    Wsdc w;
    CHECK(w.problems(header + room1()).empty());
    tab::Diagnostics diags;
    tab::BallotFile b = tab::parse_ballots(w.t, w.draw, header + room1(), "b.csv", diags);
    CHECK(tab::rooms_missing_ballots(w.draw, b) == std::vector<int>{2});
    tab::RoundResults r = tab::compute_round_results(w.t, w.draw, b);
    CHECK(r.debates[0].entered);
    CHECK(r.debates[0].teams[0].win);
    CHECK(r.debates[0].teams[0].margin == tab::Fraction::of(5, 2));
    CHECK(r.debates[0].teams[0].votes == 3);  // a consensus sheet counts as a unanimous panel
    CHECK_FALSE(r.debates[1].entered);
}

TEST_CASE("ballot reader: unreadable cells") {
    Wsdc w;
    CHECK(w.problems("team,score\n") ==
          std::vector<std::string>{"1:0: missing column 'room', expected the header "
                                   "room,adjudicator,team,speaker,position,score,rank,win,iron,status"});
    CHECK(w.problems(header + "9,,T1,T1 A,1,70,,\n") ==
          std::vector<std::string>{"2:1: room: found '9', expected a room number or venue of the draw of R1"});
    CHECK(w.problems(header + "1,Nobody,T1,T1 A,1,70,,\n") ==
          std::vector<std::string>{"2:2: adjudicator: found 'Nobody', expected an adjudicator of room 1; "
                                   "did you mean 'J1', 'J2', 'J3'?"});
    CHECK(w.problems(header + "1,,T9,T1 A,1,70,,\n") ==
          std::vector<std::string>{"2:3: team: found 'T9', expected a team of room 1; did you mean 'T1', 'T2'?"});
    CHECK(w.problems(header + "1,,T3,T3 A,1,70,,\n") ==
          std::vector<std::string>{"2:3: team: 'T3' is not in room 1, expected one of T1, T2"});
    CHECK(w.problems(header + "1,,T1,Ghost,1,70,,\n") ==
          std::vector<std::string>{"2:4: speaker: found 'Ghost', expected a speaker of team 'T1'; "
                                   "did you mean 'T1 A', 'T1 B', 'T1 C'?"});
    CHECK(w.problems(header + "1,,T1,T2 A,1,70,,\n") ==
          std::vector<std::string>{"2:4: speaker: 'T2 A' is not in team 'T1'"});
    CHECK(w.problems(header + "1,,T1,T1 A,4,70,,\n") ==
          std::vector<std::string>{"2:5: position: found '4', expected 1 to 3 or reply"});
    CHECK(w.problems(header + "1,,T1,T1 A,1,7o,,\n") ==
          std::vector<std::string>{"2:6: score: found '7o', expected a number with at most two decimals"});
    CHECK(w.problems(header + "1,,T1,T1 A,1,70,,maybe\n") ==
          std::vector<std::string>{"2:8: iron: found 'maybe', expected yes or no"});
    CHECK(w.problems("room,team,status\n1,T1,pending\n") ==
          std::vector<std::string>{"2:3: status: found 'pending', expected confirmed, draft, recorded or nothing"});
}

TEST_CASE("ballot reader: typed names are found by their key, and a wrong one is one error") {
    Wsdc w;
    w.t.teams[0].name = "Ілияс Team";
    w.t.speakers[1].name = "Артём Ким";
    std::string sheet = replace(room1(), "T1 B", "Артём Ким");
    for (size_t at = sheet.find(",T1,"); at != std::string::npos; at = sheet.find(",T1,")) sheet.replace(at, 4, ",Ілияс Team,");
    std::string typed = sheet;  // a Latin I for the Kazakh І, е for ё, stray spaces and case
    for (size_t at = typed.find(",Ілияс Team,"); at != std::string::npos; at = typed.find(",Ілияс Team,"))
        typed.replace(at, std::string(",Ілияс Team,").size(), ",iлияс  TEAM,");
    typed = replace(typed, "Артём Ким", "Артем Ким");
    CHECK(w.problems(header + typed).empty());
    tab::Diagnostics diags;
    tab::BallotFile b = tab::parse_ballots(w.t, w.draw, header + typed, "b.csv", diags);
    CHECK(tab::compute_round_results(w.t, w.draw, b).debates[0].entered);

    // One misspelt team on its four rows: one error with the room's nearest name, no rule
    // errors for the speeches it leaves out, and the room does not count.
    std::string wrong = sheet;
    for (size_t at = wrong.find(",T2,"); at != std::string::npos; at = wrong.find(",T2,")) wrong.replace(at, 4, ",Tw2,");
    CHECK(w.problems(header + wrong) ==
          std::vector<std::string>{"6:3: team: found 'Tw2', expected a team of room 1; did you mean 'T2'?"});
    tab::Diagnostics more;
    tab::BallotFile bad = tab::parse_ballots(w.t, w.draw, header + wrong, "b.csv", more);
    CHECK(bad.unreadable == std::set<int>{0});
    CHECK_FALSE(tab::compute_round_results(w.t, w.draw, bad).debates[0].entered);

    // A misspelt speaker: one error naming the team's nearest speaker.
    CHECK(w.problems(header + replace(sheet, "T2 C", "T2 Cc")) ==
          std::vector<std::string>{"8:4: speaker: found 'T2 Cc', expected a speaker of team 'T2'; did you mean 'T2 C'?"});
}

TEST_CASE("ballot reader: the did-you-mean message is said in the reader's language") {
    Wsdc w;
    tab::Diagnostics diags;
    tab::parse_ballots(w.t, w.draw, header + "1,,T9,T1 A,1,70,,\n", "b.csv", diags);
    REQUIRE(diags.all().size() == 1);
    const tab::Diagnostic& d = diags.all()[0];
    CHECK(d.line == 2);  // the team cell of the first ballot row
    CHECK(d.column == 3);
    CHECK(tab::Catalogue::builtin("ru").say(d.key, d.args) ==
          "найдено 'T9', ожидалась команда аудитории 1; возможно, вы имели в виду 'T1', 'T2'?");
    CHECK(tab::Catalogue::builtin("kk").say(d.key, d.args) ==
          "'T9' табылды, 1 аудиторияның командасы күтілген; 'T1', 'T2' деп айтқыңыз келді ме?");
}

TEST_CASE("ballot checks: positions, ranges and steps") {
    Wsdc w;
    CHECK(w.problems(header + replace(room1(), "1,,T2,T2 C,3,71,,\n", "")) ==
          std::vector<std::string>{"2:5: room 1: team 'T2' has no speech at position 3, expected one"});
    CHECK(w.problems(header + replace(room1(), "T2,T2 C,3,71", "T2,T2 C,2,71")) ==
          std::vector<std::string>{"8:5: room 1: team 'T2' has position 2 twice (first at line 7), expected it once",
                                   "2:5: room 1: team 'T2' has no speech at position 3, expected one"});
    CHECK(w.problems(header + replace(room1(), "T1 A,1,70", "T1 A,1,81")) ==
          std::vector<std::string>{"2:6: room 1: score 81 is out of range, expected 60 to 80"});
    CHECK(w.problems(header + replace(room1(), "T1 A,1,70", "T1 A,1,70.3")) ==
          std::vector<std::string>{"2:6: room 1: score 70.3 is off the step, expected a multiple of 0.5 from 60"});
    CHECK(w.problems(header + replace(room1(), "T1 A,reply,35", "T1 A,reply,41")) ==
          std::vector<std::string>{"5:6: room 1: reply score 41 is out of range, expected 30 to 40"});
    CHECK(w.problems(header + replace(room1(), "1,,T2,T2 C,3,71,,", "1,,T2,,3,71,,")) ==
          std::vector<std::string>{"8:4: room 1: found no speaker, expected one on every row of a scored sheet",
                                   "2:5: room 1: team 'T2' has no speech at position 3, expected one"});
    CHECK(w.problems(header + "1,,T1,T1 A,1,70,yes,\n") ==
          std::vector<std::string>{"2:5: room 1: team 'T1' has no speech at position 2, expected one",
                                   "2:5: room 1: team 'T1' has no speech at position 3, expected one",
                                   "2:5: room 1: team 'T1' has no speech at position reply, expected one",
                                   "2:3: room 1: found no speeches for team 'T2', expected 3 speeches"});
}

TEST_CASE("ballot checks: iron speeches and reply speakers") {
    Wsdc w;
    CHECK(w.problems(header + replace(room1(), "T1,T1 C,3,72,yes,", "T1,T1 A,3,72,yes,")) ==
          std::vector<std::string>{
              "4:8: room 1: speaker 'T1 A' gives a second substantive speech (first at line 2), expected it marked iron",
              "5:4: room 1: reply speaker 'T1 A' was the last substantive speaker, expected an earlier one"});
    CHECK(w.problems(header + replace(replace(room1(), "T1,T1 C,3,72,yes,", "T1,T1 B,3,72,yes,yes"), "T1 A,reply",
                                      "T1 C,reply")) ==
          std::vector<std::string>{"5:4: room 1: reply speaker 'T1 C' gave no substantive speech, expected a speaker who did"});
    w.t.edit_section("ballots").set("require_substantive_for_reply", false);
    CHECK(w.problems(header + replace(replace(room1(), "T1,T1 C,3,72,yes,", "T1,T1 B,3,72,yes,yes"), "T1 A,reply",
                                      "T1 C,reply"))
              .empty());
}

TEST_CASE("ballot checks: declared winners, ties and margins") {
    Wsdc w;
    std::string low_win = replace(without_wins(room1()), "1,,T2,T2 A,1,69,,", "1,,T2,T2 A,1,69,yes,");
    CHECK(w.problems(header + low_win) ==
          std::vector<std::string>{"2:7: room 1: the win is given to 'T2' with the lower total (248 to 245.5), "
                                   "expected the team with the higher total (low-point wins are not allowed)"});
    std::string tie = replace(room1(), "T2,T2 B,reply,35.5", "T2,T2 B,reply,38");
    CHECK(w.problems(header + tie) ==
          std::vector<std::string>{"2:6: room 1: the teams' totals are equal (248 to 248), expected a higher total for the winner"});
    CHECK(w.problems(header + replace(room1(), "T2,T2 A,1,69,,", "T2,T2 A,1,69,yes,")) ==
          std::vector<std::string>{"2:7: room 1: found a win for both teams, expected one winner"});

    w.t.edit_section("ballots").set("winners", std::string("tied-points"));
    CHECK(w.problems(header + tie).empty());
    CHECK(w.problems(header + low_win) ==
          std::vector<std::string>{"2:7: room 1: the win is given to 'T2' with the lower total (248 to 245.5), "
                                   "expected a winner with at least the other total"});
    CHECK(w.problems(header + without_wins(room1())) ==
          std::vector<std::string>{"2:7: room 1: found no declared winner, expected 'yes' in the win column of the winning team"});
    w.t.edit_section("ballots").set("winners", std::string("low-points"));
    CHECK(w.problems(header + low_win).empty());

    w.t.edit_section("ballots").set("winners", std::string("high-points"));
    w.t.format.max_margin = 2;
    CHECK(w.problems(header + room1()) ==
          std::vector<std::string>{"2:6: room 1: the margin is 2.5, expected at most 2"});
}

TEST_CASE("ballot checks: missing winner under tied- and low-points rules") {
    Wsdc w;
    w.t.edit_section("ballots").set("winners", std::string("low-points"));
    CHECK(w.problems(header + without_wins(room1())) ==
          std::vector<std::string>{"2:7: room 1: found no declared winner, expected 'yes' in the win column of the winning team"});
}

TEST_CASE("ballot checks: panels") {
    Wsdc w;
    CHECK(w.problems(header + room1("J1") + room1("J2") + room1("J3")).empty());
    CHECK(w.problems(header + room1("J4")) ==
          std::vector<std::string>{"2:2: room 1: adjudicator 'J4' is not on its panel, expected the chair or a panellist"});
    w.draw.debates[0].trainees = {3};
    CHECK(w.problems(header + room1("J4")) ==
          std::vector<std::string>{"2:2: room 1: adjudicator 'J4' is a trainee, expected a voting adjudicator"});
    CHECK(w.problems(header + room1("J1") + room1()) ==
          std::vector<std::string>{"10:2: room 1: found 2 sheets with a consensus sheet among them, expected one "
                                   "consensus sheet or one sheet per adjudicator"});
    std::string swapped = replace(replace(room1("J2"), "T1 A,1,70", "T1 B,1,70"), "T1 B,2,71", "T1 A,2,71");
    CHECK(w.problems(header + room1("J1") + swapped) ==
          std::vector<std::string>{
              "10:4: room 1: speaker 'T1 B' at position 1 differs from the first sheet (line 2: 'T1 A'), expected the "
              "same speaker order on every sheet",
              "11:4: room 1: speaker 'T1 A' at position 2 differs from the first sheet (line 2: 'T1 B'), expected the "
              "same speaker order on every sheet"});
}

TEST_CASE("ballot checks: draft sheets do not count, and prelims need scores") {
    Wsdc w;
    std::string draft = "room,team,speaker,position,score,win,status\n1,T1,,,,yes,draft\n1,T2,,,,,draft\n";
    CHECK(w.problems(draft) ==
          std::vector<std::string>{"2:5: room 1: found a sheet without scores, expected speaker scores in a prelim round"});
    CHECK(w.problems(draft, "F").empty());
    tab::Diagnostics diags;
    w.draw.round = "F";
    tab::BallotFile b = tab::parse_ballots(w.t, w.draw, draft, "b.csv", diags);
    CHECK(tab::rooms_missing_ballots(w.draw, b) == std::vector<int>{1, 2});
}

TEST_CASE("ballot checks: elimination results without scores") {
    Wsdc w;
    CHECK(w.problems("room,team,win\n1,T1,yes\n1,T2,\n", "F").empty());
    CHECK(w.problems("room,team,win\n1,T1,yes\n1,T2,yes\n", "F") ==
          std::vector<std::string>{"2:3: room 1: found 2 teams marked as advancing, expected 1"});
    tab::Tournament bp = tab::testing::ballot_tournament("bp", 4, 1);
    tab::Draw draw = tab::testing::ballot_draw(bp, "F", 1);
    tab::Diagnostics diags;
    tab::BallotFile b = tab::parse_ballots(bp, draw, "room,team,win\n1,T1,yes\n1,T2,\n1,T3,yes\n1,T4,\n", "b.csv", diags);
    tab::check_ballots(bp, draw, b, diags);
    CHECK(messages(diags) == std::vector<std::string>{"2:3: room 1: found 2 teams marked as advancing, expected 1"});
}

TEST_CASE("ballot checks: BP totals must differ, and BP rooms take one sheet") {
    tab::Tournament bp = tab::testing::ballot_tournament("bp", 4, 2);
    tab::Draw draw = tab::testing::ballot_draw(bp, "R1", 2);
    auto problems = [&](const std::string& csv) {
        tab::Diagnostics diags;
        tab::BallotFile b = tab::parse_ballots(bp, draw, csv, "b.csv", diags);
        tab::check_ballots(bp, draw, b, diags);
        return messages(diags);
    };
    auto sheet = [](const std::string& judge, int og, int oo) {
        std::string s;
        const int first[4] = {og, oo, 70, 65};
        for (int team = 1; team <= 4; ++team)
            for (char sp : {'A', 'B'})
                s += "1," + judge + ",T" + std::to_string(team) + ",T" + std::to_string(team) + " " + sp + "," +
                     (sp == 'A' ? "1" : "2") + "," + std::to_string(first[team - 1]) + ",,\n";
        return s;
    };
    CHECK(problems(header + sheet("", 80, 75)).empty());
    CHECK(problems(header + sheet("", 80, 80)) ==
          std::vector<std::string>{"2:6: room 1: teams 'T1' and 'T2' both total 160, expected different totals (BP ranks follow the totals)"});
    CHECK(problems(header + sheet("J1", 80, 75) + sheet("J2", 80, 75)) ==
          std::vector<std::string>{"10:2: room 1: found 2 sheets, expected one consensus sheet (BP rooms agree on one ballot)"});
    tab::Diagnostics diags;
    tab::RoundResults r = tab::compute_round_results(bp, draw, tab::parse_ballots(bp, draw, header + sheet("", 80, 75), "b", diags));
    CHECK(r.debates[0].teams[0].points == 3);
    CHECK(r.debates[0].teams[1].points == 2);
    CHECK(r.debates[0].teams[3].points == 0);
    CHECK_FALSE(r.debates[0].teams[0].margin.has_value());
}

TEST_CASE("ballot checks: speech ranks (APDA)") {
    tab::Tournament apda = tab::testing::ballot_tournament("apda", 2, 1);
    apda.edit_section("ballots").set("winners", std::string("high-points"));
    tab::Draw draw = tab::testing::ballot_draw(apda, "R1", 1);
    auto problems = [&](const std::string& csv) {
        tab::Diagnostics diags;
        tab::BallotFile b = tab::parse_ballots(apda, draw, csv, "b.csv", diags);
        tab::check_ballots(apda, draw, b, diags);
        return messages(diags);
    };
    const std::string h = "room,team,speaker,position,score,rank\n";
    CHECK(problems(h + "1,T1,T1 A,1,30,1\n1,T1,T1 B,2,29,2\n1,T2,T2 A,1,28,3\n1,T2,T2 B,2,27,4\n").empty());
    CHECK(problems(h + "1,T1,T1 A,1,30,1\n1,T1,T1 B,2,29,1\n1,T2,T2 A,1,28,3\n1,T2,T2 B,2,27,4\n") ==
          std::vector<std::string>{"3:6: room 1: speech rank 1 is given twice (first at line 2), expected different ranks"});
    CHECK(problems(h + "1,T1,T1 A,1,30,2\n1,T1,T1 B,2,29,1\n1,T2,T2 A,1,28,3\n1,T2,T2 B,2,27,4\n") ==
          std::vector<std::string>{"2:6: room 1: speech rank 2 for score 30 is below rank 1 for score 29, expected ranks to follow scores"});
    CHECK(problems(h + "1,T1,T1 A,1,30,1\n1,T1,T1 B,2,29,2\n1,T2,T2 A,1,28,3\n1,T2,T2 B,2,27,\n") ==
          std::vector<std::string>{"5:6: room 1: found no speech rank, expected one for every speech"});
    CHECK(problems(h + "1,T1,T1 A,1,30,1\n1,T1,T1 B,2,29,2\n1,T2,T2 A,1,28,3\n1,T2,T2 B,2,27,5\n") ==
          std::vector<std::string>{"5:6: room 1: speech rank 5 is out of range, expected 1 to 4"});
}

TEST_CASE("ballot checks: a score out of range and a bad status are said in Kazakh and Russian") {
    Wsdc w;
    w.draw.round = "R1";
    tab::Diagnostics diags;
    tab::BallotFile b = tab::parse_ballots(w.t, w.draw, header + replace(room1(), ",70,", ",7,") + "1,,T1,T1 A,1,70,,\n", "b.csv", diags);
    tab::check_ballots(w.t, w.draw, b, diags);
    tab::parse_ballots(w.t, w.draw, "room,team,status\n1,T1,maybe\n", "c.csv", diags);
    REQUIRE(diags.error_count() >= 2);
    const std::vector<std::string> codes = {"b", "c", "csv", "status", "maybe", "confirmed", "draft", "recorded", "T1", "A"};
    CHECK(english_left(diags, "ru", codes) == "");
    CHECK(english_left(diags, "kk", codes) == "");
}

// The bundled examples load without error, have the shape the README promises (a Kazakh BP
// school league with two break categories the format can run; a WSDC open of teams of three),
// and survive a write and a load: the writer's canonical files hold everything in them.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"
#include "tab/archive/writer.hpp"

namespace {

tab::Tournament load_example(const std::string& name) {
    tab::DiskFileSystem fs(std::string(TAB_SOURCE_DIR) + "/examples/" + name);
    tab::Diagnostics diags;
    std::optional<tab::Tournament> t = tab::load_tournament(fs, diags);
    std::vector<std::string> problems;
    for (const tab::Diagnostic& d : diags.all()) problems.push_back(tab::format_diagnostic(d));
    CHECK(problems == std::vector<std::string>{});
    REQUIRE(t);
    return *t;
}

bool bp_break_size(int n) {
    for (int k = 1; k <= 64; k *= 2)
        if (n == 4 * k || n == 6 * k) return true;
    return false;
}

// Writes the tournament, loads it back and writes it again: both writes must agree.
void check_round_trip(const tab::Tournament& t) {
    tab::MemoryFileSystem first, second;
    tab::Diagnostics problems;
    REQUIRE(tab::write_tournament(first, t, problems));
    tab::Diagnostics diags;
    std::optional<tab::Tournament> again = tab::load_tournament(first, diags);
    REQUIRE(again);
    CHECK(diags.error_count() == 0);
    CHECK(again->speakers.size() == t.speakers.size());
    CHECK(again->adjudicators.size() == t.adjudicators.size());
    REQUIRE(tab::write_tournament(second, *again, problems));
    CHECK(first.files == second.files);
}

}  // namespace

TEST_CASE("examples: kz-school-league is a Kazakh BP league of 32 teams with two breaks") {
    const tab::Tournament t = load_example("kz-school-league");
    CHECK(t.format.preset == "bp");
    CHECK(t.language == "kk");
    CHECK(t.teams.size() == 32);
    for (const tab::Team& team : t.teams) CHECK(team.speakers.size() == 2);
    CHECK(t.adjudicators.size() >= 20);
    int trainees = 0, with_conflicts = 0;
    for (const tab::Adjudicator& a : t.adjudicators) {
        trainees += a.trainee;
        with_conflicts += !a.team_conflicts.empty() || !a.institution_conflicts.empty() ||
                          !a.adjudicator_conflicts.empty();
    }
    CHECK(trainees >= 2);
    CHECK(with_conflicts >= 3);

    std::map<std::string, std::set<std::string>> schools_by_district;
    for (const tab::Institution& i : t.institutions) schools_by_district[i.district].insert(i.code);
    CHECK(schools_by_district.size() >= 4);
    CHECK(schools_by_district["Қарағанды"].size() >= 3);

    REQUIRE(t.break_categories.size() == 2);
    for (const tab::BreakCategory& c : t.break_categories) CHECK(bp_break_size(c.size));
    int prelims = 0;
    for (const tab::Round& r : t.rounds) prelims += r.stage == tab::Stage::prelim;
    CHECK(prelims == 5);
    CHECK(t.rounds[0].draw_method == tab::DrawMethod::random);
    CHECK(t.rounds[1].draw_method == tab::DrawMethod::power);

    int with_personal = 0;
    for (const tab::Speaker& s : t.speakers)
        with_personal += !s.personal.gender.empty() && s.personal.birth_date && !s.personal.district.empty();
    CHECK(with_personal * 4 >= static_cast<int>(t.speakers.size()) * 3);  // most speakers
    check_round_trip(t);
}

TEST_CASE("examples: wsdc-open is a WSDC tournament of 20 teams of three with a break of 8") {
    const tab::Tournament t = load_example("wsdc-open");
    CHECK(t.format.preset == "wsdc");
    CHECK(t.format.reply);
    CHECK(t.teams.size() == 20);
    for (const tab::Team& team : t.teams) CHECK(team.speakers.size() == 3);
    REQUIRE(t.break_categories.size() == 1);
    CHECK(t.break_categories[0].size == 8);
    int prelims = 0;
    for (const tab::Round& r : t.rounds) prelims += r.stage == tab::Stage::prelim;
    CHECK(prelims == 5);
    check_round_trip(t);
}

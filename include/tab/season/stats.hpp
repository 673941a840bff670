// Participant statistics for a funder's report (DOMAIN.md §8): unique people (each counted once
// across the tournaments, see people.hpp) by gender, by age band, by district or city, by
// category and by institution, and the totals of teams, debates, rounds, schools, certificates
// and diplomas. Only aggregates: no name, date or contact leaves this module.
//
// A person's age is taken on the first day (start_date) of the first tournament where both it
// and their birth date are known; the bands are 13–16, 17–22, 23–27, 28–32, 33–45, 46–58 and
// 59+, with "under 13" when anyone is younger and "unknown" for the rest. Gender, district and
// institution come from the first appearance that gives them (district: the person's own, else
// their institution's, else the tournament's district in season.toml). A person belongs to
// every category they were entered in (their team's break categories, their speaker or
// adjudicator categories), so category rows may add up to more than the total.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tab/season/outcome.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct StatsRow {
    std::string label;   // "" = unknown; gender rows: female, male, other
    int speakers = 0;
    int adjudicators = 0;
    int total = 0;       // people, each once (a speaker who also judged counts once)
};

struct ParticipantStats {
    int tournaments = 0;
    int participants = 0, speakers = 0, adjudicators = 0;
    int teams = 0, debates = 0, rounds = 0;
    int institutions = 0, districts = 0;
    int certificates = 0, diplomas = 0;
    std::vector<StatsRow> by_gender;       // female, male, then other and unknown if anyone
    std::vector<StatsRow> by_age;          // under 13 if anyone, the seven bands, unknown if anyone
    std::vector<StatsRow> by_district;     // most people first, then by name; unknown last
    std::vector<StatsRow> by_category;
    std::vector<StatsRow> by_institution;
};

// The age band of an age: "13–16", …, "59+", "under 13".
std::string age_band(int age);

// The statistics of the tournaments (with their outcomes and season districts, one each; a
// district may be ""). Names of districts and institutions sort by compare_names in `lang`.
ParticipantStats participant_stats(const std::vector<const Tournament*>& tournaments,
                                   const std::vector<TournamentOutcome>& outcomes,
                                   const std::vector<std::string>& districts, std::string_view lang);

}  // namespace tab

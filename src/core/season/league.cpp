#include "tab/season/league.hpp"

#include <algorithm>
#include <map>

#include "tab/season/people.hpp"
#include "tab/season/qualify.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

// Entries by key, each updated once per tournament it takes part in.
class Ledger {
public:
    Ledger(std::size_t places, std::size_t awards) : width_(places + awards), places_(places) {}

    LeagueEntry& entry(const std::string& key, const std::string& name, const std::string& detail) {
        auto [it, inserted] = entries_.try_emplace(key);
        if (inserted) {
            it->second.name = name;
            it->second.detail = detail;
            it->second.countback.assign(width_, 0);
        }
        return it->second;
    }
    // Counts the tournament once for the entry, however many of its teams took part.
    static void attend(LeagueEntry& e, std::size_t tournament) {
        if (e.last_tournament == static_cast<int>(tournament)) return;
        e.last_tournament = static_cast<int>(tournament);
        e.tournaments += 1;
    }
    // A team place earns points and counts back when it is within the list.
    void place(LeagueEntry& e, int place, const std::vector<int>& points) const {
        if (place < 1 || place > static_cast<int>(points.size())) return;
        e.points += points[static_cast<size_t>(place - 1)];
        e.countback[static_cast<size_t>(place - 1)] += 1;
    }
    void award(LeagueEntry& e, int place, const std::vector<int>& points) const {
        if (place < 1 || place > static_cast<int>(points.size())) return;
        e.points += points[static_cast<size_t>(place - 1)];
        e.countback[places_ + static_cast<size_t>(place - 1)] += 1;
    }
    std::vector<LeagueEntry> ranked(std::string_view lang) const {
        std::vector<LeagueEntry> out;
        for (const auto& [key, e] : entries_) out.push_back(e);
        auto better = [](const LeagueEntry& a, const LeagueEntry& b) {
            if (a.points != b.points) return a.points > b.points;
            return a.countback > b.countback;
        };
        std::sort(out.begin(), out.end(), [&](const LeagueEntry& a, const LeagueEntry& b) {
            if (better(a, b) || better(b, a)) return better(a, b);
            int c = compare_names(a.name, b.name, lang);
            return c != 0 ? c < 0 : a.detail < b.detail;
        });
        for (std::size_t i = 0; i < out.size(); ++i) {
            bool same_as_previous = i > 0 && !better(out[i - 1], out[i]);
            bool same_as_next = i + 1 < out.size() && !better(out[i], out[i + 1]);
            out[i].rank = same_as_previous ? out[i - 1].rank : static_cast<int>(i) + 1;
            out[i].tied = same_as_previous || same_as_next;
        }
        return out;
    }

private:
    std::size_t width_, places_;
    std::map<std::string, LeagueEntry> entries_;
};

std::string institution_name(const Tournament& t, int institution) {
    if (institution < 0) return "";
    const Institution& i = t.institutions[static_cast<size_t>(institution)];
    return i.name.empty() ? i.code : i.name;
}

}  // namespace

LeagueTables league_tables(const LeagueSettings& settings, const std::vector<const Tournament*>& tournaments,
                           const std::vector<TournamentOutcome>& outcomes, const std::vector<std::string>& districts,
                           std::string_view lang) {
    const std::size_t places = settings.place_points.size(), awards = settings.speaker_points.size();
    Ledger teams(places, awards), speakers(places, awards), institutions(places, awards), regions(places, awards);
    std::vector<Person> people = match_people(tournaments);
    std::map<std::pair<int, int>, int> person_of_speaker;  // (tournament, speaker) -> person
    for (int p = 0; p < static_cast<int>(people.size()); ++p)
        for (const Appearance& a : people[static_cast<size_t>(p)].appearances)
            if (!a.adjudicator) person_of_speaker[{a.tournament, a.index}] = p;

    for (std::size_t ti = 0; ti < tournaments.size(); ++ti) {
        const Tournament& t = *tournaments[ti];
        const TournamentOutcome& o = outcomes[ti];
        std::vector<int> award_place(t.speakers.size(), 0);
        for (const Placing& p : o.best_speakers) award_place[static_cast<size_t>(p.who)] = p.place;
        for (int team = 0; team < static_cast<int>(t.teams.size()); ++team) {
            const Team& tm = t.teams[static_cast<size_t>(team)];
            std::string school = institution_name(t, tm.institution);
            std::string district = team_district(t, team, districts[ti]);
            int place = o.team_place[static_cast<size_t>(team)];
            std::string name = team_name_before_qualification(t, team);
            LeagueEntry& te = teams.entry(normalise_name(name) + "\n" + normalise_name(school), name, school);
            LeagueEntry& ie = institutions.entry(normalise_name(school), school, district);
            LeagueEntry& de = regions.entry(normalise_name(district), district, "");
            for (LeagueEntry* e : {&te, &ie, &de}) {
                teams.place(*e, place, settings.place_points);
                Ledger::attend(*e, ti);
            }
            for (int s : tm.speakers) {
                int who = person_of_speaker[{static_cast<int>(ti), s}];
                LeagueEntry& se = speakers.entry(std::to_string(who), people[static_cast<size_t>(who)].name, school);
                Ledger::attend(se, ti);
                speakers.place(se, place, settings.place_points);
                for (LeagueEntry* e : {&se, &ie, &de}) speakers.award(*e, award_place[static_cast<size_t>(s)], settings.speaker_points);
            }
        }
    }
    return {teams.ranked(lang), speakers.ranked(lang), institutions.ranked(lang), regions.ranked(lang)};
}

}  // namespace tab

#include "tab/season/stats.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "tab/season/people.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

const std::vector<std::string> age_bands = {"under 13", "13–16", "17–22", "23–27", "28–32", "33–45", "46–58", "59+"};

// Counts people into rows by a grouping key, keeping the first label seen for each key.
class Tally {
public:
    void add(const std::string& key, const std::string& label, bool speaker, bool adjudicator) {
        auto [it, inserted] = rows_.try_emplace(key, StatsRow{label, 0, 0, 0});
        (void)inserted;
        it->second.speakers += speaker ? 1 : 0;
        it->second.adjudicators += adjudicator ? 1 : 0;
        it->second.total += 1;
    }
    // Rows in the given key order: a key without people is shown with zeros only if `always`.
    std::vector<StatsRow> in_order(const std::vector<std::string>& keys, const std::set<std::string>& always) const {
        std::vector<StatsRow> out;
        for (const std::string& k : keys) {
            if (auto it = rows_.find(k); it != rows_.end()) out.push_back(it->second);
            else if (always.count(k)) out.push_back({k, 0, 0, 0});
        }
        return out;
    }
    // Most people first, then by label in the language's alphabet; unknown ("") last.
    std::vector<StatsRow> by_size(std::string_view lang) const {
        std::vector<StatsRow> out;
        for (const auto& [key, row] : rows_) out.push_back(row);
        std::sort(out.begin(), out.end(), [&](const StatsRow& a, const StatsRow& b) {
            if (a.label.empty() != b.label.empty()) return b.label.empty();
            if (a.total != b.total) return a.total > b.total;
            return compare_names(a.label, b.label, lang) < 0;
        });
        return out;
    }
    int known() const {
        int n = 0;
        for (const auto& [key, row] : rows_) n += row.label.empty() ? 0 : 1;
        return n;
    }

private:
    std::map<std::string, StatsRow> rows_;
};

std::string institution_district(const Tournament& t, int institution) {
    return institution >= 0 ? t.institutions[static_cast<size_t>(institution)].district : "";
}

// The category ids and names a person's appearance was entered in.
std::vector<std::pair<std::string, std::string>> appearance_categories(const Tournament& t, const Appearance& a) {
    std::vector<std::pair<std::string, std::string>> out;
    auto speaker_category = [&](const std::string& id) {
        for (const SpeakerCategory& c : t.speaker_categories)
            if (c.id == id) return c.name.empty() ? id : c.name;
        return id;
    };
    if (a.adjudicator) {
        for (const std::string& id : t.adjudicators[static_cast<size_t>(a.index)].categories) out.push_back({id, speaker_category(id)});
        return out;
    }
    const Speaker& s = t.speakers[static_cast<size_t>(a.index)];
    if (s.team >= 0)
        for (const std::string& id : t.teams[static_cast<size_t>(s.team)].break_categories) {
            const BreakCategory* c = t.find_break_category(id);
            out.push_back({id, c && !c->name.empty() ? c->name : id});
        }
    for (const std::string& id : s.categories) out.push_back({id, speaker_category(id)});
    return out;
}

}  // namespace

std::string age_band(int age) {
    if (age < 13) return age_bands[0];
    if (age <= 16) return age_bands[1];
    if (age <= 22) return age_bands[2];
    if (age <= 27) return age_bands[3];
    if (age <= 32) return age_bands[4];
    if (age <= 45) return age_bands[5];
    if (age <= 58) return age_bands[6];
    return age_bands[7];
}

ParticipantStats participant_stats(const std::vector<const Tournament*>& tournaments,
                                   const std::vector<TournamentOutcome>& outcomes,
                                   const std::vector<std::string>& districts, std::string_view lang) {
    ParticipantStats s;
    s.tournaments = static_cast<int>(tournaments.size());
    std::set<std::string> institutions;
    for (std::size_t i = 0; i < tournaments.size(); ++i) {
        const Tournament& t = *tournaments[i];
        s.teams += static_cast<int>(t.teams.size());
        s.debates += outcomes[i].debates;
        s.rounds += outcomes[i].rounds_drawn;
        s.certificates += outcomes[i].certificates;
        s.diplomas += outcomes[i].diplomas;
        for (const Institution& inst : t.institutions) institutions.insert(normalise_name(inst.name.empty() ? inst.code : inst.name));
    }
    s.institutions = static_cast<int>(institutions.size());

    Tally gender, age, district, category, institution;
    for (const Person& p : match_people(tournaments)) {
        bool speaker = false, adjudicator = false;
        std::string sex, band, place, school;
        std::map<std::string, std::string> categories;
        for (const Appearance& a : p.appearances) {
            const Tournament& t = *tournaments[static_cast<size_t>(a.tournament)];
            const PersonalData& data = appearance_personal(t, a);
            (a.adjudicator ? adjudicator : speaker) = true;
            if (sex.empty()) sex = data.gender;
            if (band.empty() && data.birth_date && t.start_date) band = age_band(age_on(*data.birth_date, *t.start_date));
            if (place.empty()) {
                int inst = a.adjudicator ? t.adjudicators[static_cast<size_t>(a.index)].institution
                           : t.speakers[static_cast<size_t>(a.index)].team >= 0
                               ? t.teams[static_cast<size_t>(t.speakers[static_cast<size_t>(a.index)].team)].institution
                               : -1;
                place = !data.district.empty() ? data.district : institution_district(t, inst);
                if (place.empty()) place = districts[static_cast<size_t>(a.tournament)];
            }
            if (school.empty()) school = appearance_institution(t, a);
            for (const auto& [id, name] : appearance_categories(t, a)) categories.emplace(id, name);
        }
        ++s.participants;
        s.speakers += speaker ? 1 : 0;
        s.adjudicators += adjudicator ? 1 : 0;
        gender.add(sex, sex, speaker, adjudicator);
        age.add(band, band, speaker, adjudicator);
        district.add(normalise_name(place), place, speaker, adjudicator);
        institution.add(normalise_name(school), school, speaker, adjudicator);
        if (categories.empty()) category.add("", "", speaker, adjudicator);
        for (const auto& [id, name] : categories) category.add(id, name, speaker, adjudicator);
    }
    s.by_gender = gender.in_order({"female", "male", "other", ""}, {"female", "male"});
    std::vector<std::string> band_order = age_bands;
    band_order.push_back("");
    s.by_age = age.in_order(band_order, {age_bands.begin() + 1, age_bands.end()});
    s.by_district = district.by_size(lang);
    s.districts = district.known();
    s.by_category = category.by_size(lang);
    s.by_institution = institution.by_size(lang);
    return s;
}

}  // namespace tab

#include "tab/app/stats.hpp"

#include "tab/app/participants.hpp"

namespace tab::app {
namespace {

nlohmann::ordered_json rows_json(const std::vector<StatsRow>& rows, const std::string& key, bool age) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const StatsRow& r : rows)
        out.push_back({{key, or_null(age ? age_band_code(r.label) : r.label)},
                       {"speakers", r.speakers},
                       {"adjudicators", r.adjudicators},
                       {"total", r.total}});
    return out;
}

}  // namespace

std::string age_band_code(const std::string& band) {
    if (band == "under 13") return "under_13";
    std::string code;
    for (std::size_t i = 0; i < band.size(); ++i) {
        if (band.compare(i, 3, "\u2013") == 0) {  // the en dash of "13–16"
            code += '-';
            i += 2;
        } else {
            code += band[i];
        }
    }
    return code;
}

StatsResult stats(const LoadedSeason& s, const std::string& lang) {
    return {s.season.name, participant_stats(s.pointers(s.all()), s.outcomes, s.districts,
                                             lang.empty() ? s.season.language : lang)};
}

nlohmann::ordered_json to_json(const StatsResult& result) {
    const ParticipantStats& s = result.stats;
    return {{"name", result.name},
            {"tournaments", s.tournaments},
            {"participants", s.participants},
            {"speakers", s.speakers},
            {"adjudicators", s.adjudicators},
            {"teams", s.teams},
            {"debates", s.debates},
            {"rounds", s.rounds},
            {"institutions", s.institutions},
            {"districts", s.districts},
            {"certificates", s.certificates},
            {"diplomas", s.diplomas},
            {"by_gender", rows_json(s.by_gender, "gender", false)},
            {"by_age_band", rows_json(s.by_age, "age_band", true)},
            {"by_district", rows_json(s.by_district, "district", false)},
            {"by_category", rows_json(s.by_category, "category", false)},
            {"by_institution", rows_json(s.by_institution, "institution", false)}};
}

}  // namespace tab::app

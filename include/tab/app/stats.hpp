// tab stats [PATH]: the statistics section of a grant report for a tournament or a season
// (tab/season/stats.hpp). Values are codes and names as entered, never translated labels.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "tab/app/season_loading.hpp"
#include "tab/season/stats.hpp"

namespace tab::app {

struct StatsResult {
    std::string name;  // the season's or the tournament's
    ParticipantStats stats;
};

// `lang`: the alphabet names are sorted in ("" = the season's language).
StatsResult stats(const LoadedSeason& s, const std::string& lang);
nlohmann::ordered_json to_json(const StatsResult& result);

// The stable code of an age band: "under_13", "13-16", …, "59+"; "" for unknown.
std::string age_band_code(const std::string& band);

}  // namespace tab::app

// The tables of the season commands and `tab stats` for people (text, md, html: translated
// headings and labels) and for machines (csv, tsv: codes, one value per cell).
#pragma once

#include <string>
#include <vector>

#include "present.hpp"
#include "tab/app/season.hpp"
#include "tab/app/stats.hpp"

namespace tab::cli {

std::vector<Table> season_status_tables(const app::SeasonStatusResult& r, const Catalogue& cat, bool machines);
Table season_qualify_table(const app::SeasonQualifyResult& r, const Catalogue& cat, bool machines);
std::vector<Table> season_league_tables(const app::SeasonTableResult& r, const Catalogue& cat, bool machines);
Table season_duplicates_table(const app::SeasonDuplicatesResult& r, const Catalogue& cat);
std::vector<Table> stats_tables(const app::StatsResult& r, const Catalogue& cat, bool machines);

}  // namespace tab::cli

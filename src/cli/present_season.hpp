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
// For the organiser's HTML report: the gender and age-band tables (of stats_tables, for people)
// drawn as bars of their totals, as (table name, SVG figure). Aggregates only, like the tables.
std::vector<std::pair<std::string, std::string>> stats_figures(const std::vector<Table>& tables);

}  // namespace tab::cli

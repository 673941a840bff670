// A season: the tournaments of a debate movement over a year and the stages that lead from one
// to the next (DOMAIN.md §8). It lives in a directory holding season.toml; each tournament is a
// tournament directory given by its path relative to the season directory.
//
//   name = "Маңғыстау дебат маусымы 2025–2026"
//   language = "kk"
//   [[tournaments]]
//   id = "aktau"            # how stages and tables name it
//   path = "aktau"          # its directory
//   district = "Ақтау"      # the district or city it serves (stats, per-district places)
//   [[stages]]
//   id = "regional"
//   from = ["aktau", "zhanaozen", "munaily"]
//   into = "final"
//   places = 2              # places 1–2 of each qualifier
//   best_speakers = 1       # and the best speaker of each, if their team is not already in
//   per_district = 0        # and the best N teams of each district, across the qualifiers
//   break_categories = ["school"]   # written for the qualified teams (default: their own)
//   [table]
//   tournaments = ["aktau", "zhanaozen", "munaily"]  # default: every tournament
//   place_points = [10, 7, 5, 3]
//   speaker_points = [3, 2, 1]
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"

namespace tab {

inline const char* const season_file = "season.toml";

struct SeasonTournament {
    std::string id;
    std::string path;      // directory relative to the season directory
    std::string district;  // may be empty
    int source_line = 0;
};

struct QualificationStage {
    std::string id;
    std::vector<std::string> from;  // tournament ids
    std::string into;               // tournament id
    int places = 0;
    int best_speakers = 0;
    int per_district = 0;
    std::vector<std::string> break_categories;  // empty = keep the team's own where the target has them
    int source_line = 0;
};

struct LeagueSettings {
    std::vector<std::string> tournaments;     // empty = every tournament of the season
    std::vector<int> place_points = {10, 7, 5, 3};
    std::vector<int> speaker_points = {3, 2, 1};
};

struct Season {
    std::string name;
    std::string language = "en";
    std::vector<SeasonTournament> tournaments;
    std::vector<QualificationStage> stages;
    LeagueSettings table;

    const SeasonTournament* find_tournament(std::string_view id) const;
    const QualificationStage* find_stage(std::string_view id) const;
};

// Reads season.toml from the season directory, reporting every problem (unknown keys, stages that
// name unknown tournaments, a stage whose target is one of its sources). nullopt if the file is
// missing or is not TOML.
std::optional<Season> load_season(const FileSystem& fs, Diagnostics& diags);

}  // namespace tab

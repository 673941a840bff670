// Loading a season for the season commands, `tab stats` and `tab protocol`: season.toml, every
// tournament it lists (each through a view of its own directory) and each tournament's outcome.
// Every problem is reported with its path relative to the file system handed in (the -C
// directory), so that a season's messages point at the files wherever they are.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/subdir_filesystem.hpp"
#include "tab/season/outcome.hpp"
#include "tab/season/season.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {

struct LoadedSeason {
    Season season;
    std::string dir;                                      // the season directory, relative to the root
    std::unique_ptr<SubdirFileSystem> root;               // the season directory
    std::vector<std::unique_ptr<SubdirFileSystem>> dirs;  // one per tournament
    std::vector<Tournament> tournaments;                  // in season.toml order
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;

    int index(const std::string& id) const;  // into the vectors; -1 if unknown
    std::vector<const Tournament*> pointers(const std::vector<int>& indices) const;
    std::vector<int> all() const;            // every index, in order
};

// True when `dir` (relative to fs's root) holds a season.toml.
bool is_season_dir(const FileSystem& fs, const std::string& dir);

// The season in `dir` (relative to fs's root) with every tournament it lists; nullopt with the
// problems (invalid input) when season.toml or any tournament has errors. Warnings go to diags too.
std::optional<LoadedSeason> load_season_dir(FileSystem& fs, const std::string& dir, Diagnostics& diags);

// One tournament directory as a season of one (for `tab stats DIR` and `tab protocol DIR`).
std::optional<LoadedSeason> load_single_tournament(FileSystem& fs, const std::string& dir, Diagnostics& diags);

// The season directory if `dir` holds season.toml, else the tournament in `dir`.
std::optional<LoadedSeason> load_season_or_tournament(FileSystem& fs, const std::string& dir, Diagnostics& diags);

// The catalogue of `lang` (--lang; "" = the season's language) with the season directory's
// overrides (translations.csv); their problems go to diags.
Catalogue season_catalogue(const LoadedSeason& s, const std::string& lang, Diagnostics& diags);

}  // namespace tab::app

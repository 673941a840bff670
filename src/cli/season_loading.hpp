// Loading a season for the season commands and `tab stats`: season.toml, every tournament it
// lists (each through a view of its own directory) and each tournament's outcome, with every
// problem printed as file:line:column relative to the current directory.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "tab/season/outcome.hpp"
#include "tab/season/season.hpp"
#include "tab/base/subdir_filesystem.hpp"

namespace tab::cli {

struct LoadedSeason {
    Season season;
    std::unique_ptr<SubdirFileSystem> root;                  // the season directory
    std::vector<std::unique_ptr<SubdirFileSystem>> dirs;     // one per tournament
    std::vector<Tournament> tournaments;                     // in season.toml order
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;

    int index(const std::string& id) const;                  // into the vectors; -1 if unknown
    std::vector<const Tournament*> pointers(const std::vector<int>& indices) const;
};

// True when `dir` (relative to -C) holds a season.toml.
bool is_season_dir(Context& ctx, const std::string& dir);

// Loads the season in `dir` (relative to -C). nullopt after printing the problems; *code is
// then the exit code (1 invalid input).
std::optional<LoadedSeason> load_season_dir(Context& ctx, const std::string& dir, int* code);

// Loads one tournament directory as a season of one (for `tab stats DIR`).
std::optional<LoadedSeason> load_single_tournament(Context& ctx, const std::string& dir, int* code);

// The catalogue of --lang, else `lang`, with the overrides (translations.csv) of `dir`; their
// problems are printed.
Catalogue season_catalogue(const Context& ctx, const std::string& lang, const FileSystem& dir);

// Prints tables in the output format, with `title` as the HTML page title.
void print_tables(Context& ctx, const std::vector<Table>& tables, const Catalogue& cat, const std::string& title);

}  // namespace tab::cli

// tab init, tab import tabbycat, tab import debatexml: a new tournament directory. None of them
// ever replaces a file: if the target already holds tournament.toml or any file they would
// write, they write nothing and fail with refused_overwrite, naming the files. There is
// deliberately no --force: a tournament directory holds hand-edited work, and removing it is a
// step a person should take.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct NewTournamentResult {
    std::string dir;                 // the target as the request named it
    std::vector<std::string> files;  // every file written, relative to dir, in writing order
    std::string preset;
    bool preset_inferred = false;    // imports: the preset was not given but read from the files
    int teams = 0, speakers = 0, adjudicators = 0, venues = 0, rounds = 0;
};
nlohmann::ordered_json to_json(const NewTournamentResult& result);

// The last component of a directory path ("leagues/autumn-cup/" gives "autumn-cup"): the
// name a new tournament takes from its directory.
std::string directory_name(const std::string& dir);

struct InitRequest {
    std::string dir;            // the target directory as the user named it (messages, name)
    std::string preset = "bp";
    std::string lang = "en";    // the tournament's language (en, kk, ru): its key and the names of rounds
};
// A tournament to fill in: the preset, a seed derived from the directory's name (two
// tournaments do not share one, and the same command gives the same files), four prelims and a
// small break with a semifinal and a final, participant files with their header rows only.
// A usage error for an unknown preset.
std::optional<NewTournamentResult> init(FileSystem& target, const InitRequest& request, Diagnostics& diags);

struct ImportTabbycatRequest {
    std::string source;  // the Tabbycat import folder as named relative to the root of diagnostics' paths
    std::string name;    // the tournament's name (directory_name of the folder)
    std::string dir;     // the target directory as the user named it
    std::string preset;  // "" = inferred from the layout
};
// Nothing is written unless the whole folder reads without error (invalid input).
std::optional<NewTournamentResult> import_tabbycat(const FileSystem& source, FileSystem& target,
                                                   const ImportTabbycatRequest& request, Diagnostics& diags);

struct ImportDebateXmlRequest {
    std::string file;  // the archive's path as named relative to the root of diagnostics' paths
    std::string dir;   // the target directory as the user named it
};
// Participants, every round's draw and every ballot; nothing is written unless the whole archive
// reads without error.
std::optional<NewTournamentResult> import_debatexml(std::string_view xml, FileSystem& target,
                                                    const ImportDebateXmlRequest& request, Diagnostics& diags);

}  // namespace tab::app

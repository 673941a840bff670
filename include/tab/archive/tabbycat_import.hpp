// Builds a tournament from a Tabbycat CSV import folder (the input of Tabbycat's
// `importtournament`), in either of its layouts: "boots" (BP: the speakers are columns of
// teams.csv) or "anorak" (two-team: one row per speaker in speakers.csv).
#pragma once

#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct TabbycatImportOptions {
    std::string name;    // the tournament's name and short name (the CLI passes the folder's name)
    std::string preset;  // the debate format; empty: inferred with infer_tabbycat_preset()
};

struct TabbycatImport {
    Tournament tournament;
    bool bp_layout = false;        // speakers were columns of teams.csv
    bool preset_inferred = false;  // the preset was not given but inferred
};

// Reads the folder at src. Every problem goes to diags, with paths relative to src; returns
// nullopt if any of them is an error (warnings name what was not imported).
std::optional<TabbycatImport> import_tabbycat(const FileSystem& src, const TabbycatImportOptions& options,
                                              Diagnostics& diags);

// The preset a layout implies: the BP layout gives bp; the two-team layout gives australs for
// three speakers per team, apda for two and lincoln-douglas for one.
std::string infer_tabbycat_preset(bool bp_layout, int speakers_per_team);

}  // namespace tab

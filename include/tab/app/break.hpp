// tab break [--force] [--show]: the break of every category, computed from the prelim results
// into break.csv (never over an existing one without --force), or the stored one with --show.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/breaks/break.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// The stable code of a remark: "different_break", "lost_coin_toss", ...; nullopt for a team that broke.
std::optional<std::string> remark_code(Remark r);

struct BreakLine {
    std::string team;
    std::string institution;        // the team's institution code
    int rank = 0;                   // rank in the category's standings
    std::optional<int> break_rank;  // seed among the breaking teams
    Remark remark = Remark::broke;
    std::string note;
};

struct CategoryBreakReport {
    std::string category;            // BreakCategory::id
    std::string name;                // its name in tournament.toml (else the id)
    int size = 0;                    // how many teams break
    std::vector<BreakLine> teams;    // the breaking teams, in seed order
    std::vector<BreakLine> reserves; // the reserves, in order
    std::vector<BreakLine> others;   // other teams shown with a remark (capped, ineligible, different break, ...)
};

struct BreakReport {
    bool written = false;            // break.csv was written by this call
    std::vector<CategoryBreakReport> categories;  // in the order of tournament.toml
};

struct BreakRequest {
    bool force = false;  // compute again over an existing break.csv
    bool show = false;   // the stored break.csv, computing nothing
    bool allow_incomplete = false;  // break although a prelim has missing results
};

// `cannot` without break categories, with --show and no break.csv, or while a prelim is undrawn
// or has a debate without a result that counts (unless allow_incomplete: require_complete);
// refused_overwrite when break.csv exists (no --force); the files' errors as invalid_input.
std::optional<BreakReport> compute_and_write_break(const Tournament& t, FileSystem& fs, const BreakRequest& request,
                                                   Diagnostics& diags);

BreakReport break_report(const Tournament& t, const Break& b);
nlohmann::ordered_json to_json(const BreakReport& r);

}  // namespace tab::app

// The break: which teams qualify for the elimination rounds of each break category, in seed
// order, with the remarks that explain every team left out near the cut-off.
//
// Files in the tournament directory:
//   break.csv          what `tab break` computed: category,break_rank,rank,team,remark,note.
//                      Written atomically, never overwritten without --force; the elimination
//                      draws read the breaking teams from it, in file order (the seeds).
//   break_remarks.csv  remarks the director sets by hand: team,category,remark,note (category
//                      empty = every category). tab reads it and never rewrites it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/ballots/results.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

enum class Remark {
    broke,            // in the break (no remark)
    capped,           // over the institution cap (AIDA rules)
    ineligible,       // not eligible for this category
    different_break,  // broke in a category of higher priority
    disqualified,
    lost_coin_toss,   // tied at the cut-off, separated by lot
    withdrawn,
    reserve,
};
// "", "capped", "ineligible", "different-break", "disqualified", "lost-coin-toss", "withdrawn", "reserve".
std::string_view remark_key(Remark r);
// The remark of a key; nullopt for an unknown key or one a director may not set ("" and "reserve").
std::optional<Remark> parse_manual_remark(std::string_view key);

struct BreakEntry {
    int team = -1;         // index into Tournament::teams
    int rank = 0;          // rank in the category's standings (shared ranks, 1-based)
    int break_rank = 0;    // 1-based seed among the breaking teams; 0 = not breaking
    Remark remark = Remark::broke;
    std::string note;      // why, where it is not obvious (a tie resolved at the cut-off, a hand remark)
};

struct CategoryBreak {
    std::string category;            // BreakCategory::id
    std::vector<BreakEntry> entries; // breaking teams in seed order, then the others shown
    // Indices of the breaking teams, in seed order.
    std::vector<int> breaking() const;
};

struct Break {
    std::vector<CategoryBreak> categories;  // in the order of tournament.toml
    const CategoryBreak* find(std::string_view category) const;
};

// A remark set by hand for a team in one category ("" = all).
struct ManualRemark {
    int team = -1;
    std::string category;
    Remark remark = Remark::withdrawn;
    std::string note;
};

inline const char* const break_file = "break.csv";
inline const char* const break_remarks_file = "break_remarks.csv";

// Computes the break of every category from the prelim results (DOMAIN.md §5; tabbycat.md §5):
// categories in descending priority, the category's rule, reserves, hand remarks, and the
// [break] tie_at_cutoff rule. nullopt with an invalid-input error in diags when the standings
// cannot be computed.
std::optional<Break> compute_break(const Tournament& t, const std::vector<RoundResults>& results,
                                   const std::vector<ManualRemark>& remarks, Diagnostics& diags);

// Reads break_remarks.csv (no file = no remarks), reporting every unreadable cell.
std::vector<ManualRemark> read_break_remarks(const Tournament& t, const FileSystem& fs, Diagnostics& diags);
// The text of break.csv.
std::string break_to_csv(const Tournament& t, const Break& b);
// Reads break.csv; nullopt (no diagnostic) if it does not exist, nullopt with diagnostics if invalid.
std::optional<Break> read_break(const Tournament& t, const FileSystem& fs, Diagnostics& diags);

}  // namespace tab

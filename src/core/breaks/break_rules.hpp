// The break rules of one category, on teams already in standings order: the institution caps of
// the AIDA rules and the cut at the break size. Pure functions, so the tests can build fields
// where every rule bites.
#pragma once

#include <string>
#include <vector>

#include "tab/model/setting_codes.hpp"

namespace tab::breaks {

// A team still in contention in a category, in standings order.
struct Candidate {
    int team = -1;
    int rank = 0;              // rank in the category on the standings precedence (shared ranks)
    int fine_rank = 0;         // rank on the precedence and then the tie metrics (shared ranks)
    int institution_rank = 0;  // rank among the category's teams of its institution; 0 = no institution
    double wins = 0;           // the first precedence metric (wins, or points in BP)
};

// The institution cap of a rule: 3, or for aida-2019-australs-open 3 + floor(max(0, size - 16) / 8).
int institution_cap(BreakRule rule, int size);

struct CapResult {
    std::vector<int> capped;     // indices into the candidates, remark "capped"
    std::vector<int> remaining;  // indices of the teams that may still break or be reserves, in order
};
// Applies the rule's cap (tabbycat.md §5.3); `standard` caps nobody.
CapResult apply_cap(BreakRule rule, int size, const std::vector<Candidate>& candidates);

struct Cut {
    std::vector<int> breaking;    // indices into the candidates, in seed order
    std::vector<int> tie_losers;  // tied on rank with the last breaking team but left out
    std::vector<int> by_lot;      // those of tie_losers separated from it only by lot
};
// Takes the first `size` of `remaining`; teams tied on rank with the last of them all break with
// include_ties (the break grows), else they are left out by the tie metrics and then by lot.
Cut cut_at_size(const std::vector<Candidate>& candidates, const std::vector<int>& remaining, int size,
                bool include_ties);

}  // namespace tab::breaks

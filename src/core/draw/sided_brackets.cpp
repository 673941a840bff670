// Brackets when sides are preallocated (Tabbycat's PowerPairedWithAllocatedSidesDrawGenerator).
//
// Problem: each bracket holds affirmatives and negatives; a debate needs one of each, so a
// bracket is "odd" when the two lists differ in length. Fixes, walking from the top:
//   pullup_top / pullup_bottom / pullup_random: take as many teams of the missing side as the
//     bracket lacks from the next bracket down (its top, bottom or random ones), going further
//     down when that bracket runs out. Moved teams carry the flag "pullup".
//   intermediate1: the surplus teams start a bracket on p - 0.5, filled with the top teams of the
//     other side from the brackets below (several brackets if needed).
//   intermediate2: like intermediate1, but each lower bracket that contributes fills a bracket of
//     its own, keyed p - k/(m+1) for k = 1..m (e.g. 4 2/3 and 4 1/3).
// Example: 5:[1|14] 4:[2,3|15] 3:[4..8|16,17,18] ... with pullup_top gives 4:[2,3|15,16] and
// 3:[4..8|17..21] (docs/peers/tabbycat.md §2.3; cases gen.allocated_sides.*).
#include <algorithm>
#include <numeric>

#include "compat.hpp"

namespace tab::compat {

std::vector<SidedBracket> raw_sided_brackets(const DrawRequest& req) {
    std::vector<SidedBracket> brackets;
    for (int i = 0; i < static_cast<int>(req.teams.size()); ++i) {
        if (brackets.empty() || brackets.back().points != req.teams[i].points)
            brackets.push_back({req.teams[i].points, {}, {}});
        (req.teams[i].allocated_side == 0 ? brackets.back().aff : brackets.back().neg).push_back(i);
    }
    return brackets;
}

namespace {

struct Need {
    std::vector<int>* destination;  // the side list of a bracket above that lacks teams
    bool aff;                       // which side is missing
    size_t count;
};

std::vector<size_t> pullup_indices(OddBracket method, size_t available, size_t count, Rng& rng) {
    std::vector<size_t> indices(available);
    std::iota(indices.begin(), indices.end(), 0);
    if (method == OddBracket::pullup_top) indices.resize(count);
    else if (method == OddBracket::pullup_bottom) indices.erase(indices.begin(), indices.end() - count);
    else {
        rng.shuffle(indices);
        indices.resize(count);
    }
    return indices;
}

std::optional<Message> pull_up(std::vector<SidedBracket>& brackets, const Options& o, Rng& rng, TeamFlags& flags) {
    std::vector<Need> needs;
    for (SidedBracket& bracket : brackets) {
        std::vector<Need> next_needs;
        for (const Need& need : needs) {
            std::vector<int>& pool = need.aff ? bracket.aff : bracket.neg;
            std::vector<size_t> indices;
            if (pool.size() < need.count) {
                indices.resize(pool.size());
                std::iota(indices.begin(), indices.end(), 0);
                next_needs.push_back({need.destination, need.aff, need.count - pool.size()});
            } else {
                indices = pullup_indices(o.odd_bracket, pool.size(), need.count, rng);
            }
            std::vector<int> moved;
            for (size_t i : indices) moved.push_back(pool[i]);
            for (int team : moved) {
                flags[team].push_back("pullup");
                pool.erase(std::find(pool.begin(), pool.end(), team));
            }
            need.destination->insert(need.destination->end(), moved.begin(), moved.end());
        }
        if (bracket.aff.size() > bracket.neg.size())
            next_needs.push_back({&bracket.neg, false, bracket.aff.size() - bracket.neg.size()});
        else if (bracket.neg.size() > bracket.aff.size())
            next_needs.push_back({&bracket.aff, true, bracket.neg.size() - bracket.aff.size()});
        needs = std::move(next_needs);
    }
    if (needs.empty()) return std::nullopt;
    return message("diag.draw.sided_pullups");
}

void sort_descending(std::vector<SidedBracket>& brackets) {
    std::stable_sort(brackets.begin(), brackets.end(),
                     [](const SidedBracket& a, const SidedBracket& b) { return a.points > b.points; });
}

// Moves up to `count` top teams from `from` to the end of `to`; returns how many moved.
size_t take_top(std::vector<int>& from, std::vector<int>& to, size_t count) {
    size_t n = std::min(count, from.size());
    to.insert(to.end(), from.begin(), from.begin() + static_cast<std::ptrdiff_t>(n));
    from.erase(from.begin(), from.begin() + static_cast<std::ptrdiff_t>(n));
    return n;
}

// Splits a bracket into its balanced part (kept) and its surplus (returned).
SidedBracket split_surplus(SidedBracket& bracket, double surplus_points) {
    size_t n = std::min(bracket.aff.size(), bracket.neg.size());
    SidedBracket surplus{surplus_points, {bracket.aff.begin() + n, bracket.aff.end()},
                         {bracket.neg.begin() + n, bracket.neg.end()}};
    bracket.aff.resize(n);
    bracket.neg.resize(n);
    return surplus;
}

std::optional<Message> intermediate1(std::vector<SidedBracket>& brackets) {
    std::vector<SidedBracket> resolved;
    std::vector<SidedBracket> unfilled;
    for (SidedBracket& pool : brackets) {
        std::vector<SidedBracket> still_unfilled;
        for (SidedBracket& u : unfilled) {
            if (u.aff.size() > u.neg.size()) take_top(pool.neg, u.neg, u.aff.size() - u.neg.size());
            else if (u.neg.size() > u.aff.size()) take_top(pool.aff, u.aff, u.neg.size() - u.aff.size());
            (u.aff.size() == u.neg.size() ? resolved : still_unfilled).push_back(std::move(u));
        }
        unfilled = std::move(still_unfilled);
        SidedBracket surplus = split_surplus(pool, pool.points - 0.5);
        resolved.push_back(pool);
        if (!surplus.aff.empty() || !surplus.neg.empty()) unfilled.push_back(std::move(surplus));
    }
    if (!unfilled.empty()) return message("diag.draw.sided_unfilled");
    sort_descending(resolved);
    brackets = std::move(resolved);
    return std::nullopt;
}

std::optional<Message> intermediate2(std::vector<SidedBracket>& brackets) {
    std::vector<SidedBracket> resolved;
    std::vector<SidedBracket> unfilled;                  // keyed by the points of their origin
    std::map<double, std::vector<SidedBracket>> parts;  // filled parts per origin
    for (SidedBracket& pool : brackets) {
        std::vector<SidedBracket> still_unfilled;
        for (SidedBracket& u : unfilled) {
            std::vector<SidedBracket>& filled = parts[u.points];
            SidedBracket part{0, {}, {}};
            if (!u.aff.empty()) {
                size_t n = std::min(u.aff.size(), pool.neg.size());
                take_top(u.aff, part.aff, n);
                take_top(pool.neg, part.neg, n);
            } else {
                size_t n = std::min(u.neg.size(), pool.aff.size());
                take_top(pool.aff, part.aff, n);
                take_top(u.neg, part.neg, n);
            }
            filled.push_back(std::move(part));
            if (u.aff.empty() && u.neg.empty()) {
                double m = static_cast<double>(filled.size());
                for (size_t k = 1; k <= filled.size(); ++k) {
                    filled[k - 1].points = u.points - static_cast<double>(k) / (m + 1);
                    resolved.push_back(std::move(filled[k - 1]));
                }
            } else {
                still_unfilled.push_back(std::move(u));
            }
        }
        unfilled = std::move(still_unfilled);
        SidedBracket surplus = split_surplus(pool, pool.points);
        resolved.push_back(pool);
        if (!surplus.aff.empty() || !surplus.neg.empty()) unfilled.push_back(std::move(surplus));
    }
    if (!unfilled.empty()) return message("diag.draw.sided_unfilled");
    sort_descending(resolved);
    brackets = std::move(resolved);
    return std::nullopt;
}

}  // namespace

std::optional<Message> resolve_sided_brackets(std::vector<SidedBracket>& brackets, const Options& o, Rng& rng,
                                   TeamFlags& flags) {
    if (o.odd_bracket == OddBracket::intermediate1) return intermediate1(brackets);
    if (o.odd_bracket == OddBracket::intermediate2) return intermediate2(brackets);
    return pull_up(brackets, o, rng, flags);
}

}  // namespace tab::compat

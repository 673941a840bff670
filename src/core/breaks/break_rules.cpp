// Institution caps and the cut-off.
//
// The AIDA rules (Tabbycat's breakqual/aida.py, tabbycat.md §5.3) limit how many teams of one
// institution break:
//   aida-1996            drop every team ranked 4th or lower within its institution.
//   aida-2016-australs   let W be the wins of the n-th team and drop the teams below W; the
//                        "natural cut-off" is the rank of the n-th team left. A team is capped
//                        if it is not its institution's best and ranks below the cut-off, or if
//                        it is its institution's 4th or lower. If fewer than n teams are left,
//                        capped teams come back in standings order, a whole tie at a time.
//   aida-2016-easters    the same, but teams capped only for falling below the cut-off (within
//                        the cap) come back first.
//   aida-2019-australs-open  Australs 2016 with the cap 3 + floor(max(0, n - 16) / 8).
// Example (n = 4, aida-2016-australs): A1 A2 B1 A3 C1 C2 with 4 wins, 3, 3, 3, 2, 2: W = 3, the
// cut-off is A3's rank 4, A2 and A3 rank inside it and A3 is within the cap, so nobody is capped;
// with n = 3 the cut-off is rank 3 and A3 (rank 4, not A's best) is capped.
//
// The cut then takes the first n teams left. A team tied on rank with the n-th either breaks too
// (tie_at_cutoff = "include", Tabbycat's standard rule: the break grows) or is separated by the
// next metrics and, if still tied, by the lot already drawn from the seed in the standings order.
#include "break_rules.hpp"

#include <algorithm>

namespace tab::breaks {

int institution_cap(BreakRule rule, int size) {
    if (rule == BreakRule::aida_2019_australs_open) return 3 + std::max(0, size - 16) / 8;
    return 3;
}

namespace {

// Moves capped teams back, whole ties at a time, until `size` remain or the pool runs out.
void reinsert(const std::vector<Candidate>& c, const std::vector<int>& pool, int size, std::vector<int>& kept,
              std::vector<int>& capped) {
    int missing = size - static_cast<int>(kept.size());
    if (missing <= 0) return;
    std::vector<int> back;
    for (size_t i = 0; i < pool.size(); ++i) {
        back.push_back(pool[i]);
        bool tie_continues = i + 1 < pool.size() && c[pool[i + 1]].fine_rank == c[pool[i]].fine_rank;
        if (static_cast<int>(back.size()) >= missing && !tie_continues) break;
    }
    for (int b : back) {
        capped.erase(std::find(capped.begin(), capped.end(), b));
        kept.push_back(b);
    }
    std::sort(kept.begin(), kept.end());
}

CapResult cap_2016(BreakRule rule, int size, const std::vector<Candidate>& c) {
    CapResult out;
    const int n = static_cast<int>(c.size());
    if (n < size) {
        for (int i = 0; i < n; ++i) out.remaining.push_back(i);
        return out;
    }
    double min_wins = c[size - 1].wins;
    std::vector<int> kept;
    for (int i = 0; i < n; ++i)
        if (c[i].wins >= min_wins) kept.push_back(i);
    int cutoff = c[kept[size - 1]].rank;
    int cap = institution_cap(rule, size);
    std::vector<int> still;
    for (int i : kept) {
        int ir = c[i].institution_rank;
        bool over = ir > 0 && ((ir > 1 && c[i].rank > cutoff) || ir > cap);
        (over ? out.capped : still).push_back(i);
    }
    if (rule == BreakRule::aida_2016_easters) {
        std::vector<int> post_cutoff;
        for (int i : out.capped)
            if (c[i].institution_rank <= cap) post_cutoff.push_back(i);
        reinsert(c, post_cutoff, size, still, out.capped);
    }
    std::vector<int> pool = out.capped;
    reinsert(c, pool, size, still, out.capped);
    out.remaining = still;
    return out;
}

}  // namespace

CapResult apply_cap(BreakRule rule, int size, const std::vector<Candidate>& c) {
    CapResult out;
    if (rule == BreakRule::aida_1996) {
        for (int i = 0; i < static_cast<int>(c.size()); ++i)
            (c[i].institution_rank > 3 ? out.capped : out.remaining).push_back(i);
        return out;
    }
    if (rule != BreakRule::standard) return cap_2016(rule, size, c);
    for (int i = 0; i < static_cast<int>(c.size()); ++i) out.remaining.push_back(i);
    return out;
}

Cut cut_at_size(const std::vector<Candidate>& c, const std::vector<int>& remaining, int size, bool include_ties) {
    Cut out;
    const int n = static_cast<int>(remaining.size());
    for (int k = 0; k < std::min(size, n); ++k) out.breaking.push_back(remaining[k]);
    if (n <= size || size <= 0) return out;
    const Candidate& last = c[remaining[size - 1]];
    for (int k = size; k < n && c[remaining[k]].rank == last.rank; ++k) {
        int i = remaining[k];
        if (include_ties) {
            out.breaking.push_back(i);
            continue;
        }
        out.tie_losers.push_back(i);
        if (c[i].fine_rank == last.fine_rank) out.by_lot.push_back(i);
    }
    return out;
}

}  // namespace tab::breaks

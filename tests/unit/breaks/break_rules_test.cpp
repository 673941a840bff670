// Institution caps and the cut-off on constructed fields where each AIDA rule bites.
#include <doctest/doctest.h>

#include "breaks/break_rules.hpp"

namespace {

using tab::breaks::Candidate;

// Teams named by institution letter and rank within it ("A2"), one rank each, in this order.
std::vector<Candidate> field(const std::vector<std::string>& names, const std::vector<double>& wins) {
    std::vector<Candidate> out;
    for (size_t i = 0; i < names.size(); ++i) {
        int rank = static_cast<int>(i) + 1;
        out.push_back({rank, rank, rank, names[i][1] - '0', wins[i]});
    }
    return out;
}

std::vector<int> teams(const std::vector<Candidate>& c, const std::vector<int>& idx) {
    std::vector<int> out;
    for (int i : idx) out.push_back(c[i].team);
    return out;
}

}  // namespace

TEST_CASE("break rules: the cap of aida-2019-australs-open grows by one per 8 teams over 16") {
    CHECK(tab::breaks::institution_cap(tab::BreakRule::aida_2019_australs_open, 8) == 3);
    CHECK(tab::breaks::institution_cap(tab::BreakRule::aida_2019_australs_open, 16) == 3);
    CHECK(tab::breaks::institution_cap(tab::BreakRule::aida_2019_australs_open, 24) == 4);
    CHECK(tab::breaks::institution_cap(tab::BreakRule::aida_2019_australs_open, 32) == 5);
    CHECK(tab::breaks::institution_cap(tab::BreakRule::aida_2016_australs, 32) == 3);
}

TEST_CASE("break rules: standard caps nobody, aida-1996 caps an institution's fourth team") {
    std::vector<Candidate> c = field({"A1", "A2", "A3", "A4", "B1"}, {3, 3, 3, 3, 2});
    CHECK(tab::breaks::apply_cap(tab::BreakRule::standard, 4, c).capped.empty());
    tab::breaks::CapResult r = tab::breaks::apply_cap(tab::BreakRule::aida_1996, 4, c);
    CHECK(teams(c, r.capped) == std::vector<int>{4});
    CHECK(teams(c, r.remaining) == std::vector<int>{1, 2, 3, 5});
}

TEST_CASE("break rules: aida-2016-australs caps a second team below the natural cut-off") {
    // A1 A2 B1 A3 C1 C2 with 4, 3, 3, 3, 2, 2 wins (the example at the top of break_rules.cpp).
    std::vector<Candidate> c = field({"A1", "A2", "B1", "A3", "C1", "C2"}, {4, 3, 3, 3, 2, 2});
    CHECK(tab::breaks::apply_cap(tab::BreakRule::aida_2016_australs, 4, c).capped.empty());
    tab::breaks::CapResult r = tab::breaks::apply_cap(tab::BreakRule::aida_2016_australs, 3, c);
    CHECK(teams(c, r.capped) == std::vector<int>{4});
    // C1 and C2 have fewer wins than the third team: out of contention, not capped.
    CHECK(teams(c, r.remaining) == std::vector<int>{1, 2, 3});
}

TEST_CASE("break rules: Australs and Easters reinsert different capped teams when too few remain") {
    // n = 5: A4 is capped by the cap of 3, B2 for falling below the cut-off; 4 teams remain.
    std::vector<Candidate> c = field({"A1", "A2", "A3", "A4", "B1", "B2"}, {3, 3, 3, 3, 3, 3});
    tab::breaks::CapResult australs = tab::breaks::apply_cap(tab::BreakRule::aida_2016_australs, 5, c);
    CHECK(teams(c, australs.capped) == std::vector<int>{6});
    CHECK(teams(c, australs.remaining) == std::vector<int>{1, 2, 3, 4, 5});
    tab::breaks::CapResult easters = tab::breaks::apply_cap(tab::BreakRule::aida_2016_easters, 5, c);
    CHECK(teams(c, easters.capped) == std::vector<int>{4});
    CHECK(teams(c, easters.remaining) == std::vector<int>{1, 2, 3, 5, 6});
}

TEST_CASE("break rules: aida-2019-australs-open lets a fourth team break in a break of 24") {
    std::vector<std::string> names = {"A1", "A2", "A3", "A4"};
    for (int i = 0; i < 24; ++i) names.push_back(std::string(1, static_cast<char>('B' + i)) + "1");
    std::vector<Candidate> c = field(names, std::vector<double>(names.size(), 3));
    CHECK(tab::breaks::apply_cap(tab::BreakRule::aida_2019_australs_open, 24, c).capped.empty());
    CHECK(teams(c, tab::breaks::apply_cap(tab::BreakRule::aida_2016_australs, 24, c).capped) == std::vector<int>{4});
}

TEST_CASE("break rules: a tie at the cut-off is resolved by the tie metrics, then by lot, or included") {
    // Ranks 1 2 3 3 3 5: the third to fifth teams are tied on the precedence; the fourth is level
    // with the third on the tie metrics too (fine rank 3), the fifth is behind (fine rank 5).
    std::vector<Candidate> c = {{1, 1, 1, 0, 4}, {2, 2, 2, 0, 3}, {3, 3, 3, 0, 2}, {4, 3, 3, 0, 2}, {5, 3, 5, 0, 2},
                                {6, 6, 6, 0, 1}};
    std::vector<int> all = {0, 1, 2, 3, 4, 5};
    tab::breaks::Cut resolved = tab::breaks::cut_at_size(c, all, 3, false);
    CHECK(resolved.breaking == std::vector<int>{0, 1, 2});
    CHECK(resolved.tie_losers == std::vector<int>{3, 4});
    CHECK(resolved.by_lot == std::vector<int>{3});
    tab::breaks::Cut included = tab::breaks::cut_at_size(c, all, 3, true);
    CHECK(included.breaking == std::vector<int>{0, 1, 2, 3, 4});
    CHECK(included.tie_losers.empty());
}

// The enumerated values of tournament.toml and of `tab draw --state`: each enum is parsed once,
// when the file is loaded, and spelled by its codes (codes_of<E>(), the stable external names,
// listed in the order people read them; the setting specs take their choices from here).
#pragma once

#include "tab/base/codes.hpp"

namespace tab {

// A round's draw (rounds' `draw`, `--state` "method").
enum class DrawMethod { power, tabbycat, random, seeded, round_robin, manual, elimination };
bool is_two_team_generator(DrawMethod m);  // power, tabbycat, random, seeded, round-robin

// [draw], two-team methods.
enum class OddBracket {
    pullup_top, pullup_bottom, pullup_middle, pullup_random,
    intermediate, intermediate_bubble_up_down, intermediate1, intermediate2,
};
enum class PairingMethod { slide, fold, adjacent, random, fold_top_adjacent_rest };
enum class AvoidConflicts { one_up_one_down, off };
enum class PullupRestriction { none, least_to_date, lowest_ds_wins, lowest_ds_speaks };
// [draw] side_allocations and [format] side_allocation (alternate: the format's only).
enum class SideAllocation { balance, random, alternate, preallocated, none };
enum class ByeResult { win, none };
enum class ByeSelection { lowest, random };

// [draw], British Parliamentary.
enum class BpPullup { anywhere, one_room };
enum class PositionCostKind { entropy, variance, simple };
enum class AssignmentMethod { hungarian_preshuffled, hungarian };

// [break] and [[break_categories]].
enum class TieAtCutoff { resolve, include };
enum class EliminationSides { random, side_lock };
enum class BreakRule { standard, aida_1996, aida_2016_australs, aida_2016_easters, aida_2019_australs_open };
enum class ThirdPlace { none, debate, shared };

// [standings] tiebreak.
enum class Tiebreak { random, name, institution };

// [ballots] winners: how a two-team sheet's winner follows from its totals and declaration.
enum class WinRule {
    high_points,   // the higher total wins; equal totals are invalid (a declared winner must agree)
    tied_points,   // the declared winner must have at least the other total
    low_points,    // the declared winner wins whatever the totals
    result_only,   // no scores: the declared winner wins (not a setting: sheets without scores)
};

template <> std::span<const Code<DrawMethod>> codes_of<DrawMethod>();
template <> std::span<const Code<OddBracket>> codes_of<OddBracket>();
template <> std::span<const Code<PairingMethod>> codes_of<PairingMethod>();
template <> std::span<const Code<AvoidConflicts>> codes_of<AvoidConflicts>();
template <> std::span<const Code<PullupRestriction>> codes_of<PullupRestriction>();
template <> std::span<const Code<SideAllocation>> codes_of<SideAllocation>();
template <> std::span<const Code<ByeResult>> codes_of<ByeResult>();
template <> std::span<const Code<ByeSelection>> codes_of<ByeSelection>();
template <> std::span<const Code<BpPullup>> codes_of<BpPullup>();
template <> std::span<const Code<PositionCostKind>> codes_of<PositionCostKind>();
template <> std::span<const Code<AssignmentMethod>> codes_of<AssignmentMethod>();
template <> std::span<const Code<TieAtCutoff>> codes_of<TieAtCutoff>();
template <> std::span<const Code<EliminationSides>> codes_of<EliminationSides>();
template <> std::span<const Code<BreakRule>> codes_of<BreakRule>();
template <> std::span<const Code<ThirdPlace>> codes_of<ThirdPlace>();
template <> std::span<const Code<Tiebreak>> codes_of<Tiebreak>();
template <> std::span<const Code<WinRule>> codes_of<WinRule>();

}  // namespace tab

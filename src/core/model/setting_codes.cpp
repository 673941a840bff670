#include "tab/model/setting_codes.hpp"

#include <array>

namespace tab {

// One table per enum; the span it returns outlives every caller (a constant, not state).
#define TAB_CODES(E, ...)                                                  \
    template <>                                                            \
    std::span<const Code<E>> codes_of<E>() {                               \
        static constexpr Code<E> table[] = {__VA_ARGS__};                  \
        return table;                                                      \
    }

using D = DrawMethod;
TAB_CODES(DrawMethod, {D::power, "power"}, {D::tabbycat, "tabbycat"}, {D::random, "random"}, {D::seeded, "seeded"},
          {D::round_robin, "round-robin"}, {D::manual, "manual"}, {D::elimination, "elimination"})

bool is_two_team_generator(DrawMethod m) { return m != DrawMethod::manual && m != DrawMethod::elimination; }

using O = OddBracket;
TAB_CODES(OddBracket, {O::pullup_top, "pullup_top"}, {O::pullup_bottom, "pullup_bottom"},
          {O::pullup_middle, "pullup_middle"}, {O::pullup_random, "pullup_random"}, {O::intermediate, "intermediate"},
          {O::intermediate_bubble_up_down, "intermediate_bubble_up_down"}, {O::intermediate1, "intermediate1"},
          {O::intermediate2, "intermediate2"})

using P = PairingMethod;
TAB_CODES(PairingMethod, {P::slide, "slide"}, {P::fold, "fold"}, {P::adjacent, "adjacent"}, {P::random, "random"},
          {P::fold_top_adjacent_rest, "fold_top_adjacent_rest"})

TAB_CODES(AvoidConflicts, {AvoidConflicts::one_up_one_down, "one_up_one_down"}, {AvoidConflicts::off, "off"})

using R = PullupRestriction;
TAB_CODES(PullupRestriction, {R::none, "none"}, {R::least_to_date, "least_to_date"},
          {R::lowest_ds_wins, "lowest_ds_wins"}, {R::lowest_ds_speaks, "lowest_ds_speaks"})

using S = SideAllocation;
TAB_CODES(SideAllocation, {S::balance, "balance"}, {S::random, "random"}, {S::alternate, "alternate"},
          {S::preallocated, "preallocated"}, {S::none, "none"})

TAB_CODES(ByeResult, {ByeResult::win, "win"}, {ByeResult::none, "none"})
TAB_CODES(ByeSelection, {ByeSelection::lowest, "lowest"}, {ByeSelection::random, "random"})
TAB_CODES(BpPullup, {BpPullup::anywhere, "anywhere"}, {BpPullup::one_room, "one_room"})
TAB_CODES(PositionCostKind, {PositionCostKind::entropy, "entropy"}, {PositionCostKind::variance, "variance"},
          {PositionCostKind::simple, "simple"})
TAB_CODES(AssignmentMethod, {AssignmentMethod::hungarian_preshuffled, "hungarian_preshuffled"},
          {AssignmentMethod::hungarian, "hungarian"})
TAB_CODES(TieAtCutoff, {TieAtCutoff::resolve, "resolve"}, {TieAtCutoff::include, "include"})
TAB_CODES(EliminationSides, {EliminationSides::random, "random"}, {EliminationSides::side_lock, "side-lock"})

using B = BreakRule;
TAB_CODES(BreakRule, {B::standard, "standard"}, {B::aida_1996, "aida-1996"}, {B::aida_2016_australs, "aida-2016-australs"},
          {B::aida_2016_easters, "aida-2016-easters"}, {B::aida_2019_australs_open, "aida-2019-australs-open"})

TAB_CODES(ThirdPlace, {ThirdPlace::none, "none"}, {ThirdPlace::debate, "debate"}, {ThirdPlace::shared, "shared"})
TAB_CODES(Tiebreak, {Tiebreak::random, "random"}, {Tiebreak::name, "name"}, {Tiebreak::institution, "institution"})
TAB_CODES(WinRule, {WinRule::high_points, "high-points"}, {WinRule::tied_points, "tied-points"},
          {WinRule::low_points, "low-points"}, {WinRule::result_only, "result-only"})

#undef TAB_CODES

}  // namespace tab

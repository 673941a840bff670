// Every key a tournament.toml table may hold beyond the core ones, grouped by the subsystem that
// reads it, with its default. The loader rejects keys not listed here; `tab init` and
// docs/formats.md show them (the help says what a key does; the default is added from the spec).
#include "tab/model/setting_codes.hpp"
#include "tab/model/settings.hpp"

namespace tab {

const std::vector<SettingSpec>& setting_specs() {
    using T = SettingType;
    using V = SettingValue;
    using L = std::vector<std::string>;
    using R = SettingRange;
    const std::optional<SettingValue> varies;  // the default depends on the format or other keys
    // Weights of the draw's and the allocation's costs are at most 10^12 (the default cost of a
    // broken hard constraint): with every count a room can have, a room's cost stays far below
    // 2^63, and the cost functions saturate beyond that (docs/formats.md "Draw settings").
    const R weights{0, 1e12};
    const R penalties{0, 1e9};  // tabbycat and BP penalties, multiplied by 1000 inside the BP draw
    const R sizes{0, 1000};     // adjudicators per room, a side imbalance
    const R counts{0, 1e6};     // how many are named
    static const std::vector<SettingSpec> specs = {
        // Keys of a [[rounds]] entry beyond id, name, stage, draw, motions, break_category, weight, silent.
        {"round", "seed", T::integer, "seed for this round's draw", {}, varies, "derived from the tournament seed"},
        {"round", "panel_size", T::integer, "voting adjudicators per room in this round", {}, varies, "[allocation] panel_size", sizes},
        // [draw]
        {"draw", "method", T::string, "default draw method for power-paired prelims",
         code_texts({DrawMethod::power, DrawMethod::tabbycat, DrawMethod::random, DrawMethod::seeded, DrawMethod::round_robin}),
         V{std::string("power")}, ""},
        // [allocation]
        {"allocation", "auto", T::boolean, "tab draw also allocates adjudicators and venues", {}, V{false}, ""},
        {"allocation", "panel_size", T::integer, "voting adjudicators per room: 1 (solo), 3, 5, ...; 0 = every voter, spread evenly", {}, varies, "3; 0 with consensus ballots (BP); elimination rounds 7/5/3 by rooms", sizes},
        {"allocation", "history_penalty", T::integer, "cost of an adjudicator judging a team again, per earlier time", {}, V{int64_t{100000}}, "", weights},
        {"allocation", "strength_weight", T::integer, "multiplies the cost that sends strong adjudicators to important rooms", {}, V{int64_t{1}}, "", weights},
        {"allocation", "trainee_weight", T::integer, "multiplies the cost of a trainee under a weak chair", {}, V{int64_t{1}}, "", weights},
        {"allocation", "feedback_weight", T::number, "share of the mean of feedback.csv in an adjudicator's strength: 0..1", {}, V{0.0}, "(base score only)", R{0, 1}},
        // [draw], two-team methods (src/core/draw; docs/formats.md "Draw settings")
        {"draw", "odd_bracket", T::string, "tabbycat method: odd-bracket resolution", code_texts<OddBracket>(), V{std::string("intermediate_bubble_up_down")}, "(preallocated sides: intermediate1)"},
        {"draw", "pairing_method", T::string, "in-bracket pairing rule for power and tabbycat", code_texts<PairingMethod>(), V{std::string("slide")}, "(tabbycat with preallocated sides: fold)"},
        {"draw", "avoid_conflicts", T::string, "tabbycat method: conflict avoidance", code_texts<AvoidConflicts>(), V{std::string("one_up_one_down")}, "(preallocated sides: off)"},
        {"draw", "pullup_restriction", T::string, "tabbycat method: who may be pulled up", code_texts<PullupRestriction>(), V{std::string("none")}, ""},
        {"draw", "side_allocations", T::string, "sides: balance by history, random, or preallocated",
         code_texts({SideAllocation::balance, SideAllocation::random, SideAllocation::preallocated, SideAllocation::none}), varies, "the format's"},
        {"draw", "avoid_history", T::boolean, "tabbycat method: one-up-one-down avoids rematches", {}, V{true}, ""},
        {"draw", "avoid_institution", T::boolean, "tabbycat method: one-up-one-down avoids same-institution rooms", {}, V{true}, ""},
        {"draw", "history_penalty", T::number, "tabbycat method: badness of a past meeting; BP: per earlier meeting in a room (0 = off)", {}, varies, "tabbycat 1000; BP 1", penalties},
        {"draw", "institution_penalty", T::number, "tabbycat method: badness of a same-institution room; BP: per same-institution pair in a room (0 = off)", {}, varies, "tabbycat 1; BP 1", penalties},
        {"draw", "bye_result", T::string, "how a bye scores: win (a win and its point, no speaks) or none", code_texts<ByeResult>(), V{std::string("win")}, ""},
        {"draw", "bye_selection", T::string, "odd two-team field: bye to the lowest-ranked team with fewest byes, or random", code_texts<ByeSelection>(), V{std::string("lowest")}, ""},
        {"draw", "no_rematch", T::boolean, "power method: a rematch is a hard constraint", {}, varies, "true for wsdc, else false"},
        {"draw", "max_side_imbalance", T::integer, "power method: hard limit on |gov - opp| after the round; 0 = none", {}, varies, "the format's", sizes},
        // The weights' defaults put, per room, a hard constraint above any rematch, a rematch above
        // any pull-up, a pull-up above an institution clash, a clash above side imbalance, side
        // imbalance above the in-bracket rule.
        {"draw", "weight_hard", T::integer, "power method: cost of breaking a hard constraint", {}, V{int64_t{1'000'000'000'000}}, "", weights},
        {"draw", "weight_rematch", T::integer, "power method: cost per past meeting", {}, V{int64_t{1'000'000'000}}, "", weights},
        {"draw", "weight_pullup", T::integer, "power method: cost per squared bracket distance", {}, V{int64_t{1'000'000}}, "", weights},
        {"draw", "weight_pullup_history", T::integer, "power method: cost per earlier pull-up of the team pulled up", {}, V{int64_t{100'000}}, "", weights},
        {"draw", "weight_institution", T::integer, "power method: cost of a same-institution room", {}, V{int64_t{10'000}}, "", weights},
        {"draw", "weight_side", T::integer, "power method: cost per unit of side imbalance beyond 1", {}, V{int64_t{100}}, "", weights},
        {"draw", "weight_pairing", T::integer, "power method: cost per unit of deviation from pairing_method", {}, V{int64_t{1}}, "", weights},
        // [draw] for British Parliamentary (bp_draw.hpp); history_penalty and institution_penalty also apply, default 1 in BP.
        {"draw", "pullup", T::string, "BP: pull-ups anywhere in the bracket above (WUDC) or all in one room", code_texts<BpPullup>(), V{std::string("anywhere")}, ""},
        {"draw", "position_cost", T::string, "BP: position cost function", code_texts<PositionCostKind>(), V{std::string("entropy")}, ""},
        {"draw", "renyi_order", T::number, "BP: order α of the Rényi entropy, >= 0", {}, V{1.0}, "(Shannon)", R{0, 1e6}},
        {"draw", "exponent", T::number, "BP: position costs are raised to this power", {}, V{4.0}, "", R{0, 8}},
        {"draw", "assignment_method", T::string, "BP: break ties among optimal draws at random, or not", code_texts<AssignmentMethod>(), V{std::string("hungarian_preshuffled")}, ""},
        {"draw", "avoid_repeat_pullups", T::boolean, "BP: pull up a team pulled up before only when no other choice exists", {}, V{false}, ""},
        {"draw", "swing_teams", T::boolean, "add swing teams when the teams do not fill the rooms (BP: a multiple of 4, else refuse; two-team: an even count, else a bye)", {}, V{false}, ""},
        // [break]
        {"break", "tie_at_cutoff", T::string, "teams tied with the last breaking team: resolve (next metric, then lot) or include (all break)", code_texts<TieAtCutoff>(), V{std::string("resolve")}, ""},
        {"break", "tie_metrics", T::string_list, "metrics that separate teams tied at the cut-off", {}, varies, "the standings' extra metrics"},
        {"break", "elimination_sides", T::string, "sides in elimination rounds: random (from the seed) or side-lock (opposite to a prelim meeting)", code_texts<EliminationSides>(), V{std::string("random")}, ""},
        // [awards]
        {"awards", "top_speakers", T::integer, "how many best speakers are named, overall and per speaker category", {}, V{int64_t{10}}, "", counts},
        {"awards", "top_adjudicators", T::integer, "how many best adjudicators are named from adjudicator_scores.csv", {}, V{int64_t{1}}, "", counts},
        // [publish] (tab publish)
        {"publish", "results_released", T::string_list, "round ids whose results the website shows (a round still missing results stays pending)", {}, varies, "every round that is not silent (silent ones once the tournament is over)"},
        // [certificates] (tab certificates; the signature lines are [[certificates.signatures]] entries)
        {"certificates", "logo", T::string, "picture printed at the top: a PNG, JPEG or SVG file in the tournament directory", {}, varies, "none"},
        {"certificates", "organiser", T::string, "organiser line printed under the tournament's name", {}, varies, "none"},
        {"certificates", "place", T::string, "place printed with the date", {}, varies, "the tournament's location"},
        // [standings] (standings.cpp)
        {"standings", "team_precedence", T::string_list, "team ranking metrics in order", {}, varies, "the format's"},
        {"standings", "team_extras", T::string_list, "team metrics shown but not ranked", {}, V{L{}}, ""},
        {"standings", "speaker_precedence", T::string_list, "speaker ranking metrics in order", {}, varies, "the format's"},
        {"standings", "speaker_extras", T::string_list, "speaker metrics shown but not ranked", {}, V{L{"average", "stdev", "count"}}, ""},
        {"standings", "missed_debates", T::integer, "speakers with more missed speeches than this are listed unranked", {}, V{int64_t{-1}}, "(no limit)", R{-1, 1000}},
        {"standings", "missed_replies", T::integer, "the same for the reply tab", {}, V{int64_t{-1}}, "(no limit)", R{-1, 1000}},
        {"standings", "tiebreak", T::string, "order among tied entries: random (from the seed), name, or institution then random", code_texts<Tiebreak>(), V{std::string("random")}, ""},
        // [ballots] (ballot_checks.cpp)
        {"ballots", "winners", T::string, "two-team win rule",
         code_texts({WinRule::high_points, WinRule::tied_points, WinRule::low_points}), varies, "low-points if the format allows low-point wins, else high-points"},
        {"ballots", "require_substantive_for_reply", T::boolean, "the reply speaker must have given a substantive speech", {}, V{true}, ""},
    };
    return specs;
}

}  // namespace tab

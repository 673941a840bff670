// Every key a tournament.toml table may hold beyond the core ones, grouped by the subsystem that
// reads it. The loader rejects keys not listed here; `tab init` and docs/formats.md show them.
#include "tab/base/settings.hpp"

namespace tab {

const std::vector<SettingSpec>& setting_specs() {
    using T = SettingType;
    static const std::vector<SettingSpec> specs = {
        // Keys of a [[rounds]] entry beyond id, name, stage, draw, motions, break_category, weight, silent.
        {"round", "seed", T::integer, "seed for this round's draw (default: derived from the tournament seed)", {}},
        {"round", "panel_size", T::integer, "voting adjudicators per room in this round (overrides [allocation] panel_size)", {}},
        // [draw]
        {"draw", "method", T::string, "default draw method for power-paired prelims", {}},
        // [allocation]
        {"allocation", "auto", T::boolean, "tab draw also allocates adjudicators and venues (default false)", {}},
        {"allocation", "panel_size", T::integer, "voting adjudicators per room: 1 (solo), 3, 5, ...; 0 = every voter, spread evenly (default 3; BP 0)", {}},
        {"allocation", "history_penalty", T::integer, "cost of an adjudicator judging a team again, per earlier time (default 100000)", {}},
        {"allocation", "strength_weight", T::integer, "multiplies the cost that sends strong adjudicators to important rooms (default 1)", {}},
        {"allocation", "trainee_weight", T::integer, "multiplies the cost of a trainee under a weak chair (default 1)", {}},
        {"allocation", "feedback_weight", T::number, "share of the mean of feedback.csv in an adjudicator's strength: 0..1 (default 0 = base score only)", {}},
        // [draw], two-team methods (src/core/draw; docs/formats.md "Draw settings")
        {"draw", "odd_bracket", T::string, "tabbycat method: odd-bracket resolution (default intermediate_bubble_up_down)", {"pullup_top", "pullup_bottom", "pullup_middle", "pullup_random", "intermediate", "intermediate_bubble_up_down", "intermediate1", "intermediate2"}},
        {"draw", "pairing_method", T::string, "in-bracket pairing rule for power and tabbycat (default slide)", {"slide", "fold", "adjacent", "random", "fold_top_adjacent_rest"}},
        {"draw", "avoid_conflicts", T::string, "tabbycat method: conflict avoidance (default one_up_one_down)", {"one_up_one_down", "off"}},
        {"draw", "pullup_restriction", T::string, "tabbycat method: who may be pulled up (default none)", {"none", "least_to_date", "lowest_ds_wins", "lowest_ds_speaks"}},
        {"draw", "side_allocations", T::string, "sides: balance by history, random, or preallocated (default: the format's)", {"balance", "random", "preallocated", "none"}},
        {"draw", "avoid_history", T::boolean, "tabbycat method: one-up-one-down avoids rematches (default true)", {}},
        {"draw", "avoid_institution", T::boolean, "tabbycat method: one-up-one-down avoids same-institution rooms (default true)", {}},
        {"draw", "history_penalty", T::number, "tabbycat method: badness of a past meeting (default 1000); BP: per earlier meeting in a room (default 0 = off)", {}},
        {"draw", "institution_penalty", T::number, "tabbycat method: badness of a same-institution room (default 1); BP: per same-institution pair in a room (default 0 = off)", {}},
        {"draw", "bye_result", T::string, "how a bye scores: win (a win and its point, no speaks; default) or none", {"win", "none"}},
        {"draw", "bye_selection", T::string, "odd two-team field: bye to the lowest-ranked team with fewest byes, or random (default lowest)", {"lowest", "random"}},
        {"draw", "no_rematch", T::boolean, "power method: a rematch is a hard constraint (default true for wsdc)", {}},
        {"draw", "max_side_imbalance", T::integer, "power method: hard limit on |gov - opp| after the round; 0 = none (default: the format's)", {}},
        {"draw", "weight_hard", T::integer, "power method: cost of breaking a hard constraint (default 10^12)", {}},
        {"draw", "weight_rematch", T::integer, "power method: cost per past meeting (default 10^9)", {}},
        {"draw", "weight_pullup", T::integer, "power method: cost per squared bracket distance (default 10^6)", {}},
        {"draw", "weight_pullup_history", T::integer, "power method: cost per earlier pull-up of the team pulled up (default 10^5)", {}},
        {"draw", "weight_institution", T::integer, "power method: cost of a same-institution room (default 10^4)", {}},
        {"draw", "weight_side", T::integer, "power method: cost per unit of side imbalance beyond 1 (default 100)", {}},
        {"draw", "weight_pairing", T::integer, "power method: cost per unit of deviation from pairing_method (default 1)", {}},
        // [draw] for British Parliamentary (bp_draw.hpp); history_penalty and institution_penalty also apply, default 0 in BP.
        {"draw", "pullup", T::string, "BP: pull-ups anywhere in the bracket above (WUDC) or all in one room (default anywhere)", {"anywhere", "one_room"}},
        {"draw", "position_cost", T::string, "BP: position cost function (default entropy)", {"entropy", "variance", "simple"}},
        {"draw", "renyi_order", T::number, "BP: order α of the Rényi entropy, >= 0 (default 1, Shannon)", {}},
        {"draw", "exponent", T::number, "BP: position costs are raised to this power (default 4)", {}},
        {"draw", "assignment_method", T::string, "BP: break ties among optimal draws at random, or not (default hungarian_preshuffled)", {"hungarian_preshuffled", "hungarian"}},
        {"draw", "avoid_repeat_pullups", T::boolean, "BP: pull up a team pulled up before only when no other choice exists (default false)", {}},
        {"draw", "swing_teams", T::boolean, "add swing teams when the teams do not fill the rooms (BP: a multiple of 4, else refuse; two-team: an even count, else a bye) (default false)", {}},
        // [break]
        {"break", "tie_at_cutoff", T::string, "teams tied with the last breaking team: resolve (next metric, then lot) or include (all break)", {"resolve", "include"}},
        {"break", "tie_metrics", T::string_list, "metrics that separate teams tied at the cut-off (default: the standings' extra metrics)", {}},
        {"break", "elimination_sides", T::string, "sides in elimination rounds: random (from the seed) or side-lock (opposite to a prelim meeting)", {"random", "side-lock"}},
        // [awards]
        {"awards", "top_speakers", T::integer, "how many best speakers are named, overall and per speaker category (default 10)", {}},
        {"awards", "top_adjudicators", T::integer, "how many best adjudicators are named from adjudicator_scores.csv (default 1)", {}},
        // [standings] (standings.cpp)
        {"standings", "team_precedence", T::string_list, "team ranking metrics in order (default: the format's)", {}},
        {"standings", "team_extras", T::string_list, "team metrics shown but not ranked (default: none)", {}},
        {"standings", "speaker_precedence", T::string_list, "speaker ranking metrics in order (default: the format's)", {}},
        {"standings", "speaker_extras", T::string_list, "speaker metrics shown but not ranked (default: average, stdev, count)", {}},
        {"standings", "missed_debates", T::integer, "speakers with more missed speeches than this are listed unranked (default -1: no limit)", {}},
        {"standings", "missed_replies", T::integer, "the same for the reply tab (default -1: no limit)", {}},
        {"standings", "tiebreak", T::string, "order among tied entries: random (from the seed), name, or institution then random (default random)", {"random", "name", "institution"}},
        // [ballots] (ballot_checks.cpp)
        {"ballots", "winners", T::string, "two-team win rule (default: low-points if the format allows low-point wins, else high-points)", {"high-points", "tied-points", "low-points"}},
        {"ballots", "require_substantive_for_reply", T::boolean, "the reply speaker must have given a substantive speech (default true)", {}},
    };
    return specs;
}

}  // namespace tab

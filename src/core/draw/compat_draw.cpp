// The compatibility power-pairing method ("tabbycat"): Tabbycat's two-team generator step by
// step (powerpair.py generate()): raw brackets → odd-bracket resolution → pairing within
// brackets → one-up-one-down within each bracket → sides. Room order is Tabbycat's room rank.
// Random choices (pullup_random, random pairing, tied sides) use the round's seed.
#include <algorithm>

#include "compat.hpp"
#include "methods.hpp"
#include "rooms.hpp"

namespace tab::compat {

Options read_options(const Settings& s) {
    Options o;
    if (s.has("side_allocations")) o.side_allocations = s.get<SideAllocation>("side_allocations");
    // With preallocated sides Tabbycat's defaults differ (the specs' notes say so).
    bool preallocated = o.side_allocations == SideAllocation::preallocated;
    auto unless_preallocated = [&](std::string_view key, auto preallocated_default) {
        using E = decltype(preallocated_default);
        return preallocated && !s.has(key) ? preallocated_default : s.get<E>(key);
    };
    o.odd_bracket = unless_preallocated("odd_bracket", OddBracket::intermediate1);
    o.pairing_method = unless_preallocated("pairing_method", PairingMethod::fold);
    o.avoid_conflicts = unless_preallocated("avoid_conflicts", AvoidConflicts::off);
    o.pullup_restriction = s.get<PullupRestriction>("pullup_restriction");
    o.avoid_history = s.get_bool("avoid_history");
    o.avoid_institution = s.get_bool("avoid_institution");
    if (s.has("history_penalty")) o.history_penalty = s.get_number("history_penalty");
    if (s.has("institution_penalty")) o.institution_penalty = s.get_number("institution_penalty");
    return o;
}

// The setting (key = value) that the side allocation does not allow, or "".
std::string invalid_option(const Options& o) {
    using B = OddBracket;
    auto among = [](auto v, std::initializer_list<decltype(v)> allowed) {
        return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
    };
    bool preallocated = o.side_allocations == SideAllocation::preallocated;
    if (preallocated ? !among(o.odd_bracket, {B::pullup_top, B::pullup_bottom, B::pullup_random, B::intermediate1,
                                              B::intermediate2})
                     : among(o.odd_bracket, {B::intermediate1, B::intermediate2}))
        return "odd_bracket = " + std::string(code_text(o.odd_bracket));
    if (preallocated && o.pairing_method == PairingMethod::fold_top_adjacent_rest)
        return "pairing_method = " + std::string(code_text(o.pairing_method));
    return "";
}

std::optional<DrawOutcome> generate(const DrawRequest& req, Diagnostics& diags) {
    Options o = read_options(req.options);
    if (std::string bad = invalid_option(o); !bad.empty()) {
        cannot_draw(req, message("diag.draw.option_value", {{"setting", bad}}), diags);
        return std::nullopt;
    }
    Rng rng(req.seed);
    TeamFlags team_flags;
    std::vector<std::vector<Pairing>> by_bracket;
    bool preallocated = o.side_allocations == SideAllocation::preallocated;
    if (preallocated) {
        for (const TeamState& t : req.teams)
            if (t.allocated_side != 0 && t.allocated_side != 1) {
                cannot_draw(req, message("diag.draw.no_preallocated_side", {{"team", t.id}}), diags);
                return std::nullopt;
            }
        std::vector<SidedBracket> brackets = raw_sided_brackets(req);
        if (std::optional<Message> why = resolve_sided_brackets(brackets, o, rng, team_flags)) {
            cannot_draw(req, *why, diags);
            return std::nullopt;
        }
        by_bracket = pair_sided_brackets(brackets, o.pairing_method, rng);
    } else {
        std::vector<Bracket> brackets = raw_brackets(req);
        if (std::optional<Message> why = resolve_odd_brackets(brackets, req, o, rng, team_flags)) {
            cannot_draw(req, *why, diags);
            return std::nullopt;
        }
        by_bracket = pair_brackets(brackets, o.pairing_method, rng);
    }
    if (o.avoid_conflicts == AvoidConflicts::one_up_one_down)
        for (std::vector<Pairing>& bracket : by_bracket) one_up_one_down(bracket, req, o);

    std::vector<Pairing> pairings;
    for (std::vector<Pairing>& bracket : by_bracket) pairings.insert(pairings.end(), bracket.begin(), bracket.end());
    allocate_sides(pairings, req, o.side_allocations, rng);

    DrawOutcome outcome;
    for (const Pairing& p : pairings) {
        DrawnRoom room;
        room.teams = p.teams;
        room.bracket = p.bracket;
        room.flags = p.flags;
        for (int team : p.teams) {
            bool pulled = false;
            for (const std::string& flag : team_flags[team]) {
                if (flag == "pullup") pulled = true;
                else room.flags.push_back(flag + ":" + req.teams[team].id);
            }
            room.pullups.push_back(pulled);
        }
        annotate_room(req, room);
        outcome.rooms.push_back(std::move(room));
    }
    outcome.quality = summarize_quality(req, outcome);
    return outcome;
}

}  // namespace tab::compat

// The compatibility power-pairing method ("tabbycat"): Tabbycat's two-team generator step by
// step (powerpair.py generate()): raw brackets → odd-bracket resolution → pairing within
// brackets → one-up-one-down within each bracket → sides. Room order is Tabbycat's room rank.
// Random choices (pullup_random, random pairing, tied sides) use the round's seed.
#include <algorithm>

#include "compat.hpp"
#include "rooms.hpp"

namespace tab::compat {

Options read_options(const Settings& s) {
    Options o;
    o.side_allocations = s.get_string("side_allocations", o.side_allocations);
    bool preallocated = o.side_allocations == "preallocated";
    o.odd_bracket = s.get_string("odd_bracket", preallocated ? "intermediate1" : o.odd_bracket);
    o.pairing_method = s.get_string("pairing_method", preallocated ? "fold" : o.pairing_method);
    o.avoid_conflicts = s.get_string("avoid_conflicts", preallocated ? "off" : o.avoid_conflicts);
    o.pullup_restriction = s.get_string("pullup_restriction", o.pullup_restriction);
    o.avoid_history = s.get_bool("avoid_history", o.avoid_history);
    o.avoid_institution = s.get_bool("avoid_institution", o.avoid_institution);
    o.history_penalty = s.get_number("history_penalty", o.history_penalty);
    o.institution_penalty = s.get_number("institution_penalty", o.institution_penalty);
    return o;
}

std::string invalid_option(const Options& o) {
    auto known = [](const std::string& v, std::initializer_list<const char*> choices) {
        return std::any_of(choices.begin(), choices.end(), [&](const char* c) { return v == c; });
    };
    bool preallocated = o.side_allocations == "preallocated";
    if (!known(o.side_allocations, {"balance", "random", "preallocated", "none"}))
        return "side_allocations = " + o.side_allocations;
    if (preallocated ? !known(o.odd_bracket, {"pullup_top", "pullup_bottom", "pullup_random", "intermediate1",
                                              "intermediate2"})
                     : !known(o.odd_bracket, {"pullup_top", "pullup_bottom", "pullup_middle", "pullup_random",
                                              "intermediate", "intermediate_bubble_up_down"}))
        return "odd_bracket = " + o.odd_bracket;
    if (preallocated ? !known(o.pairing_method, {"slide", "fold", "adjacent", "random"})
                     : !known(o.pairing_method, {"slide", "fold", "adjacent", "random", "fold_top_adjacent_rest"}))
        return "pairing_method = " + o.pairing_method;
    if (!known(o.avoid_conflicts, {"one_up_one_down", "off"})) return "avoid_conflicts = " + o.avoid_conflicts;
    if (!known(o.pullup_restriction, {"none", "least_to_date", "lowest_ds_wins", "lowest_ds_speaks"}))
        return "pullup_restriction = " + o.pullup_restriction;
    return "";
}

std::optional<DrawOutcome> generate(const DrawRequest& req, std::string* error) {
    Options o = read_options(req.options);
    if (std::string bad = invalid_option(o); !bad.empty()) {
        *error = "unknown option value " + bad;
        return std::nullopt;
    }
    Rng rng(req.seed);
    TeamFlags team_flags;
    std::vector<std::vector<Pairing>> by_bracket;
    bool preallocated = o.side_allocations == "preallocated";
    if (preallocated) {
        for (const TeamState& t : req.teams)
            if (t.allocated_side != 0 && t.allocated_side != 1) {
                *error = "team " + t.id + " has no preallocated side";
                return std::nullopt;
            }
        std::vector<SidedBracket> brackets = raw_sided_brackets(req);
        *error = resolve_sided_brackets(brackets, o, rng, team_flags);
        if (!error->empty()) return std::nullopt;
        by_bracket = pair_sided_brackets(brackets, o.pairing_method, rng);
    } else {
        std::vector<Bracket> brackets = raw_brackets(req);
        *error = resolve_odd_brackets(brackets, req, o, rng, team_flags);
        if (!error->empty()) return std::nullopt;
        by_bracket = pair_brackets(brackets, o.pairing_method, rng);
    }
    if (o.avoid_conflicts == "one_up_one_down")
        for (std::vector<Pairing>& bracket : by_bracket) one_up_one_down(bracket, req, o);

    std::vector<Pairing> pairings;
    for (std::vector<Pairing>& bracket : by_bracket) pairings.insert(pairings.end(), bracket.begin(), bracket.end());
    allocate_sides(pairings, req, preallocated ? "preallocated" : o.side_allocations, rng);

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

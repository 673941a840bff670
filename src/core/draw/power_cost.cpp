// The cost of a room in the `power` method, term by term.
//
// The draw minimises the sum over rooms of these terms (each a weight × a count):
//   hard            a rematch when no_rematch is set; a side imbalance beyond max_side_imbalance
//                   whichever team takes government; two teams preallocated to the same side.
//   rematch         past meetings of the two teams.
//   pull-up         (bracket distance)²: 1 for teams of adjacent brackets, 4 two brackets
//                   apart. Squaring makes two adjacent pull-ups (cost 2) cheaper than one
//                   pull-up across two brackets (cost 4), so a team is pulled up only from the
//                   next bracket down unless a hard constraint or a rematch forces more.
//   pull-up history how often the lower team (the one pulled up) was pulled up before.
//   institution     the two teams name the same institution.
//   side            Σ max(0, |gov − opp| − 1) after the round, for the better of the two side
//                   orientations: 0 unless both teams need the same side.
//   pairing         Tabbycat's deviation from the in-bracket rule (slide, fold, adjacent), on
//                   the brackets as pullup_top would leave them: walking down, an odd bracket
//                   receives the top team of the next one, which then counts one team fewer. A
//                   pulled-up team takes the last subrank of the bracket it joins, and its own
//                   subrank − 1 is added, so the top of the lower bracket is pulled up first.
// Example (slide, no history): brackets 2:[A B C] 1:[D E F]. Bracket 2 receives D and is paired
// as [A B C D]: A v C and B v D cost 0, A v B costs ||1−2| − 2| = 1; bracket 1 is [E F]: E v F
// costs 0. A v C, B v D (pull-up 10^6), E v F is the unique optimum, Tabbycat's slide draw.
// The weights are [draw] keys weight_hard ... weight_pairing; docs/formats.md lists them.
#include "power_cost.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include "tab/translate/translate.hpp"


namespace tab {

PowerRules read_power_rules(const DrawRequest& req) {
    const Settings& s = req.options;
    PowerRules r;
    PowerWeights& w = r.weights;
    w.hard = s.get_int("weight_hard");
    w.rematch = s.get_int("weight_rematch");
    w.pullup = s.get_int("weight_pullup");
    w.pullup_history = s.get_int("weight_pullup_history");
    w.institution = s.get_int("weight_institution");
    w.side = s.get_int("weight_side");
    w.pairing = s.get_int("weight_pairing");
    r.pairing_method = s.get<PairingMethod>("pairing_method");
    r.rematch_is_hard = s.has("no_rematch") ? s.get_bool("no_rematch") : req.format.preset == "wsdc";
    r.max_side_imbalance = req.max_side_imbalance();
    r.preallocated = req.side_allocation() == SideAllocation::preallocated;
    return r;
}

int64_t pairing_deviation(PairingMethod rule, int size, int s1, int s2, int bracket_index) {
    switch (rule) {
        case PairingMethod::slide: return std::abs(std::abs(s1 - s2) - size / 2);
        case PairingMethod::fold: return std::abs(s1 + s2 - 1 - size);
        case PairingMethod::adjacent: return std::abs(s1 - s2) - 1;
        case PairingMethod::fold_top_adjacent_rest:
            return pairing_deviation(bracket_index == 0 ? PairingMethod::fold : PairingMethod::adjacent, size, s1, s2, 0);
        case PairingMethod::random: return 0;
    }
    return 0;
}

PowerCostModel::PowerCostModel(const DrawRequest& req, PowerRules rules) : req_(req), rules_(std::move(rules)) {
    max_cost_ = (int64_t{1} << 60) / std::max<int64_t>(2, static_cast<int64_t>(req.teams.size()));
    // Names become numbers once, so that cost(), called for many pairs, compares integers.
    std::map<std::string, int> institutions, teams;
    for (size_t i = 0; i < req.teams.size(); ++i) teams.emplace(req.teams[i].id, static_cast<int>(i));
    for (const TeamState& t : req.teams) {
        Facts f;
        int code = static_cast<int>(institutions.size());
        f.institution = t.institution.empty() ? -1 : institutions.emplace(t.institution, code).first->second;
        f.gov_minus_opp = t.side_history.size() >= 2 ? t.side_history[0] - t.side_history[1] : 0;
        f.pullups = t.pullups;
        f.allocated_side = t.allocated_side;
        facts_.push_back(f);
        std::vector<int> met;
        for (const std::string& id : t.opponents)
            if (auto it = teams.find(id); it != teams.end()) met.push_back(it->second);
        std::sort(met.begin(), met.end());
        opponents_.push_back(std::move(met));
    }
    for (size_t i = 0; i < req.teams.size(); ++i) {
        if (i == 0 || req.teams[i].points != req.teams[i - 1].points) bracket_size_.push_back(0);
        bracket_.push_back(static_cast<int>(bracket_size_.size()) - 1);
        subrank_.push_back(++bracket_size_.back());
    }
    bool carry = false;  // the bracket above needs a team from this one
    for (int size : bracket_size_) {
        int gives = carry ? 1 : 0;
        int receives = (size - gives) % 2;
        gives_.push_back(gives);
        paired_size_.push_back(size - gives + receives);
        carry = receives == 1;
    }
}

int PowerCostModel::bracket_distance(int a, int b) const { return std::abs(bracket_[a] - bracket_[b]); }

// |gov − opp| for the team after this round if it takes `side` (side_imbalance_after of rooms.hpp).
int PowerCostModel::imbalance_after(int team, int side) const {
    return std::abs(facts_[team].gov_minus_opp + (side == 0 ? 1 : -1));
}

// Every term is a weight times a count of at least 0, except the pairing deviation, which is
// at least −1 (adjacent, a pulled-up team against the last of the bracket it joins).
std::optional<int64_t> PowerCostModel::cost_floor(int distance) const {
    const PowerWeights& w = rules_.weights;
    for (int64_t weight : {w.hard, w.rematch, w.pullup, w.pullup_history, w.institution, w.side, w.pairing})
        if (weight < 0) return std::nullopt;
    return saturated({{w.pullup, int64_t{distance} * distance}, {w.pairing, -1}});
}

int64_t PowerCostModel::saturated(std::initializer_list<std::pair<int64_t, int64_t>> terms) const {
    int64_t sum = 0;
    for (const auto& [weight, count] : terms) {
        int64_t product = 0;
        if (__builtin_mul_overflow(weight, count, &product)) return (weight < 0) != (count < 0) ? -max_cost_ : max_cost_;
        product = std::clamp(product, -max_cost_, max_cost_);
        sum += product;  // two terms of at most 2^60 each cannot overflow
        sum = std::clamp(sum, -max_cost_, max_cost_);
    }
    return sum;
}

double PowerCostModel::bracket_points(int team) const { return req_.teams[team].points; }

PowerCostModel::Counts PowerCostModel::count(int a, int b) const {
    if (bracket_[a] > bracket_[b] || (bracket_[a] == bracket_[b] && subrank_[a] > subrank_[b])) std::swap(a, b);
    Counts c;
    c.upper = a;
    c.lower = b;
    auto met = [&](int x, int y) {
        auto [from, to] = std::equal_range(opponents_[x].begin(), opponents_[x].end(), y);
        return static_cast<int>(to - from);
    };
    c.met = std::max(met(a, b), met(b, a));
    c.clash = facts_[a].institution >= 0 && facts_[a].institution == facts_[b].institution;
    c.distance = bracket_distance(a, b);
    c.pulled_before = c.distance > 0 ? facts_[b].pullups : 0;

    // Sides: the orientation with fewer hard violations, then less imbalance.
    int side_a = facts_[a].allocated_side, side_b = facts_[b].allocated_side;
    bool fixed = rules_.preallocated && side_a >= 0;
    c.hard_sides = rules_.preallocated && side_a >= 0 && side_a == side_b;
    int best_over = -1;
    for (int a_side = 0; a_side < 2; ++a_side) {
        if (fixed && a_side != side_a) continue;
        int ia = imbalance_after(a, a_side), ib = imbalance_after(b, 1 - a_side);
        int excess = std::max(0, ia - 1) + std::max(0, ib - 1);
        int limit = rules_.max_side_imbalance;
        int over = limit > 0 ? (ia > limit) + (ib > limit) : 0;
        if (best_over < 0 || over < best_over || (over == best_over && excess < c.side_excess)) {
            best_over = over;
            c.side_excess = excess;
        }
    }
    c.hard_sides += best_over > 0;
    c.hard_rematch = rules_.rematch_is_hard && c.met > 0;

    c.deviation = deviation(a, b);
    return c;
}

// The pairing deviation of `upper` against `lower`, the better-ranked team first.
int64_t PowerCostModel::deviation(int upper, int lower) const {
    int k = bracket_[upper];
    int size = paired_size_[k];
    int ra = subrank_[upper] - gives_[k];
    if (bracket_[lower] == k) return pairing_deviation(rules_.pairing_method, size, ra, subrank_[lower] - gives_[k], k);
    return pairing_deviation(rules_.pairing_method, size, ra, size, k) + (subrank_[lower] - 1);
}

// With no negative weight every term is at least 0, so the pull-up and pairing terms alone,
// cheap to count, bound the cost from below.
std::optional<int64_t> PowerCostModel::cost_lower_bound(int a, int b) const {
    if (!cost_floor(0)) return std::nullopt;
    if (bracket_[a] > bracket_[b] || (bracket_[a] == bracket_[b] && subrank_[a] > subrank_[b])) std::swap(a, b);
    int64_t distance = bracket_distance(a, b);
    return saturated({{rules_.weights.pullup, distance * distance}, {rules_.weights.pairing, deviation(a, b)}});
}

int64_t PowerCostModel::cost(int a, int b) const {
    const PowerWeights& w = rules_.weights;
    Counts c = count(a, b);
    return saturated({{w.hard, c.hard_rematch + c.hard_sides},
                      {w.rematch, c.met},
                      {w.pullup, int64_t{c.distance} * c.distance},
                      {w.pullup_history, c.pulled_before},
                      {w.institution, c.clash},
                      {w.side, c.side_excess},
                      {w.pairing, c.deviation}});
}

std::vector<CostTerm> PowerCostModel::terms(int a, int b) const {
    const PowerWeights& w = rules_.weights;
    Counts c = count(a, b);
    const TeamState& upper = req_.teams[c.upper];
    const TeamState& lower = req_.teams[c.lower];
    std::vector<CostTerm> out;
    auto add = [&](const char* name, int64_t weight, int64_t n, Message detail) {
        if (n != 0 && weight != 0) out.push_back({name, weight * n, std::move(detail)});
    };
    add("hard", w.hard, c.hard_rematch, message("draw.cost.hard_rematch"));
    add("hard", w.hard, c.hard_sides, message("draw.cost.hard_sides"));
    add("rematch", w.rematch, c.met,
        message("draw.cost.met", {{"a", upper.id}, {"b", lower.id}, {"n", std::to_string(c.met)}}));
    add("pull-up", w.pullup, static_cast<int64_t>(c.distance) * c.distance,
        message("draw.cost.pulled_brackets", {{"team", lower.id}, {"n", std::to_string(c.distance)}}));
    add("pull-up history", w.pullup_history, c.pulled_before,
        message("draw.cost.pulled_before", {{"team", lower.id}, {"n", std::to_string(c.pulled_before)}}));
    add("institution", w.institution, c.clash, message("draw.cost.both_from", {{"institution", upper.institution}}));
    add("side", w.side, c.side_excess, message("draw.cost.side_excess"));
    add("pairing", w.pairing, c.deviation,
        message("draw.cost.pairing", {{"method", std::string(code_text(rules_.pairing_method))}, {"n", std::to_string(c.deviation)}}));
    return out;
}

}  // namespace tab

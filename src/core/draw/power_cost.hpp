// The published cost of pairing two teams in the `power` method. The draw is the perfect
// matching of least total cost; see power_cost.cpp for the terms and their default weights.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tab/model/draw_state.hpp"

namespace tab {

// Weights of the cost terms ([draw] keys weight_*; their defaults are in the setting specs).
struct PowerWeights {
    int64_t hard = 0;
    int64_t rematch = 0;
    int64_t pullup = 0;                     // × (bracket distance)²
    int64_t pullup_history = 0;             // × times the pulled-up team was pulled up before
    int64_t institution = 0;
    int64_t side = 0;                       // × side imbalance beyond 1 the better orientation leaves
    int64_t pairing = 0;                    // × deviation from the in-bracket rule
};

struct PowerRules {
    PowerWeights weights;
    PairingMethod pairing_method = PairingMethod::slide;
    bool rematch_is_hard = false;           // no_rematch = true (WSDC)
    int max_side_imbalance = 0;             // hard limit on |gov − opp| after the round; 0 = none
    bool preallocated = false;              // teams keep their allocated_side (hard)
};
// The rules of a request: its options over the format's defaults.
PowerRules read_power_rules(const DrawRequest& req);

// Tabbycat's deviation of subranks s1, s2 from the pairing rule in a bracket whose largest
// subrank is `size` (graph.py): slide | |s1−s2| − size/2 |, fold |s1+s2−1−size|,
// adjacent |s1−s2|−1, fold_top_adjacent_rest fold in bracket 0 else adjacent, random 0.
int64_t pairing_deviation(PairingMethod rule, int size, int s1, int s2, int bracket_index);

class PowerCostModel {
public:
    PowerCostModel(const DrawRequest& req, PowerRules rules);

    // Total cost of pairing teams a and b (indices into the request's teams), saturated at
    // 2^60 / (number of teams): a pair that expensive is as bad as any worse one, and the
    // matching's sums and duals cannot overflow whatever the weights.
    int64_t cost(int a, int b) const;
    // No pair `distance` brackets apart costs less than this; nullopt when a negative weight
    // leaves no such bound.
    std::optional<int64_t> cost_floor(int distance) const;
    // No more than cost(a, b), and much cheaper; nullopt when a negative weight leaves no bound.
    std::optional<int64_t> cost_lower_bound(int a, int b) const;
    // The cost's non-zero terms, with details for --explain.
    std::vector<CostTerm> terms(int a, int b) const;
    // Points brackets between the two teams (0 = same bracket).
    int bracket_distance(int a, int b) const;
    int bracket_of(int team) const { return bracket_[team]; }
    double bracket_points(int team) const;

private:
    struct Counts {
        int upper = 0, lower = 0;  // the better-ranked team first
        int hard_rematch = 0, hard_sides = 0, met = 0, distance = 0, pulled_before = 0, clash = 0;
        int side_excess = 0;
        int64_t deviation = 0;
    };
    Counts count(int a, int b) const;
    int64_t deviation(int upper, int lower) const;
    // Σ weight × count, clamped to ±max_cost_ without overflowing on the way.
    int64_t saturated(std::initializer_list<std::pair<int64_t, int64_t>> terms) const;

    // What cost() reads about a team, packed so that pricing many pairs stays in cache.
    struct Facts {
        int gov_minus_opp = 0;  // side history before this round
        int pullups = 0;
        int allocated_side = -1;
        int institution = -1;   // institution number, -1 = none
    };
    int imbalance_after(int team, int side) const;

    const DrawRequest& req_;
    PowerRules rules_;
    int64_t max_cost_ = 0;  // the most a pair may cost: what the solver's duals allow (matching.hpp)
    std::vector<Facts> facts_;
    std::vector<std::vector<int>> opponents_;    // per team: past opponents in this request, sorted
    std::vector<int> bracket_;       // per team: index of its points bracket, 0 = top
    std::vector<int> subrank_;       // per team: 1-based rank inside its bracket
    std::vector<int> bracket_size_;
    std::vector<int> gives_;         // per bracket: 1 if its top team goes up to the bracket above
    std::vector<int> paired_size_;   // per bracket: its size once pull-ups are made
};

}  // namespace tab

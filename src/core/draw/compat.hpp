// The parts of the compatibility power-pairing method, which reproduces Tabbycat's two-team
// generator (powerpair.py) step by step: raw brackets, odd-bracket resolution, pairing within
// brackets, one-up-one-down conflict avoidance and side allocation. Each step is exposed so the
// cases transcribed from Tabbycat's tests can check it on its own.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"
#include "tab/base/rng.hpp"
#include "tab/model/settings.hpp"
#include "tab/translate/translate.hpp"

namespace tab::compat {

// The generator options, named and defaulted as in Tabbycat (docs/peers/tabbycat.md §2.2).
struct Options {
    OddBracket odd_bracket = OddBracket::intermediate_bubble_up_down;
    PairingMethod pairing_method = PairingMethod::slide;
    AvoidConflicts avoid_conflicts = AvoidConflicts::one_up_one_down;
    PullupRestriction pullup_restriction = PullupRestriction::none;
    SideAllocation side_allocations = SideAllocation::balance;
    bool avoid_history = true;
    bool avoid_institution = true;
    double history_penalty = 1000;
    double institution_penalty = 1;
};
// Options from a [draw] table or a --state "options" object; the defaults change when sides
// are preallocated (intermediate1, fold, no conflict avoidance), as in Tabbycat.
Options read_options(const Settings& settings);
// The first option value that this combination does not allow (preallocated sides take other
// odd-bracket and pairing rules), as "key = value", or "".
std::string invalid_option(const Options& o);

using TeamFlags = std::map<int, std::vector<std::string>>;  // team index -> flags in order added

struct Bracket {
    double points = 0;
    std::vector<int> teams;  // team indices in rank order
};
struct SidedBracket {
    double points = 0;
    std::vector<int> aff;
    std::vector<int> neg;
};
struct Pairing {
    std::vector<int> teams;  // first, second (sides are allocated last)
    double bracket = 0;
    std::vector<std::string> flags;
};

// How many times a has met b, as listed in a's opponents (Tabbycat's a.seen(b)).
int seen(const DrawRequest& req, int a, int b);
// Both teams name the same institution (empty institutions are equal too, as in Tabbycat).
bool same_institution(const DrawRequest& req, int a, int b);

// Consecutive teams of equal points, highest first.
std::vector<Bracket> raw_brackets(const DrawRequest& req);
std::vector<SidedBracket> raw_sided_brackets(const DrawRequest& req);

// Makes every bracket even (odd_bracket, pullup_restriction); nothing on success, else the reason.
std::optional<Message> resolve_odd_brackets(std::vector<Bracket>& brackets, const DrawRequest& req, const Options& o, Rng& rng,
                                 TeamFlags& flags);
// Makes every bracket's affirmatives and negatives equal in number; nothing on success.
std::optional<Message> resolve_sided_brackets(std::vector<SidedBracket>& brackets, const Options& o, Rng& rng,
                                   TeamFlags& flags);

// Pairs each (even) bracket by pairing_method; one list of pairings per bracket, in room order.
std::vector<std::vector<Pairing>> pair_brackets(std::vector<Bracket> brackets, PairingMethod method, Rng& rng);
std::vector<std::vector<Pairing>> pair_sided_brackets(std::vector<SidedBracket> brackets, PairingMethod method,
                                                      Rng& rng);

// The swaps one-up-one-down makes in one bracket (indices i: swap second teams of i and i+1).
std::vector<int> one_up_one_down_swaps(const std::vector<Pairing>& bracket, const DrawRequest& req, const Options& o);
// Applies one-up-one-down to one bracket and flags the pairings it changed.
void one_up_one_down(std::vector<Pairing>& bracket, const DrawRequest& req, const Options& o);

// Orders each pairing's teams by side (side_allocations).
void allocate_sides(std::vector<Pairing>& pairings, const DrawRequest& req, SideAllocation method, Rng& rng);

// The whole compatibility draw; nullopt with the reason in diags when Tabbycat would fail.
std::optional<DrawOutcome> generate(const DrawRequest& req, Diagnostics& diags);

}  // namespace tab::compat

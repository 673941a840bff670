// Brackets and odd-bracket resolution for power pairing without preallocated sides, as
// Tabbycat's powerpair.py does it.
//
// Problem: teams on equal points form a bracket; pairing inside a bracket needs an even number.
// Two families of fixes, walking the brackets from the top:
//   pull-ups: an odd bracket takes one team from the bracket below (its top, bottom, a middle or
//     a random team, first narrowed to the teams pulled up least / with the weakest draw
//     strength when pullup_restriction says so). The moved team carries the flag "pullup".
//   intermediate brackets (AIDA): the bottom team of an odd bracket on p points meets the top
//     team of the next bracket in a bracket of its own on p - 0.5 ("p + 0.5" of the lower one).
//     intermediate_bubble_up_down then fixes a conflict (same institution, else a past meeting)
//     in such a bracket by swapping its top team with the bottom team of the bracket above, or
//     failing that its bottom team with the top team of the bracket below.
// Example: brackets 4:[1..5] 3:[6..9] 2:[10..14] 1:[15,16]. pullup_top gives 4:[1..6]
// 3:[7..10] 2:[11..14] 1:[15,16]; intermediate gives 4:[1..4] 3.5:[5,6] 3:[7,8] 2.5:[9,10]
// 2:[11..14] 1:[15,16] (docs/peers/tabbycat.md §2.3; cases gen.odd_bracket.*, gen.bubble_up_down.*).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "compat.hpp"

namespace tab::compat {

int seen(const DrawRequest& req, int a, int b) {
    const std::vector<std::string>& met = req.teams[a].opponents;
    return static_cast<int>(std::count(met.begin(), met.end(), req.teams[b].id));
}

bool same_institution(const DrawRequest& req, int a, int b) {
    return req.teams[a].institution == req.teams[b].institution;
}

std::vector<Bracket> raw_brackets(const DrawRequest& req) {
    std::vector<Bracket> brackets;
    for (int i = 0; i < static_cast<int>(req.teams.size()); ++i) {
        if (brackets.empty() || brackets.back().points != req.teams[i].points)
            brackets.push_back({req.teams[i].points, {}});
        brackets.back().teams.push_back(i);
    }
    return brackets;
}

namespace {

double draw_strength(const DrawRequest& req, int team, bool by_speaks) {
    double total = 0;
    for (const std::string& opponent : req.teams[team].opponents)
        for (const TeamState& other : req.teams)
            if (other.id == opponent) total += by_speaks ? other.speaks : other.points;
    return total;
}

// The teams of a bracket eligible to be pulled up under the restriction, in bracket order.
std::vector<int> eligible_for_pullup(const std::vector<int>& teams, const DrawRequest& req,
                                     PullupRestriction restriction) {
    if (restriction == PullupRestriction::none || teams.empty()) return teams;
    auto metric = [&](int t) {
        if (restriction == PullupRestriction::least_to_date) return static_cast<double>(req.teams[t].pullups);
        return draw_strength(req, t, restriction == PullupRestriction::lowest_ds_speaks);
    };
    double least = metric(teams[0]);
    for (int t : teams) least = std::min(least, metric(t));
    std::vector<int> eligible;
    for (int t : teams)
        if (metric(t) == least) eligible.push_back(t);
    return eligible;
}

size_t pullup_position(OddBracket method, size_t n, Rng& rng) {
    if (method == OddBracket::pullup_top) return 0;
    if (method == OddBracket::pullup_bottom) return n - 1;
    if (method == OddBracket::pullup_middle) return n / 2 - (n % 2 == 0 ? rng.below(2) : 0);
    return rng.below(n);  // pullup_random
}

std::optional<Message> pull_up(std::vector<Bracket>& brackets, const DrawRequest& req, const Options& o, Rng& rng,
                    TeamFlags& flags) {
    Bracket* needs_pullup = nullptr;
    for (Bracket& bracket : brackets) {
        if (needs_pullup && !bracket.teams.empty()) {
            std::vector<int> eligible = eligible_for_pullup(bracket.teams, req, o.pullup_restriction);
            int team = eligible[pullup_position(o.odd_bracket, eligible.size(), rng)];
            bracket.teams.erase(std::find(bracket.teams.begin(), bracket.teams.end(), team));
            flags[team].push_back("pullup");
            needs_pullup->teams.push_back(team);
            needs_pullup = nullptr;
        }
        if (bracket.teams.size() % 2 != 0) needs_pullup = &bracket;
    }
    if (needs_pullup) return message("diag.draw.last_bracket_odd");
    return std::nullopt;
}

std::optional<Message> intermediate(std::vector<Bracket>& brackets) {
    std::vector<Bracket> resolved;
    int odd_team = -1;
    for (Bracket& bracket : brackets) {
        if (odd_team >= 0) {
            resolved.push_back({bracket.points + 0.5, {odd_team, bracket.teams.front()}});
            bracket.teams.erase(bracket.teams.begin());
            odd_team = -1;
        }
        if (bracket.teams.size() % 2 != 0) {
            odd_team = bracket.teams.back();
            bracket.teams.pop_back();
        }
        if (!bracket.teams.empty()) resolved.push_back(bracket);
    }
    if (odd_team >= 0) return message("diag.draw.last_bracket_odd");
    brackets = std::move(resolved);
    return std::nullopt;
}

// 0 none, 1 institution, 2 history: the conflict check of the bubble rule.
int conflict(const DrawRequest& req, int a, int b) {
    if (same_institution(req, a, b)) return 1;
    if (seen(req, a, b) > 0) return 2;
    return 0;
}

Bracket* find_bracket(std::vector<Bracket>& brackets, double points) {
    for (Bracket& b : brackets)
        if (b.points == points) return &b;
    return nullptr;
}

void bubble_up_down(std::vector<Bracket>& brackets, const DrawRequest& req, TeamFlags& flags) {
    for (Bracket& bracket : brackets) {
        if (std::floor(bracket.points) == bracket.points) continue;
        std::vector<int>& teams = bracket.teams;
        int kind = conflict(req, teams[0], teams[1]);
        if (kind == 0) continue;
        if (Bracket* above = find_bracket(brackets, bracket.points + 0.5)) {
            int swap_team = above->teams.back();
            if (!conflict(req, swap_team, teams[1])) {
                flags[teams[0]].push_back(kind == 1 ? "bub_up_inst" : "bub_up_hist");
                flags[swap_team].push_back("bub_up_accom");
                above->teams.back() = teams[0];
                teams[0] = swap_team;
                continue;
            }
        }
        if (Bracket* below = find_bracket(brackets, bracket.points - 0.5)) {
            int swap_team = below->teams.front();
            if (!conflict(req, swap_team, teams[0])) {
                flags[teams[1]].push_back(kind == 1 ? "bub_dn_inst" : "bub_dn_hist");
                flags[swap_team].push_back("bub_dn_accom");
                below->teams.front() = teams[1];
                teams[1] = swap_team;
                continue;
            }
        }
        flags[teams[0]].push_back("no_bub_updn");
    }
}

}  // namespace

std::optional<Message> resolve_odd_brackets(std::vector<Bracket>& brackets, const DrawRequest& req, const Options& o, Rng& rng,
                                 TeamFlags& flags) {
    switch (o.odd_bracket) {
    case OddBracket::pullup_top:
    case OddBracket::pullup_bottom:
    case OddBracket::pullup_middle:
    case OddBracket::pullup_random: return pull_up(brackets, req, o, rng, flags);
    default: break;
    }
    for (const Bracket& b : brackets)
        if (std::floor(b.points) != b.points)
            return message("diag.draw.whole_points", {{"points", fmt::format("{}", b.points)}});
    std::optional<Message> error = intermediate(brackets);
    if (!error && o.odd_bracket == OddBracket::intermediate_bubble_up_down) bubble_up_down(brackets, req, flags);
    return error;
}

}  // namespace tab::compat

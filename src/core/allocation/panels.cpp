// Adjudicator allocation: who judges which room.
//
// The problem. Each room needs a panel: a chair, voting panellists and perhaps trainees. No
// adjudicator may sit in a room where they conflict with a team or with another member of the
// panel (hard). An adjudicator should not judge a team again, the strongest adjudicators should
// judge the most important rooms, and trainees should sit with strong chairs (soft, by cost).
//
// The plan. Rooms are ranked by importance (the director's -2..2, default 0), then by bracket.
// Voting formats give each room the configured panel (3 by default); when the pool is short,
// every room first gets a chair and then, round by round in room order, each room is raised by
// two voters until it is full, so panels stay odd and every room gets a panel before the top
// rooms get bigger ones. Consensus formats (BP) spread all voters evenly with the extra ones in
// the most important rooms (Tabbycat's consensus allocator, tabbycat.md §6.3), capped at
// panel_size when it is set. Elimination rounds of either style plan like voting formats, at
// outround_panel_size() (7 in a final, 5 in semifinals, 3 before) unless panel_size is set. A
// voter with a conflict in every room counts for no plan: they are left out and listed.
//
// What is hard. Every room must have a chair, nobody may sit twice, and no conflict may hold in
// any room. Whether every room can be chaired is decided exactly: the chairs are one assignment
// of voters to rooms (a maximum matching at least cost), so a room goes without a chair only
// when no allocation at all could chair every room, and only then does tab allocate fail. The
// other voting seats and the trainees' seats are wanted, not required: a seat that no remaining
// adjudicator can take stays empty and --explain says so. Soft costs are capped (seats.hpp) so
// that no preference can outweigh a seat.
//
// The method. Conflicts between a team and an adjudicator are forbidden pairs of an assignment
// problem, but a conflict between two adjudicators depends on two choices at once, which a plain
// assignment cannot express. So the panels are built in layers, each layer one assignment
// problem (tab::solve_assignment, the solver of the BP draw) of seats x adjudicators with at
// most one seat per room: layer 0 seats a chair in every room, each later layer one more voter
// in every room still short of its plan (until a layer seats nobody); then trainees, layer by
// layer, one per room at a time. Within a layer no two new members share a room, and every pair
// that would conflict with a member already seated is left out, so a conflict can never be
// chosen: the rule holds by construction, not by penalty. A layer's pairs are never listed
// (2000 rooms x 6000 voters would be 12 million): the solver asks for a seat's pairs when it
// needs them, computed from the costs below and from the few pairs that are not plain
// (suspects.hpp: a conflict, or a team judged before), so memory stays linear in rooms + voters. verify_allocation() checks the
// finished draw again before it is written. Layering gives up global optimality across layers
// (a layer cannot move an earlier member), which costs little because layer 0 already places the
// strongest voters by importance.
//
// The cost of putting voter a in room r is
//     strength_weight * w(r) * (100 - p(a))^2  +  history_penalty * (times a judged r's teams)
// where p(a) is a's strength (blended with feedback) as a percentage of the round's range (weakest 0, strongest 100)
// and w(r) runs from 1 (least important rank) to 101 (most important). The strength term is a
// product of an increasing function of importance and a convex decreasing function of strength,
// so by the rearrangement inequality the cheapest layer is sorted (strongest voter to most
// important room), and because it is convex, one very weak judge in a top room costs more than
// two slightly weaker ones: strength is spread, not stacked. (Tabbycat's 1000·e^(importance-
// score) has the same shape; tabbycat.md §6.2.) A trainee's cost is trainee_weight times the
// chair's (100 - p)^2 plus the same history term. The chair is the strongest member of the panel.
//
// Worked example. Two rooms, importance equal, brackets 6 and 3, so w = 101 and 1. Voters
// A (p 100), B (p 50). Layer 0: A->top, B->bottom costs 101*0 + 1*2500 = 2500; the other way
// 101*2500 + 0 = 252500. If A had judged a team of the top room once before, with
// history_penalty 100000, keeping A there costs 102500 and swapping 252500: A stays (a repeat
// is traded for strength, and --explain says so). With the penalty at 1000000 they swap.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "seats.hpp"
#include "stages.hpp"
#include "suspects.hpp"
#include "tab/allocation/allocation.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

// The per-round view of the pool with the costs of the method above.
class PanelBuilder {
public:
    PanelBuilder(const Tournament& t, const AllocationInputs& in, const AllocationSettings& s, AllocationOutcome& out)
        : t_(t), in_(in), s_(s), out_(out), order_(allocation::order_rooms(out.draw, in.importance)),
          suspects_(t, in, out.draw), room_of_(t.adjudicators.size(), -1) {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (size_t a = 0; a < t.adjudicators.size(); ++a) {
            if (!in.available[a]) continue;
            (t.adjudicators[a].trainee ? trainees_ : voters_).push_back(static_cast<int>(a));
            lo = std::min(lo, in.strength[a]);
            hi = std::max(hi, in.strength[a]);
        }
        for (double strength : in.strength)
            percent_.push_back(hi > lo ? static_cast<int64_t>(std::lround(100 * (strength - lo) / (hi - lo))) : 100);
        members_.resize(out.draw.debates.size());
    }

    void run() {
        plan();
        seat_voters();
        name_chairs();
        seat_trainees();
        allocation::describe_rooms(t_, in_, s_, order_, planned_, out_);
    }

private:
    int64_t weakness(int a) const { return (100 - percent_[static_cast<size_t>(a)]) * (100 - percent_[static_cast<size_t>(a)]); }

    int64_t repeats(int a, size_t room) const {
        int64_t n = 0;
        for (int team : in_.judged[static_cast<size_t>(a)])
            n += std::count(out_.draw.debates[room].teams.begin(), out_.draw.debates[room].teams.end(), team);
        return n;
    }

    // True if a may join the room as it stands: no conflict with its teams or its members.
    bool may_sit(int a, size_t room) const {
        for (int team : out_.draw.debates[room].teams)
            if (team >= 0 && conflicts_with_team(t_, a, team)) return false;
        for (int m : members_[room])
            if (conflicts_with_adjudicator(t_, a, m)) return false;
        return true;
    }

    bool may_sit_anywhere(int a) const {
        for (size_t r = 0; r < out_.draw.debates.size(); ++r)
            if (may_sit(a, r)) return true;
        return false;
    }

    void plan() {
        const int rooms = static_cast<int>(out_.draw.debates.size());
        const int voters = static_cast<int>(std::count_if(voters_.begin(), voters_.end(), [&](int a) { return may_sit_anywhere(a); }));
        planned_.assign(static_cast<size_t>(rooms), 1);
        int left = voters - rooms;
        if (s_.consensus && !s_.elimination) {
            const int cap = s_.panel_size > 0 ? s_.panel_size : std::numeric_limits<int>::max();
            const int base = rooms > 0 ? std::clamp(voters / rooms, 1, cap) : 0;
            left = voters - base * rooms;
            for (size_t i : order_.by_importance) {
                planned_[i] = base + (left > 0 && base < cap ? 1 : 0);
                if (planned_[i] > base) --left;
            }
            return;
        }
        const int size = std::max(1, s_.panel_size);
        const int step = size % 2 == 1 ? 2 : 1;
        for (bool raised = true; raised;) {
            raised = false;
            for (size_t i : order_.by_importance)
                if (planned_[i] + step <= size && left >= step) {
                    planned_[i] += step;
                    left -= step;
                    raised = true;
                }
        }
    }

    // Layer 0 chairs every room it can (a room it cannot chair is a problem); later layers add
    // voters to rooms short of their plan while any can be seated.
    void seat_voters() {
        std::vector<bool> placed(t_.adjudicators.size(), false);
        std::vector<size_t> all_rooms = order_.by_importance;
        for (size_t r : seat_layer(all_rooms, placed))
            out_.problems.push_back({out_.draw.debates[r].room, unfilled_reason(r, placed)});
        for (;;) {
            std::vector<size_t> short_rooms;
            for (size_t i : order_.by_importance)
                if (!members_[i].empty() && static_cast<int>(members_[i].size()) < planned_[i]) short_rooms.push_back(i);
            if (short_rooms.empty() || seat_layer(short_rooms, placed).size() == short_rooms.size()) break;
        }
        for (int a : voters_)
            if (!placed[static_cast<size_t>(a)]) {
                out_.unused.push_back(a);
                if (!may_sit_anywhere(a))
                    out_.warnings.push_back(message("allocation.left_out", {{"name", t_.adjudicators[static_cast<size_t>(a)].name}}));
            }
    }

    // Seats one more voter in each of `rooms` (most important first) at least cost; returns the
    // rooms no unplaced voter could join.
    std::vector<size_t> seat_layer(const std::vector<size_t>& rooms, std::vector<bool>& placed) {
        std::vector<int64_t> empty(rooms.size());
        for (size_t s = 0; s < rooms.size(); ++s)
            empty[s] = allocation::empty_seat_cost + static_cast<int64_t>(rooms.size() - s) * allocation::empty_seat_step;
        std::vector<Candidate> candidates;
        for (size_t v = 0; v < voters_.size(); ++v)
            if (!placed[static_cast<size_t>(voters_[v])]) candidates.push_back({static_cast<int>(v), voters_[v]});
        std::vector<int> chosen = fill_layer(rooms, candidates, static_cast<int>(voters_.size()), empty,
                                             [&](int a, size_t r, int64_t history) {
                                                 return allocation::soft_cost(s_.strength_weight, order_.weight[r] * weakness(a), history);
                                             });
        std::vector<size_t> unfilled;
        for (size_t s = 0; s < rooms.size(); ++s) {
            if (chosen[s] < 0) {
                unfilled.push_back(rooms[s]);
                continue;
            }
            const int a = voters_[static_cast<size_t>(chosen[s])];
            placed[static_cast<size_t>(a)] = true;
            seat(a, rooms[s]);
        }
        return unfilled;
    }

    // An adjudicator a layer may seat: its column in the layer's problem.
    struct Candidate {
        int col = 0;
        int adjudicator = 0;
    };

    // A (seat, candidate) pair that is not plain: blocked by a conflict, or with repeats.
    struct Unusual {
        size_t candidate = 0;  // index into the layer's candidates
        bool blocked = false;
        int64_t repeats = 0;
    };

    // Per seat of a layer, its unusual pairs in candidate order: only the suspect rooms of each
    // candidate are tested (suspects.hpp), every other pair may sit with no repeats.
    std::vector<std::vector<Unusual>> unusual_pairs(const std::vector<size_t>& rooms, const std::vector<Candidate>& candidates) const {
        std::vector<int> seat_of(out_.draw.debates.size(), -1);
        for (size_t s = 0; s < rooms.size(); ++s) seat_of[rooms[s]] = static_cast<int>(s);
        std::vector<std::vector<Unusual>> unusual(rooms.size());
        for (size_t k = 0; k < candidates.size(); ++k) {
            const int a = candidates[k].adjudicator;
            for (size_t r : suspects_.of(a, room_of_)) {
                if (seat_of[r] < 0) continue;
                const bool blocked = !may_sit(a, r);
                const int64_t n = blocked ? 0 : repeats(a, r);
                if (blocked || n > 0) unusual[static_cast<size_t>(seat_of[r])].push_back({k, blocked, n});
            }
        }
        return unusual;
    }

    // One layer: a seat in each of `rooms` for at most one of `candidates` (columns 0..columns-1,
    // in candidate order), where cost(a, room, history) prices a pair from its history term.
    // Returns per seat the column chosen, or -1. The pairs are those of the plain method (every
    // candidate that may sit, at its cost), computed per seat when the solver asks.
    template <class Cost>
    std::vector<int> fill_layer(const std::vector<size_t>& rooms, const std::vector<Candidate>& candidates, int columns,
                                const std::vector<int64_t>& empty, Cost cost) const {
        const std::vector<std::vector<Unusual>> unusual = unusual_pairs(rooms, candidates);
        return allocation::fill_seats(columns, empty, [&](size_t s, std::vector<AssignmentPair>& out) {
            const size_t r = rooms[s];
            auto next = unusual[s].begin();
            for (size_t k = 0; k < candidates.size(); ++k) {
                int64_t n = 0;
                if (next != unusual[s].end() && next->candidate == k) {
                    const bool blocked = next->blocked;
                    n = (next++)->repeats;
                    if (blocked) continue;
                }
                out.push_back({candidates[k].col, cost(candidates[k].adjudicator, r, allocation::soft_cost(s_.history_penalty, n))});
            }
        });
    }

    void seat(int a, size_t room) {
        members_[room].push_back(a);
        room_of_[static_cast<size_t>(a)] = static_cast<int>(room);
    }

    // Why no remaining voter could take a seat in this room.
    Message unfilled_reason(size_t room, const std::vector<bool>& placed) const {
        const Debate& d = out_.draw.debates[room];
        std::vector<std::string> why;
        for (int a : voters_) {
            if (placed[static_cast<size_t>(a)]) continue;
            std::string with;
            for (int team : d.teams)
                if (with.empty() && team >= 0 && conflicts_with_team(t_, a, team))
                    with = t_.teams[static_cast<size_t>(team)].name;
            for (int m : members_[room])
                if (with.empty() && conflicts_with_adjudicator(t_, a, m)) with = t_.adjudicators[static_cast<size_t>(m)].name;
            if (!with.empty()) why.push_back(t_.adjudicators[static_cast<size_t>(a)].name + " — " + with);
        }
        if (why.empty())
            return message("allocation.reason.all_taken", {{"available", std::to_string(voters_.size())},
                                                           {"rooms", std::to_string(out_.draw.debates.size())}});
        std::string list;  // the first six conflicts, "adjudicator — team or panellist"
        for (size_t i = 0; i < why.size() && i < 6; ++i) list += (i ? "; " : "") + why[i];
        if (why.size() > 6) list += fmt::format("; … (+{})", why.size() - 6);
        return message("allocation.reason.conflicts", {{"n", std::to_string(why.size())}, {"list", list}});
    }

    // The strongest voter chairs; the rest are panellists, strongest first.
    void name_chairs() {
        for (size_t r = 0; r < members_.size(); ++r) {
            std::vector<int> panel = members_[r];
            std::stable_sort(panel.begin(), panel.end(), [&](int a, int b) {
                return in_.strength[static_cast<size_t>(a)] > in_.strength[static_cast<size_t>(b)];
            });
            Debate& d = out_.draw.debates[r];
            d.chair = panel.empty() ? -1 : panel.front();
            d.panellists.assign(panel.begin() + (panel.empty() ? 0 : 1), panel.end());
            d.trainees.clear();
        }
    }

    void seat_trainees() {
        std::vector<int> waiting = trainees_;
        while (!waiting.empty()) {
            std::vector<size_t> rooms;
            for (size_t r = 0; r < members_.size(); ++r)
                if (out_.draw.debates[r].chair >= 0) rooms.push_back(r);
            std::vector<int64_t> empty(rooms.size(), allocation::empty_seat_cost);
            std::vector<Candidate> candidates;
            for (size_t w = 0; w < waiting.size(); ++w) candidates.push_back({static_cast<int>(w), waiting[w]});
            std::vector<int> chosen =
                fill_layer(rooms, candidates, static_cast<int>(waiting.size()), empty, [&](int, size_t r, int64_t history) {
                    return allocation::soft_cost(s_.trainee_weight, weakness(out_.draw.debates[r].chair), history);
                });
            std::vector<bool> seated(waiting.size(), false);
            for (size_t s = 0; s < rooms.size(); ++s)
                if (chosen[s] >= 0) {
                    seated[static_cast<size_t>(chosen[s])] = true;
                    seat(waiting[static_cast<size_t>(chosen[s])], rooms[s]);
                    out_.draw.debates[rooms[s]].trainees.push_back(waiting[static_cast<size_t>(chosen[s])]);
                }
            std::vector<int> still;
            for (size_t w = 0; w < waiting.size(); ++w)
                if (!seated[w]) still.push_back(waiting[w]);
            if (still.size() == waiting.size()) break;
            waiting = std::move(still);
        }
        for (int a : waiting) {
            out_.unused.push_back(a);
            out_.warnings.push_back(message("allocation.trainee_left_out", {{"name", t_.adjudicators[static_cast<size_t>(a)].name}}));
        }
    }

    const Tournament& t_;
    const AllocationInputs& in_;
    const AllocationSettings& s_;
    AllocationOutcome& out_;
    allocation::RoomOrder order_;
    allocation::SuspectRooms suspects_;
    std::vector<int> room_of_;                 // per adjudicator: the debate they sit in, or -1
    std::vector<int> voters_, trainees_;       // available adjudicators, by index
    std::vector<int64_t> percent_;             // per adjudicator: strength as 0..100 of the round's range
    std::vector<int> planned_;                 // per debate: voting seats
    std::vector<std::vector<int>> members_;    // per debate: everyone seated so far
};

}  // namespace

AllocationOutcome allocate(const Tournament& t, const Draw& draw, const AllocationInputs& in,
                           const AllocationSettings& settings) {
    AllocationOutcome out;
    out.draw = draw;
    for (Debate& d : out.draw.debates) {
        d.chair = -1;
        d.panellists.clear();
        d.trainees.clear();
    }
    AllocationSettings resolved = settings;
    if (resolved.elimination && resolved.panel_size == 0)
        resolved.panel_size = outround_panel_size(static_cast<int>(draw.debates.size()));
    PanelBuilder(t, in, resolved, out).run();
    if (out.problems.empty() && !t.venues.empty()) allocation::assign_venues(t, in, out);
    return out;
}

}  // namespace tab

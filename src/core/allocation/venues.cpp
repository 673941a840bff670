// Venue allocation: which debate takes place in which room of the building.
//
// The problem. Venues have a priority (higher = better: bigger, closer, easier to stream) and
// tags (accessible, ground-floor, ...). A team or an adjudicator may need tags
// (venue_constraints.csv). Every debate needs a venue carrying every tag its teams and its panel
// need (hard), and the important debates should get the best venues (soft).
//
// The method. One assignment problem of debates x venues (tab::solve_assignment): a pair is
// allowed only when the venue has all the tags the debate needs, and costs
//     w(debate) * (top priority - priority(venue))
// with w the debate's importance weight (1..101, see panels.cpp). A product of an increasing
// and a decreasing function, so by the rearrangement inequality the best venues go to the most
// important debates, as far as the tags allow. A debate that only its "empty" column can take
// is reported with the tags it needed.
//
// Worked example. Venues Hall (priority 3), B12 (1, accessible); debates top (w 101) and
// bottom (w 1), and a team of the bottom debate needs accessible. Only B12 may take the bottom
// debate, so Hall goes to the top: cost 0 + 1*2 = 2. Without the tag the same answer costs 2
// too, while the swap would cost 101*2 = 202.
#include <algorithm>

#include <fmt/format.h>

#include "stages.hpp"
#include "tab/translate/translate.hpp"

namespace tab::allocation {

namespace {

// Every tag the teams and adjudicators of a debate need, with who needs it.
std::vector<std::pair<std::string, std::string>> needs(const Tournament& t, const AllocationInputs& in, const Debate& d) {
    std::vector<std::pair<std::string, std::string>> out;
    for (int team : d.teams)
        if (team >= 0)
            for (const std::string& tag : in.team_tags[static_cast<size_t>(team)])
                out.push_back({tag, t.teams[static_cast<size_t>(team)].name});
    std::vector<int> panel = d.panellists;
    panel.insert(panel.end(), d.trainees.begin(), d.trainees.end());
    if (d.chair >= 0) panel.insert(panel.begin(), d.chair);
    for (int a : panel)
        for (const std::string& tag : in.adjudicator_tags[static_cast<size_t>(a)])
            out.push_back({tag, t.adjudicators[static_cast<size_t>(a)].name});
    return out;
}

bool has_tags(const Venue& v, const std::vector<std::pair<std::string, std::string>>& need) {
    for (const auto& [tag, who] : need)
        if (std::find(v.tags.begin(), v.tags.end(), tag) == v.tags.end()) return false;
    return true;
}

Message reason(const std::vector<std::pair<std::string, std::string>>& need, size_t venues, size_t debates) {
    if (need.empty())
        return message("allocation.reason.no_venue", {{"venues", std::to_string(venues)}, {"debates", std::to_string(debates)}});
    std::string list;  // "tag (who needs it)"
    for (const auto& [tag, who] : need) list += (list.empty() ? "" : ", ") + tag + " (" + who + ")";
    return message("allocation.reason.no_tagged_venue", {{"list", list}});
}

}  // namespace

void assign_venues(const Tournament& t, const AllocationInputs& in, AllocationOutcome& out) {
    const RoomOrder order = order_rooms(out.draw, in.importance);
    int top = t.venues.front().priority;
    for (const Venue& v : t.venues) top = std::max(top, v.priority);
    const size_t n = out.draw.debates.size();
    std::vector<std::vector<std::pair<std::string, std::string>>> need(n);
    std::vector<int64_t> empty(n);
    for (size_t pos = 0; pos < n; ++pos) empty[order.by_importance[pos]] = empty_seat_cost + static_cast<int64_t>(n - pos) * empty_seat_step;
    for (size_t d = 0; d < n; ++d) need[d] = needs(t, in, out.draw.debates[d]);
    std::vector<int> chosen = fill_seats(static_cast<int>(t.venues.size()), empty, [&](size_t d, std::vector<AssignmentPair>& options) {
        for (size_t v = 0; v < t.venues.size(); ++v)
            if (has_tags(t.venues[v], need[d])) options.push_back({static_cast<int>(v), order.weight[d] * (top - t.venues[v].priority)});
    });
    for (size_t d = 0; d < n; ++d) {
        Debate& debate = out.draw.debates[d];
        if (chosen[d] >= 0) debate.venue = t.venues[static_cast<size_t>(chosen[d])].name;
        else out.problems.push_back({debate.room, reason(need[d], t.venues.size(), n)});
    }
}

}  // namespace tab::allocation

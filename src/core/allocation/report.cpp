// What --explain shows for each room: its rank, the voters it was planned, and every soft rule
// the allocation gave up there, so that a director can see why a panel looks the way it does.
//
// Three soft rules can be traded off: the configured panel size (when the pool is short, or the
// adjudicators left conflict with the room), an adjudicator judging a team again (when avoiding
// it would cost more in strength than history_penalty), and the order of chairs (a less important room with a stronger chair, which
// happens when conflicts or repeats keep the stronger chair out of the more important room).
#include <algorithm>

#include <fmt/format.h>

#include "stages.hpp"
#include "tab/translate/translate.hpp"

namespace tab::allocation {

namespace {

std::vector<int> panel_of(const Debate& d) {
    std::vector<int> panel;
    if (d.chair >= 0) panel.push_back(d.chair);
    panel.insert(panel.end(), d.panellists.begin(), d.panellists.end());
    panel.insert(panel.end(), d.trainees.begin(), d.trainees.end());
    return panel;
}


}  // namespace

void describe_rooms(const Tournament& t, const AllocationInputs& in, const AllocationSettings& s,
                    const RoomOrder& order, const std::vector<int>& planned, AllocationOutcome& out) {
    const std::vector<Debate>& debates = out.draw.debates;
    auto strength = [&](int a) { return in.strength[static_cast<size_t>(a)]; };
    for (size_t r = 0; r < debates.size(); ++r) {
        const Debate& d = debates[r];
        RoomReport report{d.room, in.importance[r], order.rank[r], planned[r], {}};
        if (s.panel_size > 0 && planned[r] < s.panel_size)
            report.trade_offs.push_back(message("allocation.trade.too_few", {{"size", std::to_string(planned[r])},
                                                                             {"wanted", std::to_string(s.panel_size)}}));
        const int voters = (d.chair >= 0 ? 1 : 0) + static_cast<int>(d.panellists.size());
        if (d.chair >= 0 && voters < planned[r])
            report.trade_offs.push_back(message("allocation.trade.conflicts", {{"size", std::to_string(voters)},
                                                                                {"wanted", std::to_string(planned[r])}}));
        for (int a : panel_of(d))
            for (int team : d.teams) {
                const auto& seen = in.judged[static_cast<size_t>(a)];
                const int64_t n = std::count(seen.begin(), seen.end(), team);
                if (team >= 0 && n > 0)
                    report.trade_offs.push_back(message("allocation.trade.judged", {{"adjudicator", t.adjudicators[static_cast<size_t>(a)].name},
                                                                                    {"team", t.teams[static_cast<size_t>(team)].name},
                                                                                    {"n", std::to_string(n)}}));
            }
        int stronger = -1;  // the strongest chair of a less important room, if stronger than ours
        for (size_t o = 0; o < debates.size() && d.chair >= 0; ++o)
            if (order.rank[o] > order.rank[r] && debates[o].chair >= 0 && strength(debates[o].chair) > strength(d.chair) &&
                (stronger < 0 || strength(debates[o].chair) > strength(debates[static_cast<size_t>(stronger)].chair)))
                stronger = static_cast<int>(o);
        if (stronger >= 0) {
            const Debate& o = debates[static_cast<size_t>(stronger)];
            report.trade_offs.push_back(message("allocation.trade.stronger_chair", {{"room", std::to_string(o.room)},
                                                                                    {"chair", t.adjudicators[static_cast<size_t>(o.chair)].name},
                                                                                    {"strength", fmt::format("{}", strength(o.chair))}}));
        }
        out.rooms.push_back(std::move(report));
    }
}

}  // namespace tab::allocation

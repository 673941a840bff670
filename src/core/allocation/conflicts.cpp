// Conflicts, the rules no allocation may break, and the check that an allocation keeps them.
//
// An adjudicator conflicts with a team when the director listed the team in the adjudicator's
// team conflicts, when the team belongs to the adjudicator's own institution, or when the team's
// institution is among the adjudicator's conflicted institutions (DOMAIN.md §6; Tabbycat adds
// own institutions on import, tabbycat.md §6.1). Two adjudicators conflict when either lists the
// other. Sharing an institution does not keep two adjudicators apart: small circuits could not
// form panels otherwise.
//
// verify_allocation() reads a finished draw back and reports every broken hard rule. The
// allocator never produces one (tests/unit/allocation prove it over random instances); the CLI
// runs the check before writing anyway, so a bug cannot reach a draw file.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "tab/allocation/allocation.hpp"

namespace tab {

namespace {

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

bool conflicts_with_team(const Tournament& t, int a, int team) {
    const Adjudicator& adj = t.adjudicators[static_cast<size_t>(a)];
    if (contains(adj.team_conflicts, team)) return true;
    const int inst = t.teams[static_cast<size_t>(team)].institution;
    if (inst < 0) return false;
    return inst == adj.institution || contains(adj.institution_conflicts, inst);
}

bool conflicts_with_adjudicator(const Tournament& t, int a, int b) {
    return contains(t.adjudicators[static_cast<size_t>(a)].adjudicator_conflicts, b) ||
           contains(t.adjudicators[static_cast<size_t>(b)].adjudicator_conflicts, a);
}

std::vector<std::string> verify_allocation(const Tournament& t, const Draw& draw, const std::vector<bool>& available) {
    std::vector<std::string> broken;
    auto name = [&](int a) { return t.adjudicators[static_cast<size_t>(a)].name; };
    std::map<int, int> room_of;  // adjudicator -> room already seen in
    for (const Debate& d : draw.debates) {
        std::vector<int> panel;
        if (d.chair >= 0) panel.push_back(d.chair);
        else broken.push_back(fmt::format("room {}: no chair", d.room));
        panel.insert(panel.end(), d.panellists.begin(), d.panellists.end());
        panel.insert(panel.end(), d.trainees.begin(), d.trainees.end());
        for (size_t i = 0; i < panel.size(); ++i) {
            const int a = panel[i];
            if (auto [it, fresh] = room_of.emplace(a, d.room); !fresh)
                broken.push_back(fmt::format("room {}: {} also sits in room {}", d.room, name(a), it->second));
            if (static_cast<size_t>(a) < available.size() && !available[static_cast<size_t>(a)])
                broken.push_back(fmt::format("room {}: {} is unavailable in round {}", d.room, name(a), draw.round));
            for (int team : d.teams)
                if (team >= 0 && conflicts_with_team(t, a, team))
                    broken.push_back(fmt::format("room {}: {} conflicts with team {}", d.room, name(a),
                                                 t.teams[static_cast<size_t>(team)].name));
            for (size_t j = i + 1; j < panel.size(); ++j)
                if (conflicts_with_adjudicator(t, a, panel[j]))
                    broken.push_back(fmt::format("room {}: {} conflicts with {}", d.room, name(a), name(panel[j])));
        }
    }
    return broken;
}

}  // namespace tab

#include "tab/season/qualify.hpp"

#include <algorithm>
#include <map>

#include "tab/season/people.hpp"

namespace tab {
namespace {

bool has_team(const std::vector<Qualifier>& qs, int source, int team) {
    return std::any_of(qs.begin(), qs.end(), [&](const Qualifier& q) {
        return q.source == source && q.team == team && q.reason != "best_speaker";
    });
}

bool has_speaker(const std::vector<Qualifier>& qs, int source, int speaker) {
    return std::any_of(qs.begin(), qs.end(), [&](const Qualifier& q) {
        return q.source == source && std::find(q.speakers.begin(), q.speakers.end(), speaker) != q.speakers.end();
    });
}

}  // namespace

std::vector<Qualifier> stage_qualifiers(const QualificationStage& stage, const std::vector<const Tournament*>& sources,
                                        const std::vector<TournamentOutcome>& outcomes,
                                        const std::vector<std::string>& districts) {
    std::vector<Qualifier> out;
    for (int si = 0; si < static_cast<int>(sources.size()); ++si) {
        const Tournament& t = *sources[static_cast<size_t>(si)];
        const TournamentOutcome& o = outcomes[static_cast<size_t>(si)];
        for (int team : o.team_order) {
            int place = o.team_place[static_cast<size_t>(team)];
            if (place >= 1 && place <= stage.places) out.push_back({si, team, t.teams[static_cast<size_t>(team)].speakers, "place", place});
        }
        for (const Placing& p : o.best_speakers) {
            int team = t.speakers[static_cast<size_t>(p.who)].team;
            if (p.place < 1 || p.place > stage.best_speakers || team < 0 || has_speaker(out, si, p.who)) continue;
            out.push_back({si, team, {p.who}, "best_speaker", p.place});
        }
    }
    if (stage.per_district == 0) return out;
    struct Candidate { int place, source, team; };
    std::map<std::string, std::vector<Candidate>> by_district;
    for (int si = 0; si < static_cast<int>(sources.size()); ++si) {
        const Tournament& t = *sources[static_cast<size_t>(si)];
        for (int team : outcomes[static_cast<size_t>(si)].team_order)
            by_district[normalise_name(team_district(t, team, districts[static_cast<size_t>(si)]))].push_back(
                {outcomes[static_cast<size_t>(si)].team_place[static_cast<size_t>(team)], si, team});
    }
    for (auto& [district, candidates] : by_district) {
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            return std::pair(a.place, a.source) < std::pair(b.place, b.source);
        });
        for (int i = 0; i < std::min<int>(stage.per_district, static_cast<int>(candidates.size())); ++i) {
            const Candidate& c = candidates[static_cast<size_t>(i)];
            if (has_team(out, c.source, c.team)) continue;
            out.push_back({c.source, c.team, sources[static_cast<size_t>(c.source)]->teams[static_cast<size_t>(c.team)].speakers,
                           "district", c.place});
        }
    }
    return out;
}

}  // namespace tab

#include "tab/app/protocol.hpp"

#include <algorithm>

#include "tab/app/participants.hpp"
#include "tab/app/round_list.hpp"
#include "tab/ballots/results.hpp"
#include "tab/breaks/awards.hpp"
#include "tab/breaks/break.hpp"
#include "tab/standings/standings.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

using json = nlohmann::ordered_json;

std::optional<double> metric(const MetricValue& v) { return v.present() ? std::optional<double>(v.to_double()) : std::nullopt; }

std::string institution_name(const Tournament& t, int i) {
    if (i < 0) return "";
    const Institution& inst = t.institutions[static_cast<size_t>(i)];
    return inst.name.empty() ? inst.code : inst.name;
}

std::string team_name(const Tournament& t, int team) { return team >= 0 ? t.teams[static_cast<size_t>(team)].name : ""; }

std::vector<ProtocolTeam> teams(const Tournament& t, const std::string& lang) {
    std::vector<ProtocolTeam> out;
    for (const Team& team : t.teams) {
        ProtocolTeam entry{team.name, institution_name(t, team.institution), {}};
        for (int s : team.speakers) entry.speakers.push_back(t.speakers[static_cast<size_t>(s)].name);
        out.push_back(std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return compare_names(a.name, b.name, lang) < 0; });
    return out;
}

std::vector<ProtocolAdjudicator> adjudicators(const Tournament& t, const std::string& lang) {
    std::vector<ProtocolAdjudicator> out;
    for (const Adjudicator& a : t.adjudicators) out.push_back({a.name, institution_name(t, a.institution)});
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return compare_names(a.name, b.name, lang) < 0; });
    return out;
}

ProtocolRound round_results(const Tournament& t, const Round& round, const RoundResults& r) {
    ProtocolRound out{round.id, round.name.empty() ? round.id : round.name, round.stage, {}};
    for (const DebateResult& d : r.debates) {
        ProtocolRoom room{d.room, d.entered, {}};
        for (const TeamResult& team : d.teams) {
            ProtocolTeamResult result{t.format.sides[static_cast<size_t>(team.side)], team_name(t, team.team), std::nullopt,
                                      team.win, std::nullopt};
            if (d.entered && t.format.is_bp() && r.prelim) result.place = 4 - team.points;
            if (d.entered && team.scored) result.total = metric(MetricValue::of(team.score));
            room.teams.push_back(std::move(result));
        }
        out.rooms.push_back(std::move(room));
    }
    return out;
}

template <typename Rows, typename Describe>
ProtocolStandings standings(const Rows& table, Describe describe) {
    ProtocolStandings out{table.columns(), {}};
    for (const auto& row : table.rows) {
        ProtocolStanding entry = describe(row);
        entry.rank = row.rank.rank;
        entry.tied = row.rank.tied;
        for (const MetricValue& v : row.metrics) entry.metrics.push_back(metric(v));
        out.rows.push_back(std::move(entry));
    }
    return out;
}

std::vector<ProtocolBreakEntry> break_entries(const Tournament& t, const Break& b) {
    std::vector<ProtocolBreakEntry> out;
    for (const CategoryBreak& c : b.categories)
        for (const BreakEntry& e : c.entries)
            if (e.break_rank > 0) out.push_back({c.category, t.category_name(c.category), e.break_rank, team_name(t, e.team)});
    return out;
}

std::vector<ProtocolAward> awards(const Tournament& t, const Awards& a) {
    std::vector<ProtocolAward> out;
    for (const TeamPlaces& tp : a.teams)
        for (const Placing& p : tp.places)
            out.push_back({AwardKind::team_place, tp.category, t.category_name(tp.category), p.place, p.shared, team_name(t, p.who), ""});
    for (const SpeakerAwards& sa : a.speakers)
        for (const Placing& p : sa.speakers) {
            const Speaker& s = t.speakers[static_cast<size_t>(p.who)];
            out.push_back({AwardKind::best_speaker, sa.category, sa.category.empty() ? "" : t.category_name(sa.category), p.place,
                           p.shared, s.name, team_name(t, s.team)});
        }
    for (const Placing& p : a.adjudicators)
        out.push_back({AwardKind::best_adjudicator, "", "", p.place, p.shared, t.adjudicators[static_cast<size_t>(p.who)].name, ""});
    return out;
}

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(); }

json standings_json(const std::optional<ProtocolStandings>& s, const char* name_key, const char* detail_key) {
    if (!s) return json();
    json rows = json::array();
    for (const ProtocolStanding& row : s->rows) {
        json metrics = json::object();
        for (std::size_t i = 0; i < s->columns.size(); ++i) metrics[s->columns[i]] = optional_number(row.metrics[i]);
        rows.push_back({{"rank", row.rank ? json(row.rank) : json()},
                        {"tied", row.tied},
                        {name_key, row.name},
                        {detail_key, or_null(row.detail)},
                        {"metrics", metrics}});
    }
    return {{"columns", s->columns}, {"rows", rows}};
}

}  // namespace

std::string award_kind_code(AwardKind kind) {
    switch (kind) {
    case AwardKind::team_place: return "team_place";
    case AwardKind::best_speaker: return "best_speaker";
    case AwardKind::best_adjudicator: return "best_adjudicator";
    }
    return "";
}

ProtocolResult protocol(const Tournament& t, const FileSystem& fs, const std::string& lang, Diagnostics& diags) {
    ProtocolResult result;
    for (const Round& round : t.rounds) {
        for (const Motion& m : round.motions) result.motions.push_back({round.id, round.name.empty() ? round.id : round.name, m.text});
        if (std::optional<RoundResults> r = load_round_results(t, fs, round.id, diags)) {
            result.details.debates += static_cast<int>(r->debates.size());
            result.results.push_back(round_results(t, round, *r));
        }
    }
    result.details.name = t.name;
    result.details.start_date = t.start_date;
    result.details.location = t.location;
    result.details.preset = t.format.preset;
    result.details.teams = static_cast<int>(t.teams.size());
    result.details.speakers = static_cast<int>(t.speakers.size());
    result.details.adjudicators = static_cast<int>(t.adjudicators.size());
    result.details.rounds = static_cast<int>(t.rounds.size());
    result.teams = teams(t, lang);
    result.adjudicators = adjudicators(t, lang);

    std::vector<RoundResults> prelims = load_results(t, fs, "", diags);
    if (std::optional<TeamStandings> s = compute_team_standings(t, prelims, team_standings_options(t), diags))
        result.team_standings = standings(*s, [&](const TeamStanding& row) {
            return ProtocolStanding{0, false, team_name(t, row.team), institution_name(t, t.teams[static_cast<size_t>(row.team)].institution), {}};
        });
    if (std::optional<SpeakerStandings> s = compute_speaker_standings(t, prelims, speaker_standings_options(t), diags))
        result.speaker_standings = standings(*s, [&](const SpeakerStanding& row) {
            const Speaker& sp = t.speakers[static_cast<size_t>(row.speaker)];
            return ProtocolStanding{0, false, sp.name, team_name(t, sp.team), {}};
        });
    if (std::optional<Break> b = read_break(t, fs, diags)) result.break_entries = break_entries(t, *b);
    if (std::optional<Awards> a = compute_awards(t, fs, prelims, diags)) result.awards = awards(t, *a);
    return result;
}

nlohmann::ordered_json to_json(const ProtocolResult& r) {
    const ProtocolDetails& d = r.details;
    json teams = json::array();
    for (const ProtocolTeam& team : r.teams)
        teams.push_back({{"name", team.name}, {"institution", or_null(team.institution)}, {"speakers", team.speakers}});
    json adjudicators = json::array();
    for (const ProtocolAdjudicator& a : r.adjudicators) adjudicators.push_back({{"name", a.name}, {"institution", or_null(a.institution)}});
    json motions = json::array();
    for (const ProtocolMotion& m : r.motions) motions.push_back({{"round", m.round}, {"round_name", m.round_name}, {"motion", m.motion}});
    json results = json::array();
    for (const ProtocolRound& round : r.results) {
        json rooms = json::array();
        for (const ProtocolRoom& room : round.rooms) {
            json room_teams = json::array();
            for (const ProtocolTeamResult& team : room.teams)
                room_teams.push_back({{"side", team.side},
                                      {"team", team.team},
                                      {"place", team.place ? json(*team.place) : json()},
                                      {"win", team.win},
                                      {"total", optional_number(team.total)}});
            rooms.push_back({{"room", room.room}, {"entered", room.entered}, {"teams", room_teams}});
        }
        results.push_back({{"round", round.round}, {"round_name", round.round_name}, {"stage", stage_code(round.stage)}, {"rooms", rooms}});
    }
    json break_entries;
    if (r.break_entries) {
        break_entries = json::array();
        for (const ProtocolBreakEntry& e : *r.break_entries)
            break_entries.push_back({{"category", e.category}, {"category_name", e.category_name}, {"break_rank", e.break_rank}, {"team", e.team}});
    }
    json awards;
    if (r.awards) {
        awards = json::array();
        for (const ProtocolAward& a : *r.awards)
            awards.push_back({{"award", award_kind_code(a.kind)},
                              {"category", or_null(a.category)},
                              {"category_name", or_null(a.category_name)},
                              {"place", a.place},
                              {"shared", a.shared},
                              {"name", a.name},
                              {"team", or_null(a.team)}});
    }
    return {{"tournament", d.name},
            {"start_date", d.start_date ? json(format_date(*d.start_date)) : json()},
            {"location", or_null(d.location)},
            {"preset", d.preset},
            {"counts", {{"teams", d.teams}, {"speakers", d.speakers}, {"adjudicators", d.adjudicators}, {"rounds", d.rounds}, {"debates", d.debates}}},
            {"teams", teams},
            {"adjudicators", adjudicators},
            {"motions", motions},
            {"results", results},
            {"team_standings", standings_json(r.team_standings, "team", "institution")},
            {"speaker_standings", standings_json(r.speaker_standings, "speaker", "team")},
            {"break", break_entries},
            {"awards", awards}};
}

}  // namespace tab::app

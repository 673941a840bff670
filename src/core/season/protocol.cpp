#include "tab/season/protocol.hpp"

#include <algorithm>

#include "tab/breaks/awards.hpp"
#include "tab/breaks/break.hpp"
#include "tab/ballots/results.hpp"
#include "tab/standings/standings.hpp"

namespace tab {
namespace {

Cell metric(const MetricValue& v) {
    if (!v.present()) return Cell::none();
    if (v.kind == MetricValue::Kind::exact && v.exact.is_integer()) return Cell::of(static_cast<int64_t>(v.exact.num()));
    return Cell::of(v.to_double(), 2);
}

std::string institution_name(const Tournament& t, int i) {
    if (i < 0) return "";
    const Institution& inst = t.institutions[static_cast<size_t>(i)];
    return inst.name.empty() ? inst.code : inst.name;
}

std::string team_name(const Tournament& t, int team) { return team >= 0 ? t.teams[static_cast<size_t>(team)].name : ""; }

std::string category_name(const Tournament& t, const std::string& id) {
    if (const BreakCategory* c = t.find_break_category(id)) return c->name.empty() ? id : c->name;
    for (const SpeakerCategory& c : t.speaker_categories)
        if (c.id == id) return c.name.empty() ? id : c.name;
    return id;
}

Table details(const Tournament& t, const Catalogue& cat, int debates) {
    Table table{"details", cat.tr("protocol.details"), {{"item"}, {"value"}}, {}};
    auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) table.rows.push_back({Cell::of(cat.tr(key)), Cell::of(value)});
    };
    add("protocol.tournament", t.name);
    add("protocol.date", t.start_date ? format_date(*t.start_date) : "");
    add("protocol.location", t.location);
    add("protocol.format", t.format.preset);
    add("stats.teams", std::to_string(t.teams.size()));
    add("col.speakers", std::to_string(t.speakers.size()));
    add("col.adjudicators", std::to_string(t.adjudicators.size()));
    add("stats.rounds", std::to_string(t.rounds.size()));
    add("stats.debates", std::to_string(debates));
    return table;
}

Table teams(const Tournament& t, const Catalogue& cat) {
    std::vector<int> order(t.teams.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return compare_names(team_name(t, a), team_name(t, b), cat.lang()) < 0; });
    Table table{"teams", cat.tr("protocol.teams"), {{"team"}, {"institution"}, {"speakers"}}, {}};
    for (int i : order) {
        std::string names;
        for (int s : t.teams[static_cast<size_t>(i)].speakers) names += (names.empty() ? "" : ", ") + t.speakers[static_cast<size_t>(s)].name;
        table.rows.push_back({Cell::of(team_name(t, i)), Cell::of(institution_name(t, t.teams[static_cast<size_t>(i)].institution)), Cell::of(names)});
    }
    return table;
}

Table adjudicators(const Tournament& t, const Catalogue& cat) {
    std::vector<const Adjudicator*> order;
    for (const Adjudicator& a : t.adjudicators) order.push_back(&a);
    std::sort(order.begin(), order.end(),
              [&](const Adjudicator* a, const Adjudicator* b) { return compare_names(a->name, b->name, cat.lang()) < 0; });
    Table table{"adjudicators", cat.tr("protocol.adjudicators"), {{"adjudicator"}, {"institution"}}, {}};
    for (const Adjudicator* a : order) table.rows.push_back({Cell::of(a->name), Cell::of(institution_name(t, a->institution))});
    return table;
}

Table motions(const Tournament& t, const Catalogue& cat) {
    Table table{"motions", cat.tr("protocol.motions"), {{"round"}, {"motion"}}, {}};
    for (const Round& r : t.rounds)
        for (const Motion& m : r.motions) table.rows.push_back({Cell::of(r.name.empty() ? r.id : r.name), Cell::of(m.text)});
    return table;
}

Table round_results(const Tournament& t, const Round& round, const RoundResults& r, const Catalogue& cat) {
    Table table{"results_" + round.id, format_message(cat.tr("protocol.results"), {{"round", round.name.empty() ? round.id : round.name}}),
                {{"room", true}, {"side"}, {"team"}, {"result"}, {"total", true}}, {}};
    for (const DebateResult& d : r.debates)
        for (const TeamResult& team : d.teams) {
            std::string result = !d.entered                         ? "–"
                                 : t.format.is_bp() && r.prelim     ? format_message(cat.tr("award.place"), {{"place", std::to_string(4 - team.points)}})
                                 : team.win                         ? cat.tr("protocol.win")
                                                                    : cat.tr("protocol.loss");
            table.rows.push_back({Cell::of(d.room), Cell::of(cat.tr("side." + t.format.sides[static_cast<size_t>(team.side)])),
                                  Cell::of(team_name(t, team.team)), Cell::of(result),
                                  team.scored ? metric(MetricValue::of(team.score)) : Cell::none()});
        }
    return table;
}

void standings(const Tournament& t, const std::vector<RoundResults>& prelims, const Catalogue& cat, std::vector<Table>& out) {
    std::string error;
    if (std::optional<TeamStandings> s = compute_team_standings(t, prelims, team_standings_options(t), &error)) {
        Table table{"team_standings", cat.tr("protocol.team_standings"), {{"rank", true}, {"team"}, {"institution"}}, {}};
        for (const std::string& c : s->columns()) table.columns.push_back({c, true});
        for (const TeamStanding& row : s->rows) {
            std::vector<Cell> cells = {Cell::of(rank_text(row.rank)), Cell::of(team_name(t, row.team)),
                                       Cell::of(institution_name(t, t.teams[static_cast<size_t>(row.team)].institution))};
            for (const MetricValue& v : row.metrics) cells.push_back(metric(v));
            table.rows.push_back(std::move(cells));
        }
        out.push_back(std::move(table));
    }
    if (std::optional<SpeakerStandings> s = compute_speaker_standings(t, prelims, speaker_standings_options(t), &error)) {
        Table table{"speaker_standings", cat.tr("protocol.speaker_standings"), {{"rank", true}, {"speaker"}, {"team"}}, {}};
        for (const std::string& c : s->columns()) table.columns.push_back({c, true});
        for (const SpeakerStanding& row : s->rows) {
            std::vector<Cell> cells = {Cell::of(rank_text(row.rank)), Cell::of(t.speakers[static_cast<size_t>(row.speaker)].name),
                                       Cell::of(team_name(t, t.speakers[static_cast<size_t>(row.speaker)].team))};
            for (const MetricValue& v : row.metrics) cells.push_back(metric(v));
            table.rows.push_back(std::move(cells));
        }
        out.push_back(std::move(table));
    }
}

Table break_table(const Tournament& t, const Break& b, const Catalogue& cat) {
    Table table{"break", cat.tr("protocol.break"), {{"category"}, {"break_rank", true}, {"team"}}, {}};
    for (const CategoryBreak& c : b.categories) {
        std::string name = category_name(t, c.category);
        for (const BreakEntry& e : c.entries)
            if (e.break_rank > 0) table.rows.push_back({Cell::of(name), Cell::of(e.break_rank), Cell::of(team_name(t, e.team))});
    }
    return table;
}

Table awards_table(const Tournament& t, const Awards& a, const Catalogue& cat) {
    Table table{"awards", cat.tr("protocol.awards"), {{"award"}, {"place", true}, {"name"}, {"team"}}, {}};
    // "3=" for a shared place, as `tab awards` and the standings print it.
    auto place = [](const Placing& p) { return Cell::of(std::to_string(p.place) + (p.shared ? "=" : "")); };
    for (const TeamPlaces& tp : a.teams) {
        std::string title = format_message(cat.tr("title.team_places"), {{"category", category_name(t, tp.category)}});
        for (const Placing& p : tp.places) table.rows.push_back({Cell::of(title), place(p), Cell::of(team_name(t, p.who)), Cell::none()});
    }
    for (const SpeakerAwards& sa : a.speakers) {
        std::string title = sa.category.empty() ? cat.tr("title.best_speakers")
                                                : format_message(cat.tr("title.best_speakers_category"),
                                                                 {{"category", category_name(t, sa.category)}});
        for (const Placing& p : sa.speakers) {
            const Speaker& s = t.speakers[static_cast<size_t>(p.who)];
            table.rows.push_back({Cell::of(title), place(p), Cell::of(s.name), Cell::of(team_name(t, s.team))});
        }
    }
    for (const Placing& p : a.adjudicators)
        table.rows.push_back({Cell::of(cat.tr("title.best_adjudicators")), place(p),
                              Cell::of(t.adjudicators[static_cast<size_t>(p.who)].name), Cell::none()});
    return table;
}

Table signatures(const Catalogue& cat) {
    Table table{"signatures", cat.tr("protocol.signatures"), {{"role"}, {"name"}, {"signature"}}, {}};
    const std::string line = "______________________";
    for (const char* role : {"protocol.chief_adjudicator", "protocol.organiser"})
        table.rows.push_back({Cell::of(cat.tr(role)), Cell::of(line), Cell::of(line)});
    return table;
}

}  // namespace

std::vector<Table> protocol_tables(const Tournament& t, const FileSystem& fs, const Catalogue& cat, Diagnostics& diags) {
    std::vector<Table> rounds;
    int debates = 0;
    for (const Round& round : t.rounds) {
        std::optional<RoundResults> r = load_round_results(t, fs, round.id, diags);
        if (!r) continue;
        debates += static_cast<int>(r->debates.size());
        rounds.push_back(round_results(t, round, *r, cat));
    }
    std::vector<Table> out = {details(t, cat, debates), teams(t, cat), adjudicators(t, cat), motions(t, cat)};
    out.insert(out.end(), rounds.begin(), rounds.end());
    std::vector<RoundResults> prelims = load_results(t, fs, "", diags);
    standings(t, prelims, cat, out);
    if (std::optional<Break> b = read_break(t, fs, diags)) out.push_back(break_table(t, *b, cat));
    std::string error;
    if (std::optional<Awards> a = compute_awards(t, fs, prelims, diags, &error)) out.push_back(awards_table(t, *a, cat));
    out.push_back(signatures(cat));
    return out;
}

}  // namespace tab

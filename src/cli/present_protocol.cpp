// The protocol's tables for printing (--format html or md) and for machines (csv, tsv: codes,
// one value per cell), from the typed protocol (app/protocol.hpp).
#include "present_protocol.hpp"

#include <cmath>

namespace tab::cli {
namespace {

Cell number(const std::optional<double>& v) {
    if (!v) return Cell::none();
    if (*v == std::floor(*v)) return Cell::of(static_cast<int64_t>(*v));
    return Cell::of(*v, 2);
}

Cell rank(int rank, bool tied) { return rank ? Cell::of(std::to_string(rank) + (tied ? "=" : "")) : Cell::none(); }

Table details(const app::ProtocolDetails& d, const Catalogue& cat, bool machines) {
    Table table{"details", cat.tr("protocol.details"), {{"item"}, {"value"}}, {}};
    auto add = [&](const char* code, const char* key, const std::string& value) {
        if (!value.empty()) table.rows.push_back({Cell::of(machines ? std::string(code) : cat.tr(key)), Cell::of(value)});
    };
    add("tournament", "protocol.tournament", d.name);
    const std::string iso_date = d.start_date ? format_date(*d.start_date) : "";
    add("start_date", "protocol.date", machines ? iso_date : cat.date(iso_date));
    add("location", "protocol.location", d.location);
    add("preset", "protocol.format", machines || !cat.has("format." + d.preset) ? d.preset : cat.tr("format." + d.preset));
    add("teams", "stats.teams", std::to_string(d.teams));
    add("speakers", "col.speakers", std::to_string(d.speakers));
    add("adjudicators", "col.adjudicators", std::to_string(d.adjudicators));
    add("rounds", "stats.rounds", std::to_string(d.rounds));
    add("debates", "stats.debates", std::to_string(d.debates));
    return table;
}

Table round_table(const app::ProtocolRound& round, const Catalogue& cat, bool machines) {
    Table table{"results_" + round.round, format_message(cat.tr("protocol.results"), {{"round", round.round_name}}),
                {{"room", true}, {"side"}, {"team"}, {"result"}, {"total", true}}, {}};
    if (machines) table.columns = {{"room"}, {"side"}, {"team"}, {"entered"}, {"place"}, {"win"}, {"total"}};
    for (const app::ProtocolRoom& room : round.rooms)
        for (const app::ProtocolTeamResult& team : room.teams) {
            if (machines) {
                table.rows.push_back({Cell::of(room.room), Cell::of(team.side), Cell::of(team.team),
                                      Cell::of(std::string(room.entered ? "true" : "false")),
                                      team.place ? Cell::of(*team.place) : Cell::none(),
                                      Cell::of(std::string(team.win ? "true" : "false")), number(team.total)});
                continue;
            }
            std::string result = !room.entered ? "–"
                                 : team.place  ? format_message(cat.tr("award.place"), {{"place", std::to_string(*team.place)}})
                                 : team.win    ? cat.tr("protocol.win")
                                               : cat.tr("protocol.loss");
            table.rows.push_back({Cell::of(room.room), Cell::of(cat.tr("side." + team.side)), Cell::of(team.team), Cell::of(result),
                                  number(team.total)});
        }
    return table;
}

Table standings_table(const std::string& name, const std::string& title, const char* who, const char* detail,
                      const app::ProtocolStandings& s) {
    Table table{name, title, {{"rank", true}, {who}, {detail}}, {}};
    for (const std::string& c : s.columns) table.columns.push_back({c, true});
    for (const app::ProtocolStanding& row : s.rows) {
        std::vector<Cell> cells = {rank(row.rank, row.tied), Cell::of(row.name), Cell::of(row.detail)};
        for (const std::optional<double>& v : row.metrics) cells.push_back(number(v));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

Table awards_table(const std::vector<app::ProtocolAward>& awards, const Catalogue& cat, bool machines) {
    Table table{"awards", cat.tr("protocol.awards"), {{"award"}, {"place", true}, {"name"}, {"team"}}, {}};
    if (machines) table.columns = {{"award"}, {"category"}, {"place"}, {"shared"}, {"name"}, {"team"}};
    for (const app::ProtocolAward& a : awards) {
        if (machines) {
            table.rows.push_back({Cell::of(app::award_kind_code(a.kind)), Cell::of(a.category), Cell::of(a.place),
                                  Cell::of(std::string(a.shared ? "true" : "false")), Cell::of(a.name), Cell::of(a.team)});
            continue;
        }
        std::string title = a.kind == app::AwardKind::team_place ? format_message(cat.tr("title.team_places"), {{"category", a.category_name}})
                            : a.kind == app::AwardKind::best_adjudicator ? cat.tr("title.best_adjudicators")
                            : a.category.empty() ? cat.tr("title.best_speakers")
                                                 : format_message(cat.tr("title.best_speakers_category"), {{"category", a.category_name}});
        // "3=" for a shared place, as `tab awards` and the standings print it.
        table.rows.push_back({Cell::of(title), Cell::of(std::to_string(a.place) + (a.shared ? "=" : "")), Cell::of(a.name), Cell::of(a.team)});
    }
    return table;
}

// Lines to sign on paper: only for people.
Table signatures(const Catalogue& cat) {
    Table table{"signatures", cat.tr("protocol.signatures"), {{"role"}, {"name"}, {"signature"}}, {}};
    const std::string line = "______________________";
    for (const char* role : {"protocol.chief_adjudicator", "protocol.organiser"})
        table.rows.push_back({Cell::of(cat.tr(role)), Cell::of(line), Cell::of(line)});
    return table;
}

}  // namespace

std::vector<Table> protocol_tables(const app::ProtocolResult& r, const Catalogue& cat, bool machines) {
    std::vector<Table> out = {details(r.details, cat, machines)};
    Table teams{"teams", cat.tr("protocol.teams"), {{"team"}, {"institution"}, {"speakers"}}, {}};
    for (const app::ProtocolTeam& t : r.teams)
        teams.rows.push_back({Cell::of(t.name), Cell::of(t.institution), Cell::of(machines ? list_cell(t.speakers) : [&] {
            std::string names;  // people read a comma-separated list of names
            for (const std::string& s : t.speakers) names += (names.empty() ? "" : ", ") + s;
            return names;
        }())});
    out.push_back(std::move(teams));
    Table adjudicators{"adjudicators", cat.tr("protocol.adjudicators"), {{"adjudicator"}, {"institution"}}, {}};
    for (const app::ProtocolAdjudicator& a : r.adjudicators) adjudicators.rows.push_back({Cell::of(a.name), Cell::of(a.institution)});
    out.push_back(std::move(adjudicators));
    Table motions{"motions", cat.tr("protocol.motions"), {{"round"}, {"motion"}}, {}};
    for (const app::ProtocolMotion& m : r.motions) motions.rows.push_back({Cell::of(machines ? m.round : m.round_name), Cell::of(m.motion)});
    out.push_back(std::move(motions));
    for (const app::ProtocolRound& round : r.results) out.push_back(round_table(round, cat, machines));
    if (r.team_standings)
        out.push_back(standings_table("team_standings", cat.tr("protocol.team_standings"), "team", "institution", *r.team_standings));
    if (r.speaker_standings)
        out.push_back(standings_table("speaker_standings", cat.tr("protocol.speaker_standings"), "speaker", "team", *r.speaker_standings));
    if (r.break_entries) {
        Table table{"break", cat.tr("protocol.break"), {{"category"}, {"break_rank", true}, {"team"}}, {}};
        for (const app::ProtocolBreakEntry& e : *r.break_entries)
            table.rows.push_back({Cell::of(machines ? e.category : e.category_name), Cell::of(e.break_rank), Cell::of(e.team)});
        out.push_back(std::move(table));
    }
    if (r.awards) out.push_back(awards_table(*r.awards, cat, machines));
    if (!machines) out.push_back(signatures(cat));
    return out;
}

}  // namespace tab::cli

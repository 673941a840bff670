#include "present_season.hpp"

#include "tab/render/charts.hpp"

namespace tab::cli {
namespace {

Cell yes_no(const Catalogue& cat, bool yes, bool machines) {
    return Cell::of(machines ? std::string(yes ? "true" : "false") : cat.tr(yes ? "word.yes" : "word.no"));
}

Table count_table(const std::string& name, const std::string& title, const std::string& group,
                  const std::vector<StatsRow>& rows, const Catalogue& cat, bool machines, bool gender, bool age) {
    Table table{name, title, {{group}, {"speakers", true}, {"adjudicators", true}, {"total", true}}, {}};
    for (const StatsRow& r : rows) {
        std::string value = age ? app::age_band_code(r.label) : r.label;
        if (!machines)
            value = r.label.empty()         ? cat.tr("stats.unknown")
                    : r.label == "under 13" ? cat.tr("stats.under_13")
                    : gender                ? cat.tr("gender." + r.label)
                                            : r.label;
        table.rows.push_back({Cell::of(value), Cell::of(r.speakers), Cell::of(r.adjudicators), Cell::of(r.total)});
    }
    return table;
}

}  // namespace

std::vector<Table> season_status_tables(const app::SeasonStatusResult& r, const Catalogue& cat, bool machines) {
    Table events{"tournaments", cat.tr("title.season_tournaments"),
                 {{"id"}, {"tournament"}, {"rounds", true}, {"complete", true}, {"done"}, {"winner"}}, {}};
    if (machines) events.columns = {{"id"}, {"tournament"}, {"rounds"}, {"rounds_drawn"}, {"rounds_complete"}, {"done"}, {"winner"}};
    for (const app::SeasonTournamentStatus& t : r.tournaments) {
        std::vector<Cell> row = {Cell::of(t.id), Cell::of(t.name)};
        if (machines) {
            row.push_back(Cell::of(t.rounds));
            row.push_back(Cell::of(t.rounds_drawn));
        } else {
            row.push_back(Cell::of(std::to_string(t.rounds_drawn) + "/" + std::to_string(t.rounds)));
        }
        row.push_back(Cell::of(t.rounds_complete));
        row.push_back(yes_no(cat, t.done, machines));
        row.push_back(Cell::of(t.winner));
        events.rows.push_back(std::move(row));
    }
    Table qualified{"qualified", cat.tr("title.season_qualified"),
                    {{"stage"}, {"from"}, {"qualified"}, {"reason"}, {"into"}, {"written"}}, {}};
    if (machines) qualified.columns = {{"stage"}, {"from"}, {"qualified"}, {"reason"}, {"place"}, {"into"}, {"written"}, {"waiting"}};
    for (const app::StageStatus& st : r.stages) {
        if (!st.waiting_for.empty()) {
            if (machines)
                qualified.rows.push_back({Cell::of(st.id), Cell::of(st.waiting_for), Cell::none(), Cell::none(), Cell::none(),
                                          Cell::of(st.into), Cell::none(), Cell::of(std::string("true"))});
            else
                qualified.rows.push_back({Cell::of(st.id), Cell::of(st.waiting_for), Cell::of(cat.tr("season.not_finished")),
                                          Cell::none(), Cell::of(st.into), Cell::none()});
            continue;
        }
        for (const app::QualifierStatus& q : st.qualifiers) {
            if (machines)
                qualified.rows.push_back({Cell::of(st.id), Cell::of(q.from), Cell::of(q.name), Cell::of(q.reason), Cell::of(q.place),
                                          Cell::of(st.into), yes_no(cat, q.written, true), Cell::of(std::string("false"))});
            else
                qualified.rows.push_back({Cell::of(st.id), Cell::of(q.from), Cell::of(q.name),
                                          Cell::of(format_message(cat.tr("season.reason." + q.reason), {{"place", std::to_string(q.place)}})),
                                          Cell::of(st.into), yes_no(cat, q.written, false)});
        }
    }
    return {events, qualified};
}

Table season_qualify_table(const app::SeasonQualifyResult& r, const Catalogue& cat, bool machines) {
    Table table{"qualified", format_message(cat.tr("title.season_qualify"), {{"stage", r.stage}, {"into", r.into}}),
                {{"team"}, {"result"}}, {}};
    for (const std::string& name : r.report.added)
        table.rows.push_back({Cell::of(name), Cell::of(machines ? std::string("added") : cat.tr("season.added"))});
    for (const std::string& name : r.report.present)
        table.rows.push_back({Cell::of(name), Cell::of(machines ? std::string("already_present") : cat.tr("season.present"))});
    return table;
}

std::vector<Table> season_league_tables(const app::SeasonTableResult& r, const Catalogue& cat, bool machines) {
    std::vector<Table> tables;
    for (const auto& [by, entries] : r.tables) {
        const std::string key = app::league_by_code(by);
        const std::string detail = app::league_detail_key(by);
        std::vector<Column> columns = {{"rank", true}};
        if (machines) columns.push_back({"tied"});
        columns.push_back({key});
        if (!detail.empty()) columns.push_back({detail});
        columns.push_back({"tournaments", true});
        columns.push_back({"points", true});
        Table t{key, cat.tr("title.league_" + key), columns, {}};
        for (const LeagueEntry& e : entries) {
            std::vector<Cell> row;
            if (machines) {
                row.push_back(Cell::of(e.rank));
                row.push_back(Cell::of(std::string(e.tied ? "true" : "false")));
            } else {
                row.push_back(Cell::of(std::to_string(e.rank) + (e.tied ? "=" : "")));
            }
            row.push_back(Cell::of(e.name));
            if (!detail.empty()) row.push_back(Cell::of(e.detail));
            row.push_back(Cell::of(e.tournaments));
            row.push_back(Cell::of(e.points));
            t.rows.push_back(std::move(row));
        }
        tables.push_back(std::move(t));
    }
    return tables;
}

Table season_duplicates_table(const app::SeasonDuplicatesResult& r, const Catalogue& cat) {
    Table table{"duplicates", cat.tr("title.likely_duplicates"),
                {{"name"}, {"institution"}, {"tournaments"}, {"similar"}, {"similar_institution"}, {"similar_tournaments"}}, {}};
    for (const auto& [a, b] : r.pairs)
        table.rows.push_back({Cell::of(a.name), Cell::of(a.institution), Cell::of(list_cell(a.tournaments)), Cell::of(b.name),
                              Cell::of(b.institution), Cell::of(list_cell(b.tournaments))});
    return table;
}

std::vector<Table> stats_tables(const app::StatsResult& r, const Catalogue& cat, bool machines) {
    const ParticipantStats& s = r.stats;
    Table summary{"summary", cat.tr("title.stats_summary"), {{"item"}, {"count", true}}, {}};
    const std::pair<const char*, int> totals[] = {
        {"tournaments", s.tournaments}, {"participants", s.participants}, {"speakers", s.speakers},
        {"adjudicators", s.adjudicators}, {"teams", s.teams}, {"debates", s.debates},
        {"rounds", s.rounds}, {"institutions", s.institutions}, {"districts", s.districts},
        {"certificates", s.certificates}, {"diplomas", s.diplomas}};
    for (const auto& [key, value] : totals)
        summary.rows.push_back({Cell::of(machines ? std::string(key) : cat.tr(std::string("stats.") + key)), Cell::of(value)});
    return {summary,
            count_table("gender", cat.tr("title.stats_gender"), "gender", s.by_gender, cat, machines, true, false),
            count_table("age", cat.tr("title.stats_age"), "age_band", s.by_age, cat, machines, false, true),
            count_table("district", cat.tr("title.stats_district"), "district", s.by_district, cat, machines, false, false),
            count_table("category", cat.tr("title.stats_category"), "category", s.by_category, cat, machines, false, false),
            count_table("institution", cat.tr("title.stats_institution"), "institution", s.by_institution, cat, machines, false, false)};
}

std::vector<std::pair<std::string, std::string>> stats_figures(const std::vector<Table>& tables) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Table& table : tables) {
        if (table.name != "gender" && table.name != "age") continue;
        svg::BarGroup group;
        for (const std::vector<Cell>& row : table.rows) {
            const int64_t total = row.back().integer;  // the "total" column
            group.bars.push_back({row.front().text, static_cast<double>(total), std::to_string(total)});
        }
        out.emplace_back(table.name, svg::horizontal_bars({group}, 0, table.title, "stats-" + table.name).str());
    }
    return out;
}

}  // namespace tab::cli

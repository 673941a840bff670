// tab season status | qualify STAGE | table | duplicates: the commands of a season directory
// (season.toml, see season.hpp). Each loads the season and every tournament it lists, so a
// problem anywhere is reported before anything is written.
#include "commands.hpp"
#include "season_loading.hpp"
#include "tab/season/league.hpp"
#include "tab/model/loader.hpp"
#include "tab/season/people.hpp"
#include "tab/season/qualify.hpp"

namespace tab::cli {
namespace {

std::string yes_no(const Catalogue& cat, bool yes) { return cat.tr(yes ? "word.yes" : "word.no"); }

struct StageInputs {
    std::vector<int> sources;
    std::vector<const Tournament*> tournaments;
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;
};

StageInputs stage_inputs(const LoadedSeason& s, const QualificationStage& stage) {
    StageInputs in;
    for (const std::string& id : stage.from) in.sources.push_back(s.index(id));
    in.tournaments = s.pointers(in.sources);
    for (int i : in.sources) {
        in.outcomes.push_back(s.outcomes[static_cast<size_t>(i)]);
        in.districts.push_back(s.districts[static_cast<size_t>(i)]);
    }
    return in;
}

// The stage's qualifiers and, without writing anything, which of them the target already has.
std::vector<std::pair<Qualifier, bool>> qualifiers_with_presence(const LoadedSeason& s, const QualificationStage& stage) {
    StageInputs in = stage_inputs(s, stage);
    std::vector<std::pair<Qualifier, bool>> out;
    const Tournament& target = s.tournaments[static_cast<size_t>(s.index(stage.into))];
    for (const Qualifier& q : stage_qualifiers(stage, in.tournaments, in.outcomes, in.districts)) {
        MemoryFileSystem scratch;
        QualifyReport report;
        std::string error;
        append_qualifiers(scratch, target, stage, in.tournaments, {q}, &report, &error);
        out.push_back({q, !report.present.empty()});
    }
    return out;
}

std::string reason_text(const Catalogue& cat, const Qualifier& q) {
    return format_message(cat.tr("season.reason." + q.reason), {{"place", std::to_string(q.place)}});
}

std::string qualifier_name(const Tournament& t, const Qualifier& q) {
    if (q.reason == "best_speaker") return t.speakers[static_cast<size_t>(q.speakers.front())].name;
    return t.teams[static_cast<size_t>(q.team)].name;
}

// The first source of the stage that is not finished, or "".
std::string unfinished_source(const LoadedSeason& s, const QualificationStage& stage) {
    for (const std::string& id : stage.from)
        if (!s.outcomes[static_cast<size_t>(s.index(id))].done()) return id;
    return "";
}

}  // namespace

int run_season_status(Context& ctx, const SeasonOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = load_season_dir(ctx, o.path, &code);
    if (!s) return code;
    const Catalogue cat = season_catalogue(ctx, s->season.language, *s->root);
    Table events{"tournaments", cat.tr("title.season_tournaments"),
                 {{"id"}, {"tournament"}, {"rounds", true}, {"complete", true}, {"done"}, {"winner"}}, {}};
    for (std::size_t i = 0; i < s->tournaments.size(); ++i) {
        const Tournament& t = s->tournaments[i];
        const TournamentOutcome& out = s->outcomes[i];
        std::string winner = out.done() && !out.team_order.empty() ? t.teams[static_cast<size_t>(out.team_order.front())].name : "";
        events.rows.push_back({Cell::of(s->season.tournaments[i].id), Cell::of(t.name),
                               Cell::of(std::to_string(out.rounds_drawn) + "/" + std::to_string(out.rounds)),
                               Cell::of(out.rounds_complete), Cell::of(yes_no(cat, out.done())), Cell::of(winner)});
    }
    Table qualified{"qualified", cat.tr("title.season_qualified"),
                    {{"stage"}, {"from"}, {"qualified"}, {"reason"}, {"into"}, {"written"}}, {}};
    for (const QualificationStage& stage : s->season.stages) {
        std::string waiting = unfinished_source(*s, stage);
        if (!waiting.empty()) {
            qualified.rows.push_back({Cell::of(stage.id), Cell::of(waiting), Cell::of(cat.tr("season.not_finished")),
                                      Cell::none(), Cell::of(stage.into), Cell::none()});
            continue;
        }
        for (const auto& [q, present] : qualifiers_with_presence(*s, stage)) {
            const std::string& from = stage.from[static_cast<size_t>(q.source)];
            qualified.rows.push_back({Cell::of(stage.id), Cell::of(from),
                                      Cell::of(qualifier_name(s->tournaments[static_cast<size_t>(s->index(from))], q)),
                                      Cell::of(reason_text(cat, q)), Cell::of(stage.into), Cell::of(yes_no(cat, present))});
        }
    }
    print_tables(ctx, {events, qualified}, cat, s->season.name);
    return exit_code::ok;
}

int run_season_qualify(Context& ctx, const SeasonQualifyOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = load_season_dir(ctx, o.path, &code);
    if (!s) return code;
    const QualificationStage* stage = s->season.find_stage(o.stage);
    if (!stage) {
        ctx.error("STAGE: found '" + o.stage + "', expected a stage id of [[stages]] in season.toml");
        return exit_code::usage;
    }
    if (std::string waiting = unfinished_source(*s, *stage); !waiting.empty()) {
        const TournamentOutcome& out = s->outcomes[static_cast<size_t>(s->index(waiting))];
        ctx.error("stage '" + stage->id + "' cannot qualify yet: tournament '" + waiting + "' has " +
                  std::to_string(out.rounds_complete) + " of " + std::to_string(out.rounds) + " rounds complete");
        return exit_code::cannot;
    }
    const int into = s->index(stage->into);
    StageInputs in = stage_inputs(*s, *stage);
    std::vector<Qualifier> qualifiers = stage_qualifiers(*stage, in.tournaments, in.outcomes, in.districts);
    QualifyReport report;
    std::string error;
    if (!append_qualifiers(*s->dirs[static_cast<size_t>(into)], s->tournaments[static_cast<size_t>(into)], *stage,
                           in.tournaments, qualifiers, &report, &error)) {
        ctx.error(error);
        return exit_code::cannot;
    }
    Diagnostics diags;
    load_tournament(*s->dirs[static_cast<size_t>(into)], diags);
    if (diags.has_errors())
        ctx.warn("the tournament '" + stage->into + "' now has errors; run `tab check` there");
    const Catalogue cat = season_catalogue(ctx, s->season.language, *s->root);
    Table table{"qualified", format_message(cat.tr("title.season_qualify"), {{"stage", stage->id}, {"into", stage->into}}),
                {{"team"}, {"result"}}, {}};
    for (const std::string& name : report.added) table.rows.push_back({Cell::of(name), Cell::of(cat.tr("season.added"))});
    for (const std::string& name : report.present) table.rows.push_back({Cell::of(name), Cell::of(cat.tr("season.present"))});
    print_tables(ctx, {table}, cat, s->season.name);
    return exit_code::ok;
}

int run_season_table(Context& ctx, const SeasonTableOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = load_season_dir(ctx, o.path, &code);
    if (!s) return code;
    std::vector<int> chosen;
    for (const std::string& id : s->season.table.tournaments) chosen.push_back(s->index(id));
    if (chosen.empty())
        for (int i = 0; i < static_cast<int>(s->tournaments.size()); ++i) chosen.push_back(i);
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;
    for (int i : chosen) {
        outcomes.push_back(s->outcomes[static_cast<size_t>(i)]);
        districts.push_back(s->districts[static_cast<size_t>(i)]);
    }
    const Catalogue cat = season_catalogue(ctx, s->season.language, *s->root);
    LeagueTables league = league_tables(s->season.table, s->pointers(chosen), outcomes, districts, cat.lang());
    auto table = [&](const std::string& by, const std::string& detail, const std::vector<LeagueEntry>& entries) {
        std::vector<Column> columns = {{"rank", true}, {by}};
        if (!detail.empty()) columns.push_back({detail});
        columns.push_back({"tournaments", true});
        columns.push_back({"points", true});
        Table t{by, cat.tr("title.league_" + by), columns, {}};
        for (const LeagueEntry& e : entries) {
            std::vector<Cell> row = {Cell::of(std::to_string(e.rank) + (e.tied ? "=" : "")), Cell::of(e.name)};
            if (!detail.empty()) row.push_back(Cell::of(e.detail));
            row.push_back(Cell::of(e.tournaments));
            row.push_back(Cell::of(e.points));
            t.rows.push_back(std::move(row));
        }
        return t;
    };
    std::vector<Table> tables;
    if (o.by.empty() || o.by == "team") tables.push_back(table("team", "institution", league.teams));
    if (o.by.empty() || o.by == "speaker") tables.push_back(table("speaker", "institution", league.speakers));
    if (o.by.empty() || o.by == "institution") tables.push_back(table("institution", "district", league.institutions));
    if (o.by.empty() || o.by == "district") tables.push_back(table("district", "", league.districts));
    print_tables(ctx, tables, cat, s->season.name);
    return exit_code::ok;
}

int run_season_duplicates(Context& ctx, const SeasonOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = load_season_dir(ctx, o.path, &code);
    if (!s) return code;
    const Catalogue cat = season_catalogue(ctx, s->season.language, *s->root);
    std::vector<int> all;
    for (int i = 0; i < static_cast<int>(s->tournaments.size()); ++i) all.push_back(i);
    std::vector<Person> people = match_people(s->pointers(all));
    auto where = [&](const Person& p) {
        std::string out;
        for (const Appearance& a : p.appearances) {
            const std::string& id = s->season.tournaments[static_cast<size_t>(a.tournament)].id;
            if (out.find(id) == std::string::npos) out += (out.empty() ? "" : "; ") + id;
        }
        return out;
    };
    Table table{"duplicates", cat.tr("title.likely_duplicates"),
                {{"name"}, {"institution"}, {"tournaments"}, {"similar"}, {"similar_institution"}, {"similar_tournaments"}}, {}};
    for (const LikelyDuplicate& d : likely_duplicates(people)) {
        const Person& a = people[static_cast<size_t>(d.first)];
        const Person& b = people[static_cast<size_t>(d.second)];
        table.rows.push_back({Cell::of(a.name), Cell::of(a.institution), Cell::of(where(a)), Cell::of(b.name),
                              Cell::of(b.institution), Cell::of(where(b))});
    }
    print_tables(ctx, {table}, cat, s->season.name);
    return exit_code::ok;
}

}  // namespace tab::cli

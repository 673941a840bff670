// tab teams, tab adjudicators: what was loaded (app/participants.hpp). Personal data (birth
// date, district, phone, e-mail) is shown only with --include-contacts.
//   csv/tsv: `teams` is one row per team (speakers and break_categories are list cells); with
//   --include-contacts one row per speaker. Gender is the code, trainee true/false, and the
//   three kinds of conflict are three list cells.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/participants.hpp"

namespace tab::cli {
namespace {

// The gender code for machines, its translation for people.
Cell gender(const Context& ctx, const Catalogue& cat, const std::string& code) {
    return Cell::of(code.empty() || is_machine_format(ctx.format()) ? code : cat.tr("gender." + code));
}

// The birth date as ISO for machines, in the output language's words for people.
void add_contacts(const Context& ctx, const Catalogue& cat, std::vector<Cell>& row, const std::optional<app::Contacts>& c) {
    if (!c) return;
    const std::string iso = c->birth_date ? format_date(*c->birth_date) : "";
    row.push_back(Cell::of(is_machine_format(ctx.format()) ? iso : cat.date(iso)));
    for (const std::string* v : {&c->district, &c->phone, &c->email}) row.push_back(Cell::of(*v));
}

Table speakers_table(const Context& ctx, const Catalogue& cat, const app::TeamsResult& r) {
    Table table{"speakers", "", {{"team"}, {"speaker"}, {"institution"}, {"gender"}, {"birth_date"}, {"district"}, {"phone"}, {"email"}}, {}};
    for (const app::TeamEntry& team : r.teams)
        for (const app::SpeakerEntry& s : team.speakers) {
            std::vector<Cell> row = {Cell::of(team.name), Cell::of(s.name), Cell::of(team.institution), gender(ctx, cat, s.gender)};
            add_contacts(ctx, cat, row, s.contacts);
            table.rows.push_back(std::move(row));
        }
    return table;
}

// Break categories by id for machines, by name for people.
Table teams_table(const Context& ctx, const app::TeamsResult& r) {
    Table table{"teams", "", {{"team"}, {"institution"}, {"speakers"}, {"break_categories"}}, {}};
    for (const app::TeamEntry& team : r.teams) {
        std::vector<std::string> names;
        for (const app::SpeakerEntry& s : team.speakers) names.push_back(s.name);
        table.rows.push_back({Cell::of(team.name), Cell::of(team.institution), Cell::of(list_cell(names)), 
                              Cell::of(list_cell(is_machine_format(ctx.format()) ? team.break_categories : team.break_category_names))});
    }
    return table;
}

Table adjudicators_table(const Context& ctx, const Catalogue& cat, const app::AdjudicatorsResult& r) {
    const bool machines = is_machine_format(ctx.format());
    std::vector<Column> columns = {{"name"}, {"institution"}, {"strength", true}, {"trainee"}};
    if (machines)
        for (const char* c : {"team_conflicts", "institution_conflicts", "adjudicator_conflicts"}) columns.push_back({c});
    else
        columns.push_back({"conflicts"});
    if (r.include_contacts)
        for (const char* c : {"gender", "birth_date", "district", "phone", "email"}) columns.push_back({c});
    Table table{"adjudicators", "", columns, {}};
    for (const app::AdjudicatorEntry& a : r.adjudicators) {
        std::vector<Cell> row = {Cell::of(a.name), Cell::of(a.institution), Cell::of(a.strength, 1),
                                 Cell::of(machines ? std::string(a.trainee ? "true" : "false") : a.trainee ? cat.tr("word.yes") : "")};
        if (machines) {
            for (const auto* list : {&a.team_conflicts, &a.institution_conflicts, &a.adjudicator_conflicts}) row.push_back(Cell::of(list_cell(*list)));
        } else {
            std::vector<std::string> all = a.team_conflicts;
            all.insert(all.end(), a.institution_conflicts.begin(), a.institution_conflicts.end());
            all.insert(all.end(), a.adjudicator_conflicts.begin(), a.adjudicator_conflicts.end());
            row.push_back(Cell::of(list_cell(all)));
        }
        if (r.include_contacts) {
            row.push_back(gender(ctx, cat, a.gender));
            add_contacts(ctx, cat, row, a.contacts);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

int run_teams(Context& ctx, const ListOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    const app::TeamsResult result = app::teams(*t, {o.include_contacts});
    if (ctx.format() == OutputFormat::json)
        ctx.print(app::to_json(result).dump(2) + "\n");
    else
        ctx.print(o.include_contacts ? speakers_table(ctx, ctx.catalogue(), result) : teams_table(ctx, result));
    return exit_code::ok;
}

int run_adjudicators(Context& ctx, const ListOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    const app::AdjudicatorsResult result = app::adjudicators(*t, {o.include_contacts});
    if (ctx.format() == OutputFormat::json)
        ctx.print(app::to_json(result).dump(2) + "\n");
    else
        ctx.print(adjudicators_table(ctx, ctx.catalogue(), result));
    return exit_code::ok;
}

}  // namespace tab::cli

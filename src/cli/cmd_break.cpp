// tab break [--force] [--show]: the break (app::compute_and_write_break) as one table per
// category for people, one table of every category for machines.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/break.hpp"

namespace tab::cli {
namespace {

// Each category's teams in the order break.csv holds them: breaking, reserves, the others.
std::vector<const app::BreakLine*> lines_of(const app::CategoryBreakReport& c) {
    std::vector<const app::BreakLine*> out;
    for (const auto* list : {&c.teams, &c.reserves, &c.others})
        for (const app::BreakLine& l : *list) out.push_back(&l);
    return out;
}

std::vector<Table> people_tables(const app::BreakReport& r, const Catalogue& cat) {
    std::vector<Table> tables;
    for (const app::CategoryBreakReport& c : r.categories) {
        Table table{"break", c.name, {{"break_rank", true}, {"rank", true}, {"team"}, {"institution"}, {"remark"}, {"note"}}, {}};
        for (const app::BreakLine* l : lines_of(c)) {
            const std::string remark(remark_key(l->remark));
            table.rows.push_back({optional_cell(l->break_rank), Cell::of(l->rank), Cell::of(l->team), Cell::of(l->institution),
                                  Cell::of(remark.empty() ? remark : cat.tr("remark." + remark)), Cell::of(l->note)});
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

Table machine_table(const app::BreakReport& r) {
    Table table{"break", "", {{"category"}, {"break_rank", true}, {"rank", true}, {"team"}, {"institution"}, {"remark"}, {"note"}}, {}};
    for (const app::CategoryBreakReport& c : r.categories)
        for (const app::BreakLine* l : lines_of(c))
            table.rows.push_back({Cell::of(c.category), optional_cell(l->break_rank), Cell::of(l->rank), Cell::of(l->team),
                                  Cell::of(l->institution), Cell::of(app::remark_code(l->remark).value_or("")), Cell::of(l->note)});
    return table;
}

}  // namespace

int run_break(Context& ctx, const BreakOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::BreakReport> r = app::compute_and_write_break(*t, ctx.fs(), {o.force, o.show, o.allow_incomplete}, diags);
    if (!r) return ctx.finish(diags);
    ctx.report(diags);
    if (r->written) ctx.note(format_message(ctx.catalogue().tr("note.wrote"), {{"path", ctx.path(break_file)}}));
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else if (is_machine_format(ctx.format())) ctx.print(machine_table(*r));
    else ctx.print(people_tables(*r, ctx.catalogue()));
    return exit_code::ok;
}

}  // namespace tab::cli

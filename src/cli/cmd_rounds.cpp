// tab rounds: the rounds of tournament.toml (app/round_list.hpp). The shell completion reads
// the ids from `tab --format tsv rounds`. csv/tsv: id, name, stage (code), draw_method,
// break_category, silent and drawn (true/false), motions.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/round_list.hpp"

namespace tab::cli {

int run_rounds(Context& ctx, const RoundsOptions&) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    const app::RoundsResult result = app::list_rounds(*t, ctx.fs());
    if (ctx.format() == OutputFormat::json) {
        ctx.print(app::to_json(result).dump(2) + "\n");
        return exit_code::ok;
    }
    const bool machines = is_machine_format(ctx.format());
    const Catalogue cat = ctx.catalogue();
    auto flag = [&](bool yes) { return Cell::of(machines ? std::string(yes ? "true" : "false") : yes ? cat.tr("word.yes") : ""); };
    Table table{"rounds", "", {{"id"}, {"name"}, {"stage"}, {"draw_method"}, {"break_category"}, {"silent"}, {"drawn"}, {"motions", true}}, {}};
    for (const app::RoundEntry& r : result.rounds) {
        const std::string stage = app::stage_code(r.stage);
        table.rows.push_back({Cell::of(r.id), Cell::of(r.name), Cell::of(machines ? stage : cat.tr("stage." + stage)),
                              Cell::of(std::string(code_text(r.draw_method))), Cell::of(r.break_category), flag(r.silent), flag(r.drawn), Cell::of(r.motions)});
    }
    ctx.print(table);
    return exit_code::ok;
}

}  // namespace tab::cli

// tab allocate ROUND: parse, call the core (tab/app/allocate.hpp), present the draw with its
// panels (or with --explain one row per panel member).
#include "commands.hpp"
#include "present_draw.hpp"
#include "tab/app/allocate.hpp"

namespace tab::cli {

int run_allocate(Context& ctx, const AllocateOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::AllocateResult> result = app::allocate_round(*t, ctx.fs(), {o.round, o.force, o.explain, o.dry_run}, diags);
    if (!result) return ctx.finish(diags);
    const bool machine = ctx.format() == OutputFormat::csv || ctx.format() == OutputFormat::tsv;
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result, o.explain).dump(2) + "\n");
    else if (o.explain) ctx.print(allocation_explain_table(*result, machine, ctx.catalogue()));
    else ctx.print(draw_tables(result->draw, machine, false, ctx.catalogue()));
    if (result->written) ctx.note(format_message(ctx.catalogue().tr("note.wrote"), {{"path", ctx.path(draw_path(result->draw.round))}}));
    return ctx.finish(diags);
}

}  // namespace tab::cli

// tab init DIR [--preset PRESET] [--lang LANG]: a new tournament directory to fill in, in that
// language (app/new_tournament.hpp).
// What was created is said on stderr; --format json prints the result document on stdout.
#include "commands.hpp"
#include "tab/app/new_tournament.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {

int run_init(Context& ctx, const InitOptions& o) {
    const std::string dir = ctx.path(o.dir);
    DiskFileSystem target(dir);
    Diagnostics diags;
    const std::optional<app::NewTournamentResult> result = app::init(target, {dir, o.preset, ctx.options().lang.empty() ? "en" : ctx.options().lang}, diags);
    if (!result) return ctx.finish(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result).dump(2) + "\n");
    ctx.note(format_message(ctx.catalogue().tr("note.created"), {{"preset", result->preset}, {"dir", dir}}));
    return exit_code::ok;
}

}  // namespace tab::cli

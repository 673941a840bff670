// tab init DIR [--preset PRESET]: a new tournament directory to fill in (app/new_tournament.hpp).
// What was created is said on stderr; --format json prints the result document on stdout.
#include "commands.hpp"
#include "tab/app/new_tournament.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {

int run_init(Context& ctx, const InitOptions& o) {
    const std::string dir = ctx.path(o.dir);
    DiskFileSystem target(dir);
    Diagnostics diags;
    const std::optional<app::NewTournamentResult> result = app::init(target, {dir, o.preset}, diags);
    if (!result) return ctx.finish(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result).dump(2) + "\n");
    ctx.note("Created a tournament (preset " + result->preset + ") in " + dir +
             ". Fill in the participant files and tournament.toml, then run: tab -C " + dir + " check");
    return exit_code::ok;
}

}  // namespace tab::cli

// tab publish DIR OUT: writes the public website of the tournament at DIR into OUT, one HTML
// file per page (app/publish.hpp), in --lang or the tournament's language. What was written is
// said on stderr; --format json prints the result document ({out, pages}) on stdout.
#include "commands.hpp"
#include "tab/app/publish.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {

int run_publish(Context& ctx, const PublishOptions& o) {
    DiskFileSystem tournament(ctx.path(o.dir));
    const std::string out = ctx.path(o.out);
    DiskFileSystem site(out);
    Diagnostics diags;
    const app::PublishRequest request{out, ctx.options().lang, directory_inside(out, ctx.path(o.dir)), o.force,
                                      o.include_silent};
    const std::optional<app::PublishResult> result = app::publish(tournament, site, request, diags);
    if (!result) return ctx.finish(diags);
    ctx.report(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result).dump(2) + "\n");
    const Catalogue cat = ctx.catalogue();
    ctx.note(format_message(cat.tr("note.published"),
                            {{"pages", cat.count("count.page", static_cast<long long>(result->pages.size()))}, {"dir", out}}));
    return exit_code::ok;
}

}  // namespace tab::cli

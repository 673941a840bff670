// tab publish DIR OUT: writes the public website of the tournament at DIR into OUT, one HTML
// file per page (see include/tab/publish.hpp), in --lang or the tournament's language.
#include "commands.hpp"
#include "new_tournament.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/publish.hpp"

namespace tab::cli {

int run_publish(Context& ctx, const PublishOptions& o) {
    DiskFileSystem fs(target_directory(ctx, o.dir));
    Diagnostics diags;
    auto pages = publish_site(fs, ctx.options().lang, diags);
    ctx.report(diags);
    if (!pages) return exit_code::invalid_input;
    const std::string out = target_directory(ctx, o.out);
    DiskFileSystem site(out);
    for (const auto& [file, html] : *pages) {
        std::string error;
        if (!site.write_atomic(file, html, &error)) {
            ctx.error("cannot write " + out + "/" + file + ": " + error);
            return exit_code::cannot;
        }
    }
    ctx.print("Wrote " + std::to_string(pages->size()) + " pages into " + out + "; open " + out + "/index.html\n");
    return exit_code::ok;
}

}  // namespace tab::cli

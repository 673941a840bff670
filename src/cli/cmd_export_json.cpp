// tab export json [DIR] [--include-contacts]: the whole tournament as one JSON document on stdout
// (shape: docs/formats.md).
#include "commands.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/json_export.hpp"

namespace tab::cli {

int run_export_json(Context& ctx, const ExportOptions& o) {
    DiskFileSystem fs(o.dir.empty() ? ctx.options().dir : ctx.path(o.dir));
    Diagnostics diags;
    std::optional<std::string> json = export_json(fs, diags, o.include_contacts);
    ctx.report(diags);
    if (!json) return exit_code::invalid_input;
    ctx.print(*json);
    return exit_code::ok;
}

}  // namespace tab::cli

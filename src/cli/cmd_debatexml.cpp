// tab export debatexml [DIR]: the archive of a tournament directory on stdout (its format is
// DebateXML, whatever --format says).
#include "commands.hpp"
#include "tab/archive/debatexml.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {

int run_export_debatexml(Context& ctx, const ExportOptions& o) {
    DiskFileSystem fs(o.dir.empty() ? ctx.options().dir : ctx.path(o.dir));
    Diagnostics diags;
    std::optional<std::string> xml = export_debatexml(fs, diags, o.include_contacts);
    ctx.report(diags);
    if (!xml) return exit_code::invalid_input;
    ctx.print(*xml);
    return exit_code::ok;
}

}  // namespace tab::cli

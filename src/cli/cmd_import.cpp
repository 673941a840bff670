// tab import tabbycat SRC DIR [--preset PRESET]: a tournament directory from a Tabbycat CSV
// import folder. Nothing is written unless the whole folder reads without error; the messages
// name the files under SRC as the user typed it, so they can be clicked.
#include <filesystem>

#include "commands.hpp"
#include "new_tournament.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/tabbycat_import.hpp"

namespace tab::cli {
namespace {

// The diagnostics with their paths made relative to where the user is, not to SRC.
Diagnostics under(const std::string& source, const Diagnostics& diags) {
    Diagnostics out;
    for (Diagnostic d : diags.all()) {
        d.file = d.file.empty() ? source : (std::filesystem::path(source) / d.file).string();
        out.add(std::move(d));
    }
    return out;
}

std::string summary(const TabbycatImport& imported, const std::string& source, const std::string& dir) {
    const Tournament& t = imported.tournament;
    std::string text = "Imported " + source + " into " + dir + ": " + std::to_string(t.teams.size()) + " teams (" +
                       std::to_string(t.speakers.size()) + " speakers), " + std::to_string(t.adjudicators.size()) +
                       " adjudicators, " + std::to_string(t.venues.size()) + " venues, " +
                       std::to_string(t.rounds.size()) + " rounds; preset " + t.format.preset;
    if (imported.preset_inferred)
        text += imported.bp_layout ? " (inferred from the BP layout; --preset chooses another)"
                                   : " (inferred from the two-team layout and the team size; --preset chooses another)";
    return text + ".\nCheck it with: tab -C " + dir + " check\n";
}

}  // namespace

int run_import_tabbycat(Context& ctx, const ImportTabbycatOptions& o) {
    const std::string source_dir = target_directory(ctx, o.source);
    std::error_code ec;
    if (!std::filesystem::is_directory(source_dir, ec)) {
        ctx.error(source_dir + " is not a directory; expected a Tabbycat import folder");
        return exit_code::invalid_input;
    }
    DiskFileSystem source(source_dir);
    Diagnostics diags;
    std::optional<TabbycatImport> imported = import_tabbycat(source, {directory_name(source_dir), o.preset}, diags);
    const int errors = ctx.report(under(source_dir, diags));
    if (!imported) {
        ctx.error(std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in " + source_dir +
                  "; nothing was written");
        return exit_code::invalid_input;
    }
    const std::string dir = target_directory(ctx, o.dir);
    const int code = write_new_tournament(ctx, dir, imported->tournament);
    if (code != exit_code::ok) return code;
    ctx.print(summary(*imported, source_dir, dir));
    return exit_code::ok;
}

}  // namespace tab::cli

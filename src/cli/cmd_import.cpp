// tab import tabbycat SRC DIR [--preset PRESET] and tab import debatexml FILE DIR: a tournament
// directory from another system's files (app/new_tournament.hpp). Messages name the files
// under SRC as the user typed them, so they can be clicked. What was imported is said on
// stderr; --format json prints the result document on stdout.
#include <filesystem>

#include "commands.hpp"
#include "tab/app/new_tournament.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {
namespace {

int finish_import(Context& ctx, const std::optional<app::NewTournamentResult>& result, const std::string& source,
                  const Diagnostics& diags) {
    if (!result) return ctx.finish(diags);
    ctx.report(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*result).dump(2) + "\n");
    const Catalogue cat = ctx.catalogue();
    ctx.note(format_message(cat.tr(result->preset_inferred ? "note.imported_inferred" : "note.imported"),
                            {{"source", source},
                             {"dir", result->dir},
                             {"teams", cat.count("count.team", result->teams)},
                             {"speakers", cat.count("count.speaker", result->speakers)},
                             {"adjudicators", cat.count("count.adjudicator", result->adjudicators)},
                             {"venues", cat.count("count.venue", result->venues)},
                             {"rounds", cat.count("count.round", result->rounds)},
                             {"preset", result->preset}}));
    return exit_code::ok;
}

}  // namespace

int run_import_tabbycat(Context& ctx, const ImportTabbycatOptions& o) {
    const std::string source_dir = ctx.path(o.source);
    Diagnostics diags;
    std::error_code ec;
    if (!std::filesystem::is_directory(source_dir, ec)) {
        diags.error(o.source, 0, 0, message("diag.cli.not_tabbycat_folder"));
        return ctx.finish(diags);
    }
    DiskFileSystem source(source_dir);
    const std::string dir = ctx.path(o.dir);
    DiskFileSystem target(dir);
    // Messages name the files as o.source (relative to -C): describing them adds the -C prefix.
    return finish_import(ctx, app::import_tabbycat(source, target, {o.source, app::directory_name(source_dir), dir, o.preset}, diags),
                         source_dir, diags);
}

int run_import_debatexml(Context& ctx, const ImportDebateXmlOptions& o) {
    const std::filesystem::path file = ctx.path(o.file);
    DiskFileSystem folder(file.parent_path().empty() ? "." : file.parent_path().string());
    Diagnostics diags;
    const std::optional<std::string> xml = folder.read(file.filename().string());
    if (!xml) {
        diags.error(o.file, 0, 0, message("diag.cli.unreadable_debatexml"));
        return ctx.finish(diags);
    }
    const std::string dir = ctx.path(o.dir);
    DiskFileSystem target(dir);
    return finish_import(ctx, app::import_debatexml(*xml, target, {o.file, dir}, diags), file.string(), diags);
}

}  // namespace tab::cli

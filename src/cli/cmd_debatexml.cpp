// tab import debatexml FILE.xml DIR and tab export debatexml [DIR]: a tournament directory from a
// DebateXML archive, and the archive of a directory on stdout. The import writes nothing unless
// the whole archive reads without error, and never into a directory holding a tournament.
#include <filesystem>

#include "commands.hpp"
#include "new_tournament.hpp"
#include "tab/archive/debatexml.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {
namespace {

std::string summary(const DebateXmlImport& imported, const std::string& source, const std::string& dir) {
    const Tournament& t = imported.tournament;
    std::string text = "Imported " + source + " into " + dir + ": " + std::to_string(t.teams.size()) + " teams (" +
                       std::to_string(t.speakers.size()) + " speakers), " + std::to_string(t.adjudicators.size()) +
                       " adjudicators, " + std::to_string(t.venues.size()) + " venues, " +
                       std::to_string(t.rounds.size()) + " rounds with draws and ballots; preset " + t.format.preset;
    if (imported.preset_inferred) text += " (inferred from the debates)";
    return text + ".\nCheck it with: tab -C " + dir + " check\n";
}

}  // namespace

int run_import_debatexml(Context& ctx, const ImportDebateXmlOptions& o) {
    const std::filesystem::path file = target_directory(ctx, o.file);
    DiskFileSystem source(file.parent_path().empty() ? "." : file.parent_path().string());
    std::optional<std::string> text = source.read(file.filename().string());
    if (!text) {
        ctx.error("cannot read " + file.string() + "; expected a DebateXML file");
        return exit_code::invalid_input;
    }
    Diagnostics diags;
    std::optional<DebateXmlImport> imported = import_debatexml(*text, file.string(), diags);
    const int errors = ctx.report(diags);
    if (!imported) {
        ctx.error(std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in " + file.string() +
                  "; nothing was written");
        return exit_code::invalid_input;
    }
    const std::string dir = target_directory(ctx, o.dir);
    DiskFileSystem target(dir);
    std::string existing;
    for (const std::string& path : debatexml_import_paths(*imported))
        if (target.exists(path)) existing += (existing.empty() ? "" : ", ") + path;
    if (target.exists("tournament.toml") || !existing.empty()) {
        ctx.error(dir + " already holds " + (existing.empty() ? "tournament.toml" : existing) +
                  "; refusing to overwrite (choose a new directory)");
        return exit_code::refused_overwrite;
    }
    std::string error;
    if (!write_debatexml_import(target, *imported, &error)) {
        ctx.error("cannot write the tournament into " + dir + ": " + error);
        return exit_code::cannot;
    }
    ctx.print(summary(*imported, file.string(), dir));
    return exit_code::ok;
}

int run_export_debatexml(Context& ctx, const ExportOptions& o) {
    DiskFileSystem fs(o.dir.empty() ? ctx.options().dir : target_directory(ctx, o.dir));
    Diagnostics diags;
    std::optional<std::string> xml = export_debatexml(fs, diags, o.include_contacts);
    ctx.report(diags);
    if (!xml) return exit_code::invalid_input;
    ctx.print(*xml);
    return exit_code::ok;
}

}  // namespace tab::cli

#include "tab/app/new_tournament.hpp"

#include <filesystem>

#include "tab/archive/debatexml.hpp"
#include "tab/archive/tabbycat_import.hpp"
#include "tab/archive/writer.hpp"
#include "tab/base/rng.hpp"
#include "tab/model/format.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

Round round(std::string id, std::string name, Stage stage, DrawMethod draw, std::string category = "") {
    Round r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.stage = stage;
    r.draw_method = draw;
    r.break_category = std::move(category);
    return r;
}

// The example schedule: four prelims, then a semifinal and a final of the open break (8 teams
// in BP fill two semifinal rooms; 4 teams in a two-team format fill two semifinals). The
// language key and the names of rounds and the category are in the language asked for.
Tournament example_tournament(const std::string& name, const Format& format, const Catalogue& words) {
    Tournament t;
    t.name = name;
    t.short_name = name;
    t.language = words.lang();
    t.format = format;
    t.seed = derive_seed(0, name) % 1000000;
    auto prelim_name = [&](int i) { return format_message(words.tr("init.round"), {{"n", std::to_string(i)}}); };
    t.rounds.push_back(round("R1", prelim_name(1), Stage::prelim, DrawMethod::random));
    for (int i = 2; i <= 4; ++i)
        t.rounds.push_back(round("R" + std::to_string(i), prelim_name(i), Stage::prelim, DrawMethod::power));
    t.rounds.push_back(round("SF", words.tr("init.semifinal"), Stage::elimination, DrawMethod::elimination, "open"));
    t.rounds.push_back(round("GF", words.tr("init.grand_final"), Stage::elimination, DrawMethod::elimination, "open"));
    BreakCategory open;
    open.id = "open";
    open.name = words.tr("init.open");
    open.size = format.is_bp() ? 8 : 4;
    open.priority = 1;
    open.general = true;
    t.break_categories.push_back(open);
    return t;
}

// False with a refused_overwrite error naming the files of `paths` the target already holds
// (and tournament.toml, which is never replaced).
bool target_is_free(const FileSystem& target, std::vector<std::string> paths, const std::string& dir, Diagnostics& diags) {
    paths.insert(paths.begin(), "tournament.toml");
    std::string existing;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if ((i == 0 || paths[i] != "tournament.toml") && target.exists(paths[i]))
            existing += (existing.empty() ? "" : ", ") + paths[i];
    if (existing.empty()) return true;
    diags.fail(Failure::refused_overwrite, message("diag.init.target_taken", {{"dir", dir}, {"files", existing}}));
    return false;
}

NewTournamentResult summary(const Tournament& t, const std::string& dir, std::vector<std::string> files) {
    return {dir,
            std::move(files),
            t.format.preset,
            false,
            static_cast<int>(t.teams.size()),
            static_cast<int>(t.speakers.size()),
            static_cast<int>(t.adjudicators.size()),
            static_cast<int>(t.venues.size()),
            static_cast<int>(t.rounds.size())};
}

// The diagnostics of a source read, with paths made relative to where the user is, not to it.
void add_under(Diagnostics& diags, const std::string& source, const Diagnostics& found) {
    for (Diagnostic d : found.all()) {
        d.file = d.file.empty() ? source : (std::filesystem::path(source) / d.file).string();
        diags.add(std::move(d));
    }
}

void nothing_written(Diagnostics& diags, const std::string& source) {
    const int errors = diags.error_count();
    diags.error("", 0, 0, message("diag.import.nothing_written", {{"n", std::to_string(errors)}, {"source", source}}));
}

}  // namespace

std::string directory_name(const std::string& dir) {
    std::filesystem::path p = std::filesystem::path(dir).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();  // a trailing '/'
    std::error_code unknown_cwd;  // a deleted working directory leaves the name as given
    if (p.empty() || p == "." || p == "..") p = std::filesystem::absolute(p, unknown_cwd).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();
    return p.filename().string();
}

nlohmann::ordered_json to_json(const NewTournamentResult& r) {
    return {{"dir", r.dir},       {"preset", r.preset},     {"preset_inferred", r.preset_inferred},
            {"teams", r.teams},   {"speakers", r.speakers}, {"adjudicators", r.adjudicators},
            {"venues", r.venues}, {"rounds", r.rounds},     {"files", r.files}};
}

std::optional<NewTournamentResult> init(FileSystem& target, const InitRequest& request, Diagnostics& diags) {
    const std::optional<Format> format = preset_format(request.preset);
    if (!format) {
        diags.fail(Failure::usage, message("diag.init.preset", {{"found", request.preset}}));
        return std::nullopt;
    }
    const Tournament t = example_tournament(directory_name(request.dir), *format, Catalogue::builtin(request.lang));
    std::vector<std::string> files = tournament_file_paths(t);
    if (!stage_writes(target, diags) || !target_is_free(target, files, request.dir, diags) ||
        !write_tournament(target, t, diags) || !commit_writes(target, diags))
        return std::nullopt;
    return summary(t, request.dir, files);
}

std::optional<NewTournamentResult> import_tabbycat(const FileSystem& source, FileSystem& target,
                                                   const ImportTabbycatRequest& request, Diagnostics& diags) {
    Diagnostics found;
    std::optional<TabbycatImport> imported =
        tab::import_tabbycat(source, {request.name, request.preset}, found);
    add_under(diags, request.source, found);
    if (!imported) {
        nothing_written(diags, request.source);
        return std::nullopt;
    }
    std::vector<std::string> files = tournament_file_paths(imported->tournament);
    if (!stage_writes(target, diags) || !target_is_free(target, files, request.dir, diags) ||
        !write_tournament(target, imported->tournament, diags) || !commit_writes(target, diags))
        return std::nullopt;
    NewTournamentResult result = summary(imported->tournament, request.dir, files);
    result.preset_inferred = imported->preset_inferred;
    return result;
}

std::optional<NewTournamentResult> import_debatexml(std::string_view xml, FileSystem& target,
                                                    const ImportDebateXmlRequest& request, Diagnostics& diags) {
    std::optional<DebateXmlImport> imported = tab::import_debatexml(xml, request.file, diags);
    if (!imported) {
        nothing_written(diags, request.file);
        return std::nullopt;
    }
    std::vector<std::string> files = debatexml_import_paths(*imported);
    if (!stage_writes(target, diags) || !target_is_free(target, files, request.dir, diags) ||
        !write_debatexml_import(target, *imported, diags) || !commit_writes(target, diags))
        return std::nullopt;
    NewTournamentResult result = summary(imported->tournament, request.dir, files);
    result.preset_inferred = imported->preset_inferred;
    return result;
}

}  // namespace tab::app

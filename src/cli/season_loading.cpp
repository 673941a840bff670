#include "season_loading.hpp"

#include "tab/model/loader.hpp"

namespace tab::cli {
namespace {

std::string joined(const std::string& dir, const std::string& path) {
    if (dir.empty() || dir == ".") return path;
    return dir + "/" + path;
}

// Prints diagnostics whose paths are relative to `dir` (itself relative to -C).
int report_in(Context& ctx, const std::string& dir, const Diagnostics& diags) {
    Diagnostics shown;
    for (Diagnostic d : diags.all()) {
        d.file = joined(dir, d.file);
        shown.add(d);
    }
    shown.sort_by_position();
    return ctx.report(shown);
}

// Loads the tournament in `dir` (relative to -C) with its outcome; false after printing why.
bool add_tournament(Context& ctx, LoadedSeason& s, const std::string& dir, const std::string& district) {
    s.dirs.push_back(std::make_unique<SubdirFileSystem>(ctx.fs(), dir));
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(*s.dirs.back(), diags);
    if (report_in(ctx, dir, diags) > 0 || !t) {
        ctx.error("the tournament in " + ctx.path(dir.empty() ? "." : dir) + " has errors; run `tab check` there");
        return false;
    }
    Diagnostics results;
    std::string error;
    std::optional<TournamentOutcome> o = tournament_outcome(*t, *s.dirs.back(), results, &error);
    if (report_in(ctx, dir, results) > 0 || !o) {
        if (!o) ctx.error(ctx.path(joined(dir, "tournament.toml")) + ": " + error);
        return false;
    }
    s.tournaments.push_back(std::move(*t));
    s.outcomes.push_back(std::move(*o));
    s.districts.push_back(district);
    return true;
}

}  // namespace

int LoadedSeason::index(const std::string& id) const {
    for (int i = 0; i < static_cast<int>(season.tournaments.size()); ++i)
        if (season.tournaments[static_cast<size_t>(i)].id == id) return i;
    return -1;
}

std::vector<const Tournament*> LoadedSeason::pointers(const std::vector<int>& indices) const {
    std::vector<const Tournament*> out;
    for (int i : indices) out.push_back(&tournaments[static_cast<size_t>(i)]);
    return out;
}

bool is_season_dir(Context& ctx, const std::string& dir) { return ctx.fs().exists(joined(dir, season_file)); }

std::optional<LoadedSeason> load_season_dir(Context& ctx, const std::string& dir, int* code) {
    LoadedSeason s;
    s.root = std::make_unique<SubdirFileSystem>(ctx.fs(), dir);
    Diagnostics diags;
    std::optional<Season> season = load_season(*s.root, diags);
    *code = exit_code::invalid_input;
    if (report_in(ctx, dir, diags) > 0 || !season) return std::nullopt;
    s.season = std::move(*season);
    for (const SeasonTournament& t : s.season.tournaments)
        if (!add_tournament(ctx, s, joined(dir, t.path), t.district)) return std::nullopt;
    *code = exit_code::ok;
    return s;
}

std::optional<LoadedSeason> load_single_tournament(Context& ctx, const std::string& dir, int* code) {
    LoadedSeason s;
    s.root = std::make_unique<SubdirFileSystem>(ctx.fs(), dir);
    *code = exit_code::invalid_input;
    if (!add_tournament(ctx, s, dir, "")) return std::nullopt;
    s.season.name = s.tournaments[0].name;
    s.season.language = s.tournaments[0].language;
    s.season.tournaments.push_back({s.tournaments[0].short_name, dir, "", 0});
    *code = exit_code::ok;
    return s;
}

Catalogue season_catalogue(const Context& ctx, const std::string& lang, const FileSystem& dir) {
    Catalogue catalogue = Catalogue::builtin(ctx.options().lang.empty() ? lang : ctx.options().lang);
    Diagnostics diags;
    load_catalogue_overrides(catalogue, dir, diags);
    ctx.report(diags);
    return catalogue;
}

void print_tables(Context& ctx, const std::vector<Table>& tables, const Catalogue& cat, const std::string& title) {
    RenderOptions options;
    options.page_title = title;
    ctx.print(render_tables(tables, ctx.format(), cat, options));
}

}  // namespace tab::cli

// tab season status | qualify STAGE | table | duplicates (app/season.hpp). Each loads the season
// and every tournament it lists, so a problem anywhere is reported before anything is written.
#include "commands.hpp"
#include "present_season.hpp"

namespace tab::cli {
namespace {

// Loads the season and its catalogue; nullopt after reporting the problems (*code: the exit code).
struct Loaded {
    app::LoadedSeason season;
    Catalogue catalogue;
};
std::optional<Loaded> load(Context& ctx, const std::string& path, int* code) {
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_dir(ctx.fs(), path, diags);
    if (!s) {
        *code = ctx.finish(diags);
        return std::nullopt;
    }
    for (Tournament& t : s->tournaments) ctx.show_names(t);
    Catalogue cat = app::season_catalogue(*s, ctx.options().lang, diags);
    ctx.report(diags);
    return Loaded{std::move(*s), std::move(cat)};
}

}  // namespace

int run_season_status(Context& ctx, const SeasonOptions& o) {
    int code = exit_code::ok;
    std::optional<Loaded> l = load(ctx, o.path, &code);
    if (!l) return code;
    const app::SeasonStatusResult result = app::season_status(l->season);
    present(ctx, season_status_tables(result, l->catalogue, is_machine_format(ctx.format())), l->catalogue, result.name, app::to_json(result));
    return exit_code::ok;
}

int run_season_qualify(Context& ctx, const SeasonQualifyOptions& o) {
    int code = exit_code::ok;
    std::optional<Loaded> l = load(ctx, o.path, &code);
    if (!l) return code;
    Diagnostics diags;
    const std::optional<app::SeasonQualifyResult> result = app::season_qualify(l->season, o.stage, diags);
    if (!result) return ctx.finish(diags);
    ctx.report(diags);
    present(ctx, {season_qualify_table(*result, l->catalogue, is_machine_format(ctx.format()))}, l->catalogue, l->season.season.name,
            app::to_json(*result));
    return exit_code::ok;
}

int run_season_table(Context& ctx, const SeasonTableOptions& o) {
    int code = exit_code::ok;
    std::optional<Loaded> l = load(ctx, o.path, &code);
    if (!l) return code;
    const app::SeasonTableResult result =
        app::season_table(l->season, {app::parse_league_by(o.by), l->catalogue.lang()});
    present(ctx, season_league_tables(result, l->catalogue, is_machine_format(ctx.format())), l->catalogue, result.name, app::to_json(result));
    return exit_code::ok;
}

int run_season_duplicates(Context& ctx, const SeasonOptions& o) {
    int code = exit_code::ok;
    std::optional<Loaded> l = load(ctx, o.path, &code);
    if (!l) return code;
    const app::SeasonDuplicatesResult result = app::season_duplicates(l->season);
    present(ctx, {season_duplicates_table(result, l->catalogue)}, l->catalogue, result.name, app::to_json(result));
    return exit_code::ok;
}

}  // namespace tab::cli

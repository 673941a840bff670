// tab stats [PATH]: the statistics section of a grant report (app/stats.hpp) for a season
// directory or one tournament. Only aggregates are printed. csv/tsv: codes (gender, age band,
// the summary's item keys), never translated labels. html: the gender and age-band tables are
// also drawn as bars.
#include "commands.hpp"
#include "present_season.hpp"

namespace tab::cli {

int run_stats(Context& ctx, const StatsOptions& o) {
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_season_or_tournament(ctx.fs(), o.path, diags);
    if (!s) return ctx.finish(diags);
    const Catalogue cat = app::season_catalogue(*s, ctx.options().lang, diags);
    ctx.report(diags);
    const app::StatsResult result = app::stats(*s, cat.lang());
    const std::vector<Table> tables = stats_tables(result, cat, is_machine_format(ctx.format()));
    present(ctx, tables, cat, result.name, app::to_json(result), stats_figures(tables));
    return exit_code::ok;
}

}  // namespace tab::cli

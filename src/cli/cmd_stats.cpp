// tab stats [DIR or SEASON]: the statistics section of a grant report in one call: the totals,
// then unique participants by gender, age band, district, category and institution. Only
// aggregates are printed (stats.hpp).
#include "commands.hpp"
#include "season_loading.hpp"
#include "tab/season/stats.hpp"

namespace tab::cli {
namespace {

Table count_table(const std::string& name, const std::string& title, const std::string& group,
                  const std::vector<StatsRow>& rows, const Catalogue& cat, const std::string& label_prefix) {
    Table table{name, title, {{group}, {"speakers", true}, {"adjudicators", true}, {"total", true}}, {}};
    for (const StatsRow& r : rows) {
        std::string label = r.label.empty()           ? cat.tr("stats.unknown")
                            : r.label == "under 13"   ? cat.tr("stats.under_13")
                            : label_prefix.empty()    ? r.label
                                                      : cat.tr(label_prefix + r.label);
        table.rows.push_back({Cell::of(label), Cell::of(r.speakers), Cell::of(r.adjudicators), Cell::of(r.total)});
    }
    return table;
}

std::vector<Table> stats_tables(const ParticipantStats& s, const Catalogue& cat) {
    Table summary{"summary", cat.tr("title.stats_summary"), {{"item"}, {"count", true}}, {}};
    const std::pair<const char*, int> totals[] = {
        {"stats.tournaments", s.tournaments}, {"stats.participants", s.participants}, {"stats.speakers", s.speakers},
        {"stats.adjudicators", s.adjudicators}, {"stats.teams", s.teams}, {"stats.debates", s.debates},
        {"stats.rounds", s.rounds}, {"stats.institutions", s.institutions}, {"stats.districts", s.districts},
        {"stats.certificates", s.certificates}, {"stats.diplomas", s.diplomas}};
    for (const auto& [key, value] : totals) summary.rows.push_back({Cell::of(cat.tr(key)), Cell::of(value)});
    return {summary,
            count_table("gender", cat.tr("title.stats_gender"), "gender", s.by_gender, cat, "gender."),
            count_table("age", cat.tr("title.stats_age"), "age_band", s.by_age, cat, ""),
            count_table("district", cat.tr("title.stats_district"), "district", s.by_district, cat, ""),
            count_table("category", cat.tr("title.stats_category"), "category", s.by_category, cat, ""),
            count_table("institution", cat.tr("title.stats_institution"), "institution", s.by_institution, cat, "")};
}

}  // namespace

int run_stats(Context& ctx, const StatsOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = is_season_dir(ctx, o.path) ? load_season_dir(ctx, o.path, &code)
                                                               : load_single_tournament(ctx, o.path, &code);
    if (!s) return code;
    const Catalogue cat = season_catalogue(ctx, s->season.language, *s->root);
    std::vector<int> all;
    for (int i = 0; i < static_cast<int>(s->tournaments.size()); ++i) all.push_back(i);
    ParticipantStats stats = participant_stats(s->pointers(all), s->outcomes, s->districts, cat.lang());
    print_tables(ctx, stats_tables(stats, cat), cat, s->season.name);
    return exit_code::ok;
}

}  // namespace tab::cli

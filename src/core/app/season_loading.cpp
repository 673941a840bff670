#include "tab/app/season_loading.hpp"

#include "tab/model/loader.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

std::string joined(const std::string& dir, const std::string& path) {
    if (dir.empty() || dir == ".") return path;
    return dir + "/" + path;
}

// Adds diagnostics whose paths are relative to `dir` as paths relative to the root; returns
// their error count.
int add_in(Diagnostics& diags, const std::string& dir, const Diagnostics& found) {
    Diagnostics shown;
    for (Diagnostic d : found.all()) {
        d.file = joined(dir, d.file);
        shown.add(std::move(d));
    }
    shown.sort_by_position();
    diags.append(shown);
    return shown.error_count();
}

// Loads the tournament in `dir` (relative to the root) with its outcome; false with the problems.
bool add_tournament(FileSystem& fs, LoadedSeason& s, const std::string& dir, const std::string& district, Diagnostics& diags) {
    s.dirs.push_back(std::make_unique<SubdirFileSystem>(fs, dir));
    Diagnostics found;
    std::optional<Tournament> t = load_tournament(*s.dirs.back(), found);
    if (add_in(diags, dir, found) > 0 || !t) {
        diags.error(joined(dir, "tournament.toml"), 0, 0, message("diag.season.tournament_errors"));
        return false;
    }
    Diagnostics results;
    std::optional<TournamentOutcome> o = tournament_outcome(*t, *s.dirs.back(), results);
    if (add_in(diags, dir, results) > 0 || !o) return false;
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

std::vector<int> LoadedSeason::all() const {
    std::vector<int> out;
    for (int i = 0; i < static_cast<int>(tournaments.size()); ++i) out.push_back(i);
    return out;
}

bool is_season_dir(const FileSystem& fs, const std::string& dir) { return fs.exists(joined(dir, season_file)); }

std::optional<LoadedSeason> load_season_dir(FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    LoadedSeason s;
    s.dir = dir;
    s.root = std::make_unique<SubdirFileSystem>(fs, dir);
    Diagnostics found;
    std::optional<Season> season = load_season(*s.root, found);
    if (add_in(diags, dir, found) > 0 || !season) return std::nullopt;
    s.season = std::move(*season);
    for (const SeasonTournament& t : s.season.tournaments)
        if (!add_tournament(fs, s, joined(dir, t.path), t.district, diags)) return std::nullopt;
    return s;
}

std::optional<LoadedSeason> load_single_tournament(FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    LoadedSeason s;
    s.dir = dir;
    s.root = std::make_unique<SubdirFileSystem>(fs, dir);
    if (!add_tournament(fs, s, dir, "", diags)) return std::nullopt;
    s.season.name = s.tournaments[0].name;
    s.season.language = s.tournaments[0].language;
    s.season.tournaments.push_back({s.tournaments[0].short_name, dir, "", 0});
    return s;
}

std::optional<LoadedSeason> load_season_or_tournament(FileSystem& fs, const std::string& dir, Diagnostics& diags) {
    return is_season_dir(fs, dir) ? load_season_dir(fs, dir, diags) : load_single_tournament(fs, dir, diags);
}

Catalogue season_catalogue(const LoadedSeason& s, const std::string& lang, Diagnostics& diags) {
    Catalogue catalogue = Catalogue::builtin(lang.empty() ? s.season.language : lang);
    Diagnostics found;
    load_catalogue_overrides(catalogue, *s.root, found);
    add_in(diags, s.dir, found);
    return catalogue;
}

}  // namespace tab::app

#include "tab/app/rounds.hpp"

#include <algorithm>

#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {

const Round* find_round(const Tournament& t, const std::string& id, Diagnostics& diags) {
    int index = t.find_round(id);
    if (index >= 0) return &t.rounds[index];
    std::string known;
    for (const Round& r : t.rounds) known += (known.empty() ? "" : ", ") + r.id;
    diags.fail(Failure::usage, known.empty() ? message("diag.round.unknown_none", {{"found", id}})
                                             : message("diag.round.unknown", {{"found", id}, {"known", known}}));
    return nullptr;
}

std::optional<Draw> stored_draw(const Tournament& t, const FileSystem& fs, const Round& round, Diagnostics& diags) {
    if (!fs.exists(draw_path(round.id))) {
        diags.fail(Failure::cannot, message("diag.round.no_draw", {{"round", round.id}, {"file", draw_path(round.id)}}));
        return std::nullopt;
    }
    return read_draw(fs, t, round.id, diags);
}

bool is_elimination(const Round& round) { return round.stage == Stage::elimination || round.draw_method == DrawMethod::elimination; }

uint64_t draw_seed(const Tournament& t, const Round& round, std::optional<uint64_t> override) {
    if (override) return *override;
    if (round.settings.has("seed")) return static_cast<uint64_t>(round.settings.get_int("seed"));
    return derive_seed(t.seed, "draw:" + round.id);
}

bool may_write(const FileSystem& fs, const std::string& path, bool force, const Message& what, Diagnostics& diags) {
    if (force || !fs.exists(path)) return true;
    diags.fail(Failure::refused_overwrite, message("diag.exists_use_force", {{"file", path}}, {{"action", &what}}));
    return false;
}

bool require_complete(const std::vector<IncompleteRound>& incomplete, const Message& action, bool allow_incomplete,
                      Diagnostics& diags, const std::string& flag) {
    for (const IncompleteRound& r : incomplete) {
        const std::string file = r.drawn ? ballots_path(r.round) : draw_path(r.round);
        const Message missing = describe(r);
        if (allow_incomplete)
            diags.warning(file, 0, 0, message("diag.incomplete.going_on", {{"flag", flag}}, {{"action", &action}, {"missing", &missing}}));
        else
            diags.fail(Failure::cannot, message("diag.incomplete.refused", {{"flag", flag}}, {{"action", &action}, {"missing", &missing}}));
    }
    return allow_incomplete || incomplete.empty();
}

bool every_room_chaired(const Draw& draw) {
    return std::all_of(draw.debates.begin(), draw.debates.end(), [](const Debate& d) { return d.chair >= 0; });
}

}  // namespace tab::app

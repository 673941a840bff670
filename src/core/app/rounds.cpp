#include "tab/app/rounds.hpp"

#include <algorithm>

#include "tab/base/rng.hpp"

namespace tab::app {

const Round* find_round(const Tournament& t, const std::string& id, Diagnostics& diags) {
    int index = t.find_round(id);
    if (index >= 0) return &t.rounds[index];
    std::string known;
    for (const Round& r : t.rounds) known += (known.empty() ? "" : ", ") + r.id;
    diags.fail(Failure::usage, "ROUND: found '" + id + "', expected a round id of tournament.toml (" +
                                   (known.empty() ? "there are none" : known) + ")");
    return nullptr;
}

std::optional<Draw> stored_draw(const Tournament& t, const FileSystem& fs, const Round& round, Diagnostics& diags) {
    if (!fs.exists(draw_path(round.id))) {
        diags.fail(Failure::cannot, round.id + " has no draw (" + draw_path(round.id) + "); run `tab draw " + round.id + "` first");
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

bool may_write(const FileSystem& fs, const std::string& path, bool force, const std::string& what, Diagnostics& diags) {
    if (force || !fs.exists(path)) return true;
    diags.fail(Failure::refused_overwrite, path + " exists; use --force to " + what + " again");
    return false;
}

bool require_complete(const std::vector<IncompleteRound>& incomplete, const std::string& action, bool allow_incomplete,
                      Diagnostics& diags, const std::string& flag) {
    for (const IncompleteRound& r : incomplete) {
        const std::string file = r.drawn ? ballots_path(r.round) : draw_path(r.round);
        if (allow_incomplete)
            diags.warning(file, 0, 0, "going on to " + action + " without them (" + flag + "): " + describe(r));
        else
            diags.fail(Failure::cannot, "cannot " + action + ": " + describe(r) + "; enter the missing results, or use " + flag);
    }
    return allow_incomplete || incomplete.empty();
}

bool every_room_chaired(const Draw& draw) {
    return std::all_of(draw.debates.begin(), draw.debates.end(), [](const Debate& d) { return d.chair >= 0; });
}

}  // namespace tab::app

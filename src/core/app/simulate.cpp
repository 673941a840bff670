// tab simulate (tab/app/simulate.hpp).
#include "tab/app/simulate.hpp"

#include "tab/app/rounds.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/ballots/simulate.hpp"
#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {

std::optional<SimulateResult> simulate_round(const Tournament& t, FileSystem& fs, const SimulateRequest& request,
                                             Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round || !lock_for_writing(fs, diags)) return std::nullopt;
    std::optional<Draw> draw = stored_draw(t, fs, *round, diags);
    if (!draw) return std::nullopt;
    const std::string path = ballots_path(round->id);
    if (!may_write(fs, path, request.force, message("action.simulate", {{"round", round->id}}), diags)) return std::nullopt;
    if (!t.adjudicators.empty() && !every_room_chaired(*draw))
        diags.warning("", 0, 0, message("diag.simulate.unallocated", {{"round", round->id}}));
    const uint64_t seed = request.seed.value_or(derive_seed(t.seed, "simulate/" + round->id));
    BallotFile ballots = simulate_ballots(t, *draw, seed);
    if (!write_file(fs, path, ballots_to_csv(t, *draw, ballots), diags)) return std::nullopt;
    return SimulateResult{round->id, path, seed, static_cast<int>(ballots.sheets.size()), static_cast<int>(draw->debates.size())};
}

nlohmann::ordered_json to_json(const SimulateResult& r) {
    return {{"round", r.round}, {"path", r.path}, {"seed", r.seed}, {"sheets", r.sheets}, {"rooms", r.rooms}};
}

}  // namespace tab::app

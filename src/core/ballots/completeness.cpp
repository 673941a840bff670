#include "tab/ballots/completeness.hpp"
#include "tab/translate/translate.hpp"

#include <algorithm>

namespace tab {

std::vector<IncompleteRound> incomplete_prelims(const Tournament& t, const std::vector<RoundResults>& results,
                                                std::string_view before_round) {
    std::vector<IncompleteRound> out;
    for (int r : t.prelims_through(before_round)) {
        const std::string& id = t.rounds[static_cast<size_t>(r)].id;
        if (id == before_round) break;
        auto loaded = std::find_if(results.begin(), results.end(), [&](const RoundResults& rr) { return rr.round == id; });
        if (loaded == results.end()) {
            out.push_back({id, false, {}});
            continue;
        }
        IncompleteRound missing{id, true, {}};
        for (const DebateResult& d : loaded->debates)
            if (!d.entered) missing.rooms.push_back(d.room);
        std::sort(missing.rooms.begin(), missing.rooms.end());
        if (!missing.rooms.empty()) out.push_back(std::move(missing));
    }
    return out;
}

std::vector<IncompleteRound> incomplete_prelims(const Tournament& t, const FileSystem& fs, std::string_view before_round,
                                                Diagnostics& diags) {
    return incomplete_prelims(t, load_results(t, fs, std::string(before_round), diags), before_round);
}

std::vector<IncompleteRound> incomplete_eliminations(const Tournament& t, const FileSystem& fs, Diagnostics& diags) {
    std::vector<IncompleteRound> out;
    for (const Round& round : t.rounds) {
        if (round.stage != Stage::elimination) continue;
        std::optional<RoundResults> results = load_round_results(t, fs, round.id, diags);
        if (!results) {
            out.push_back({round.id, false, {}});
            continue;
        }
        IncompleteRound missing{round.id, true, {}};
        for (const DebateResult& d : results->debates)
            if (!d.entered) missing.rooms.push_back(d.room);
        std::sort(missing.rooms.begin(), missing.rooms.end());
        if (!missing.rooms.empty()) out.push_back(std::move(missing));
    }
    return out;
}

Message describe(const IncompleteRound& r) {
    if (!r.drawn) return message("incomplete.no_draw", {{"round", r.round}, {"file", draw_path(r.round)}});
    std::string rooms;
    for (int room : r.rooms) rooms += (rooms.empty() ? "" : ", ") + std::to_string(room);
    return message("incomplete.rooms", {{"round", r.round}, {"rooms", rooms}, {"n", std::to_string(r.rooms.size())}});
}

std::vector<IncompleteRound> left_out(const std::vector<IncompleteRound>& incomplete, const Message& what, Diagnostics& diags) {
    std::vector<IncompleteRound> out;
    for (const IncompleteRound& r : incomplete) {
        if (!r.drawn) continue;
        const Message missing = describe(r);
        diags.warning(ballots_path(r.round), 0, 0, message("diag.incomplete.left_out", {}, {{"missing", &missing}, {"what", &what}}));
        out.push_back(r);
    }
    return out;
}

std::vector<RoundResults> complete_only(std::vector<RoundResults> results, const std::vector<IncompleteRound>& incomplete) {
    std::erase_if(results, [&](const RoundResults& r) {
        return std::any_of(incomplete.begin(), incomplete.end(), [&](const IncompleteRound& i) { return i.round == r.round; });
    });
    return results;
}

}  // namespace tab

// tab draw (tab/app/draw.hpp): the draw request built from the tournament, the seed rule, the
// refusal to overwrite, elimination rounds, manual rounds, --show and --state.
#include "tab/app/draw.hpp"

#include <algorithm>
#include <numeric>

#include "tab/app/rounds.hpp"
#include "tab/ballots/history.hpp"
#include "tab/base/rng.hpp"
#include "tab/breaks/elimination.hpp"
#include "tab/draw/draw_generate.hpp"
#include "tab/draw/draw_json.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

// Teams in standings order (points, then speaks, then a lot drawn from the round's seed).
DrawRequest request_for(const Tournament& t, const Round& round, const std::vector<TeamHistory>& history, uint64_t seed) {
    DrawRequest req;
    req.format = t.format;
    req.round_id = round.id;
    req.round_number = static_cast<int>(t.prelims_through(round.id).size());
    req.method = round.draw_method;
    req.seed = seed;
    req.options = t.section("draw");
    for (const auto& [key, value] : round.settings.values())
        if (key != "seed") req.options.set(key, value);
    std::vector<int> order(t.teams.size());
    std::iota(order.begin(), order.end(), 0);
    Rng lot(derive_seed(seed, "lot"));
    lot.shuffle(order);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (history[a].points != history[b].points) return history[a].points > history[b].points;
        return history[a].speaks > history[b].speaks;
    });
    for (int i : order) {
        const Team& team = t.teams[static_cast<size_t>(i)];
        const TeamHistory& h = history[static_cast<size_t>(i)];
        TeamState s;
        s.id = team.name;
        s.team = i;
        if (team.institution >= 0) s.institution = t.institutions[static_cast<size_t>(team.institution)].code;
        s.points = h.points;
        s.speaks = h.speaks;
        s.side_history = h.side_counts;
        s.side_history.resize(t.format.sides.size(), 0);
        for (int o : h.opponents) s.opponents.push_back(t.teams[static_cast<size_t>(o)].name);
        s.pullups = h.pullups;
        s.byes = h.byes;
        s.seed = team.seed;
        req.teams.push_back(std::move(s));
    }
    return req;
}

std::optional<MadeDraw> make_elimination_draw(const Tournament& t, const FileSystem& fs, const Round& round, uint64_t seed,
                                              Diagnostics& diags) {
    Diagnostics found;
    EliminationDraw e = generate_elimination_draw(t, fs, round.id, seed, found);
    // The generator's errors are of its own kinds: a missing break or ballot is a prerequisite.
    for (Diagnostic d : found.all()) {
        if (d.severity == Severity::error && e.status == EliminationStatus::prerequisite_missing) d.failure = Failure::cannot;
        diags.add(std::move(d));
    }
    if (e.status != EliminationStatus::ok) return std::nullopt;
    MadeDraw made{e.draw, draw_document(t, &round, e.draw)};
    made.document.notes = e.notes;
    return made;
}

// The seed recorded in draw.toml for a round drawn by tab, nullopt for a manual or missing draw.
std::optional<uint64_t> recorded_seed(const Tournament& t, const FileSystem& fs, const Round& round) {
    if (!fs.exists(draw_meta_path(round.id))) return std::nullopt;
    Diagnostics ignored;  // an invalid stored draw is reported when it is read for comparison
    std::optional<Draw> d = read_draw(fs, t, round.id, ignored);
    if (!d || d->method == DrawMethod::manual) return std::nullopt;
    return d->seed;
}

std::optional<DrawRoundResult> accept_manual(const Tournament& t, const FileSystem& fs, const Round& round, Diagnostics& diags) {
    if (!fs.exists(draw_path(round.id))) {
        diags.fail(Failure::cannot, message("diag.draw.manual", {{"round", round.id}, {"file", draw_path(round.id)}}));
        return std::nullopt;
    }
    std::optional<Draw> manual = read_draw(fs, t, round.id, diags);
    if (!manual) return std::nullopt;
    return DrawRoundResult{DrawAction::accepted, draw_document(t, &round, *manual), std::nullopt, std::nullopt};
}

// The results of the prelims before `round`, read once for both the completeness check
// (require_complete) and the teams' histories; nullopt when it refuses. Errors in those files, or
// in the round's own (a redraw), are the answer when there are any; the earlier rounds' warnings
// go to diags after the check's, as reading them for the histories reports them.
std::optional<std::vector<RoundResults>> complete_earlier_results(const Tournament& t, const FileSystem& fs, const Round& round,
                                                                  bool allow_incomplete, Diagnostics& diags) {
    Diagnostics earlier_reading, own_reading;
    std::vector<RoundResults> earlier;
    for (int r : t.prelims_through(round.id)) {
        const std::string& id = t.rounds[static_cast<size_t>(r)].id;
        if (id == round.id) {
            load_round_results(t, fs, id, own_reading);
            break;
        }
        if (std::optional<RoundResults> results = load_round_results(t, fs, id, earlier_reading)) earlier.push_back(std::move(*results));
    }
    if (earlier_reading.has_errors() || own_reading.has_errors()) {
        diags.append(earlier_reading);
        diags.append(own_reading);
        return std::nullopt;
    }
    if (!require_complete(incomplete_prelims(t, earlier, round.id), message("action.draw", {{"round", round.id}}), allow_incomplete,
                          diags)) return std::nullopt;
    diags.append(earlier_reading);
    return earlier;
}

// A prelim's draw from the teams' histories.
std::optional<MadeDraw> draw_from_histories(const Tournament& t, const Round& round, const std::vector<TeamHistory>& history,
                                            uint64_t seed, Diagnostics& diags) {
    DrawRequest req = request_for(t, round, history, seed);
    Diagnostics generated;
    std::optional<DrawOutcome> outcome = generate_draw(req, generated);
    for (Diagnostic d : generated.all()) {
        if (d.severity == Severity::error) d.failure = Failure::cannot;  // no draw satisfies the rules
        diags.add(std::move(d));
    }
    if (!outcome) return std::nullopt;
    MadeDraw made{to_draw(req, *outcome), {}};
    // Names, stage and motions as for any draw of the tournament; the generator's costs on top.
    made.document = draw_document(t, &round, made.draw);
    const DrawDocument generated_view = draw_document(req, *outcome);
    for (size_t r = 0; r < made.document.rooms.size(); ++r) made.document.rooms[r].costs = generated_view.rooms[r].costs;
    made.document.notes = outcome->notes;
    made.document.quality = outcome->quality;
    return made;
}

}  // namespace

bool same_pairings(const Draw& a, const Draw& b) {
    if (a.byes != b.byes || a.debates.size() != b.debates.size()) return false;
    for (size_t i = 0; i < a.debates.size(); ++i)
        if (a.debates[i].room != b.debates[i].room || a.debates[i].teams != b.debates[i].teams) return false;
    return true;
}

std::optional<MadeDraw> make_draw(const Tournament& t, const FileSystem& fs, const Round& round, uint64_t seed,
                                  Diagnostics& diags) {
    if (is_elimination(round)) return make_elimination_draw(t, fs, round, seed, diags);
    const int errors_before = diags.error_count();
    std::vector<TeamHistory> history = team_histories(t, fs, round.id, diags);
    if (diags.error_count() > errors_before) return std::nullopt;
    return draw_from_histories(t, round, history, seed, diags);
}

std::optional<MadeDraw> make_prelim_draw(const Tournament& t, const Round& round, const std::vector<RoundResults>& earlier,
                                         uint64_t seed, Diagnostics& diags) {
    return draw_from_histories(t, round, team_histories(t, earlier), seed, diags);
}

std::optional<DrawRoundResult> draw_round(const Tournament& t, FileSystem& fs, const DrawRoundRequest& request,
                                          Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round) return std::nullopt;
    if (round->draw_method == DrawMethod::manual && !is_elimination(*round)) return accept_manual(t, fs, *round, diags);
    if (!request.dry_run && !lock_for_writing(fs, diags)) return std::nullopt;
    const bool drawn = fs.exists(draw_path(round->id));
    if (!request.dry_run && !may_write(fs, draw_path(round->id), request.force, message("action.draw", {{"round", round->id}}), diags))
        return std::nullopt;
    std::optional<std::vector<RoundResults>> earlier;
    if (!is_elimination(*round) && !(earlier = complete_earlier_results(t, fs, *round, request.allow_incomplete, diags)))
        return std::nullopt;
    // A dry run of a drawn round makes it again from the seed it was made with, to compare.
    std::optional<uint64_t> seed = request.seed;
    if (!seed && request.dry_run && drawn) seed = recorded_seed(t, fs, *round);
    const uint64_t lot = draw_seed(t, *round, seed);
    std::optional<MadeDraw> made = earlier ? make_prelim_draw(t, *round, *earlier, lot, diags) : make_draw(t, fs, *round, lot, diags);
    if (!made) return std::nullopt;
    DrawRoundResult result{request.dry_run ? DrawAction::dry_run : DrawAction::written, made->document, std::nullopt, std::nullopt};
    if (request.dry_run && drawn) {
        std::optional<Draw> stored = read_draw(fs, t, round->id, diags);
        if (!stored) return std::nullopt;
        result.matches_stored = same_pairings(*stored, made->draw);
    }
    if (!request.dry_run) {
        if (!write_draw(fs, t, made->draw, diags)) return std::nullopt;
    }
    if (t.section("allocation").get_bool("auto")) {  // panels and venues too (tab allocate)
        AllocateRequest allocation{round->id, true, request.explain, request.dry_run};
        result.allocation = allocate_draw(t, fs, *round, made->draw, allocation, diags);
        if (!result.allocation) return std::nullopt;
        // The allocated draw, with the generator's costs and notes kept.
        DrawDocument allocated = result.allocation->draw;
        for (size_t r = 0; r < allocated.rooms.size() && r < made->document.rooms.size(); ++r)
            allocated.rooms[r].costs = made->document.rooms[r].costs;
        allocated.notes = made->document.notes;
        allocated.quality = made->document.quality;
        result.document = std::move(allocated);
    }
    return result;
}

std::optional<DrawDocument> show_draw(const Tournament& t, const FileSystem& fs, const std::string& round_id, Diagnostics& diags) {
    const Round* round = find_round(t, round_id, diags);
    if (!round) return std::nullopt;
    std::optional<Draw> d = stored_draw(t, fs, *round, diags);
    if (!d) return std::nullopt;
    return draw_document(t, round, *d);
}

std::optional<DrawDocument> draw_from_state(const std::string& text, const std::string& file, std::optional<uint64_t> seed,
                                            Diagnostics& diags) {
    std::optional<DrawRequest> req = read_draw_state(text, file, diags);
    if (!req) return std::nullopt;
    if (seed) req->seed = *seed;
    Diagnostics generated;
    std::optional<DrawOutcome> outcome = generate_draw(*req, generated);
    for (Diagnostic d : generated.all()) {
        if (d.severity == Severity::error) d.failure = Failure::cannot;
        diags.add(std::move(d));
    }
    if (!outcome) return std::nullopt;
    return draw_document(*req, *outcome);
}

}  // namespace tab::app

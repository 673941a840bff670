// tab replay (tab/app/replay.hpp).
#include "tab/app/replay.hpp"

#include "tab/app/draw.hpp"
#include "tab/app/rounds.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/ballots/results.hpp"
#include "tab/draw/draw_document.hpp"
#include "tab/standings/standings.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

// The seed in draw.toml of a draw made by tab; nullopt for a manual draw.
std::optional<uint64_t> recorded_seed(const Tournament& t, const FileSystem& fs, const std::string& round) {
    if (!fs.exists(draw_meta_path(round))) return std::nullopt;
    Diagnostics ignored;  // the draw's own problems are reported when its ballots are checked
    std::optional<Draw> draw = read_draw(fs, t, round, ignored);
    if (!draw || draw->method == DrawMethod::manual) return std::nullopt;
    return draw->seed;
}

// How the draws differ: the first room whose teams or sides differ, or the byes; nothing when the same.
std::optional<Message> first_difference(const Draw& stored, const Draw& again) {
    const size_t rooms = std::max(stored.debates.size(), again.debates.size());
    for (size_t r = 0; r < rooms; ++r) {
        if (r >= stored.debates.size() || r >= again.debates.size())
            return message("diag.replay.room_differs", {{"room", std::to_string(r + 1)}});
        if (stored.debates[r].room != again.debates[r].room || stored.debates[r].teams != again.debates[r].teams)
            return message("diag.replay.room_differs", {{"room", std::to_string(stored.debates[r].room)}});
    }
    if (stored.byes == again.byes) return std::nullopt;
    return message("diag.replay.byes_differ");
}

template <typename Row>
bool same_rows(const StandingsTable<Row>& a, const StandingsTable<Row>& b) {
    if (a.precedence != b.precedence || a.extras != b.extras || a.rows.size() != b.rows.size()) return false;
    for (size_t i = 0; i < a.rows.size(); ++i) {
        const Row& x = a.rows[i];
        const Row& y = b.rows[i];
        if (x.rank.rank != y.rank.rank || x.rank.tied != y.rank.tied || x.metrics != y.metrics) return false;
        if constexpr (std::is_same_v<Row, TeamStanding>) {
            if (x.team != y.team) return false;
        } else if (x.speaker != y.speaker) {
            return false;
        }
    }
    return true;
}

// Computes a table twice; nullopt (with the error in diags, once) when the precedence is invalid.
template <typename Compute>
std::optional<bool> computed_twice_alike(Compute compute, Diagnostics& diags) {
    auto first = compute(diags);
    if (!first) return std::nullopt;
    Diagnostics again;  // the same inputs as the first time: any problem is already in diags
    auto second = compute(again);
    if (!second) return std::nullopt;
    return same_rows(*first, *second);
}

// The prelims replayed so far: their results, read once each, and the problems reading them.
struct EarlierPrelims {
    std::vector<RoundResults> results;
    Diagnostics reading;
};

void check_draw(const Tournament& t, const FileSystem& fs, const Round& round, const EarlierPrelims& earlier,
                ReplayRound& entry, ReplayResult& result) {
    entry.seed = recorded_seed(t, fs, round.id);
    if (!entry.seed) {
        entry.draw = DrawCheck::manual;
        return;
    }
    ++result.draws_made_again;
    const std::string where = draw_path(round.id);
    // A prelim is made from the earlier prelims' results (as make_draw reads them, it fails on
    // an error in their files); an elimination round from break.csv and the rounds before it.
    Diagnostics made_diags;
    std::optional<MadeDraw> again;
    if (is_elimination(round)) {
        again = make_draw(t, fs, round, *entry.seed, made_diags);
    } else {
        made_diags.append(earlier.reading);
        if (!made_diags.has_errors()) again = make_prelim_draw(t, round, earlier.results, *entry.seed, made_diags);
    }
    Diagnostics read_diags;
    std::optional<Draw> stored = read_draw(fs, t, round.id, read_diags);
    if (!again || !stored) {
        entry.draw = DrawCheck::failed;
        const MessageArgs args = {{"file", where}, {"seed", std::to_string(*entry.seed)}};
        std::optional<Message> why;
        for (const Diagnostic& d : made_diags.all())
            if (d.severity == Severity::error) why = Message{d.key, d.args, d.message};
        result.differences.push_back({round.id, "draw",
                                      why ? message("diag.replay.not_made_again_because", args, {{"why", &*why}})
                                          : message("diag.replay.not_made_again", args)});
        return;
    }
    const std::optional<Message> difference = first_difference(*stored, again->draw);
    entry.draw = difference ? DrawCheck::differs : DrawCheck::same;
    if (difference)
        result.differences.push_back({round.id, "draw",
                                      message("diag.replay.draw_differs", {{"file", where}, {"seed", std::to_string(*entry.seed)}},
                                              {{"difference", &*difference}})});
}

}  // namespace

const char* draw_check_code(DrawCheck check) {
    switch (check) {
        case DrawCheck::same: return "same";
        case DrawCheck::differs: return "differs";
        case DrawCheck::failed: return "failed";
        case DrawCheck::manual: return "manual";
        case DrawCheck::not_drawn: return "not_drawn";
    }
    return "not_drawn";
}

std::optional<ReplayResult> replay(const Tournament& t, const FileSystem& fs, Diagnostics& diags,
                                   const std::function<void(int, int)>& progress) {
    ReplayResult result;
    EarlierPrelims earlier;
    const int rounds = static_cast<int>(t.rounds.size());
    for (int i = 0; i < rounds; ++i) {
        const Round& round = t.rounds[static_cast<size_t>(i)];
        if (progress) progress(i, rounds);
        ReplayRound entry{round.id, round.stage, DrawCheck::not_drawn, std::nullopt, 0, std::nullopt};
        if (!fs.exists(draw_path(round.id))) {
            result.rounds.push_back(entry);
            continue;
        }
        check_draw(t, fs, round, earlier, entry, result);
        Diagnostics ballots;
        if (std::optional<Draw> draw = read_draw(fs, t, round.id, ballots))
            check_ballots(t, *draw, read_ballots(fs, t, *draw, ballots), ballots);
        ballots.sort_by_position();
        entry.ballot_errors = ballots.error_count();
        diags.append(ballots);
        if (round.stage == Stage::prelim) {
            // The ballots' problems were reported above.
            if (std::optional<RoundResults> own = load_round_results(t, fs, round.id, earlier.reading))
                earlier.results.push_back(std::move(*own));
            const std::vector<RoundResults>& results = earlier.results;
            const std::pair<const char*, std::optional<bool>> tables[] = {
                {"teams", computed_twice_alike([&](Diagnostics& d) { return compute_team_standings(t, results, team_standings_options(t), d); }, diags)},
                {"speakers", computed_twice_alike([&](Diagnostics& d) { return compute_speaker_standings(t, results, speaker_standings_options(t), d); }, diags)},
                {"replies", computed_twice_alike([&](Diagnostics& d) { return compute_reply_standings(t, results, reply_standings_options(t), d); }, diags)},
            };
            entry.standings_same = true;
            for (const auto& [table, same] : tables) {
                ++result.standings_tables;
                if (!same) {
                    if (progress) progress(rounds, rounds);
                    return std::nullopt;
                }
                if (!*same) {
                    entry.standings_same = false;
                    result.differences.push_back(
                        {round.id, table, message("diag.replay.standings_differ", {{"round", round.id}, {"table", table}})});
                }
            }
        }
        result.rounds.push_back(entry);
    }
    if (progress) progress(rounds, rounds);
    return result;
}

nlohmann::ordered_json to_json(const ReplayResult& r) {
    nlohmann::ordered_json rounds = nlohmann::ordered_json::array();
    for (const ReplayRound& round : r.rounds)
        rounds.push_back({{"round", round.round},
                          {"stage", stage_code(round.stage)},
                          {"draw", draw_check_code(round.draw)},
                          {"seed", round.seed ? nlohmann::ordered_json(*round.seed) : nlohmann::ordered_json(nullptr)},
                          {"ballot_errors", round.ballot_errors},
                          {"standings_same", round.standings_same ? nlohmann::ordered_json(*round.standings_same) : nlohmann::ordered_json(nullptr)}});
    nlohmann::ordered_json differences = nlohmann::ordered_json::array();
    for (const ReplayDifference& d : r.differences)
        differences.push_back({{"round", d.round}, {"what", d.what}, {"message", d.message.text}});
    return {{"rounds", rounds},
            {"draws_made_again", r.draws_made_again},
            {"standings_tables", r.standings_tables},
            {"differences", differences}};
}

}  // namespace tab::app

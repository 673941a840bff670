#include "tab/app/ballots_check.hpp"
#include "tab/translate/translate.hpp"

#include <algorithm>

#include "tab/app/rounds.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/ballots/results.hpp"

namespace tab::app {

const char* code(MissingBallot m) { return m == MissingBallot::invalid ? "invalid" : "none"; }

int RoundBallots::error_count() const {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

RoundBallots check_round_ballots(const Tournament& t, const FileSystem& fs, const Draw& draw) {
    Diagnostics diags;
    BallotFile ballots = read_ballots(fs, t, draw, diags);
    check_ballots(t, draw, ballots, diags);
    diags.sort_by_position();
    // A room counts when its sheets aggregate to an entered result: the rule standings use.
    const RoundResults results = compute_round_results(t, draw, ballots);
    const std::vector<int> unconfirmed = rooms_missing_ballots(draw, ballots);

    RoundBallots out;
    out.round = draw.round;
    out.problems = diags.all();
    out.rooms = static_cast<int>(draw.debates.size());
    for (size_t d = 0; d < draw.debates.size(); ++d) {
        const Debate& debate = draw.debates[d];
        if (results.debates[d].entered) {
            ++out.rooms_counted;
            continue;
        }
        RoomWithoutBallot missing;
        missing.room = debate.room;
        for (int team : debate.teams) missing.teams.push_back(team >= 0 ? t.teams[static_cast<size_t>(team)].name : "");
        const bool confirmed = std::find(unconfirmed.begin(), unconfirmed.end(), debate.room) == unconfirmed.end();
        const bool unreadable = ballots.unreadable.count(static_cast<int>(d)) > 0;
        missing.reason = confirmed || unreadable ? MissingBallot::invalid : MissingBallot::none;
        out.missing.push_back(std::move(missing));
    }
    std::sort(out.missing.begin(), out.missing.end(),
              [](const RoomWithoutBallot& a, const RoomWithoutBallot& b) { return a.room < b.room; });
    return out;
}

std::optional<RoundBallots> ballots_check(const Tournament& t, const FileSystem& fs, const BallotsCheckRequest& request,
                                          Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round) return std::nullopt;
    std::optional<Draw> draw = stored_draw(t, fs, *round, diags);
    if (!draw) return std::nullopt;
    if (!fs.exists(ballots_path(round->id))) {
        diags.fail(Failure::cannot, message("diag.ballots.none_yet", {{"round", round->id}, {"file", ballots_path(round->id)}}));
        return std::nullopt;
    }
    return check_round_ballots(t, fs, *draw);
}

nlohmann::ordered_json to_json(const RoundBallots& r) {
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Diagnostic& d : r.problems)
        problems.push_back({{"file", d.file},
                            {"line", d.line > 0 ? nlohmann::ordered_json(d.line) : nlohmann::ordered_json()},
                            {"column", d.column > 0 ? nlohmann::ordered_json(d.column) : nlohmann::ordered_json()},
                            {"severity", d.severity == Severity::error ? "error" : "warning"},
                            {"message", d.message}});
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    for (const RoomWithoutBallot& m : r.missing) missing.push_back({{"room", m.room}, {"teams", m.teams}, {"reason", code(m.reason)}});
    return {{"round", r.round},
            {"rooms", r.rooms},
            {"rooms_with_valid_confirmed_ballot", r.rooms_counted},
            {"errors", r.error_count()},
            {"missing", missing},
            {"problems", problems}};
}

}  // namespace tab::app

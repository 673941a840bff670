#include "tab/app/standings.hpp"

#include "tab/app/json_numbers.hpp"
#include "tab/breaks/liveness.hpp"
#include "tab/ballots/results.hpp"

namespace tab::app {
namespace {

std::optional<int> rank_of(const Ranking& r) {
    if (r.rank > 0) return r.rank;
    return std::nullopt;
}

void warn_uncounted_rooms(const std::vector<RoundResults>& results, Diagnostics& diags) {
    for (const RoundResults& r : results) {
        int missing = 0;
        for (const DebateResult& d : r.debates) missing += d.entered ? 0 : 1;
        if (missing > 0)
            diags.warning(ballots_path(r.round), 0, 0,
                          "rooms without a valid confirmed ballot, which do not count: " + std::to_string(missing) +
                              " (see `tab ballots check " + r.round + "`)");
    }
}

// The liveness columns and each line's statuses (lines in the order of `teams`).
void add_liveness(const Tournament& t, const TournamentLiveness& l, const std::vector<int>& teams,
                  StandingsReport& report) {
    for (const CategoryLiveness& c : l.categories)
        report.liveness.push_back({c.category, t.find_break_category(c.category)->name});
    for (size_t i = 0; i < report.lines.size(); ++i)
        for (const CategoryLiveness& c : l.categories)
            report.lines[i].liveness.push_back(c.teams[static_cast<size_t>(teams[i])]);
}

template <typename Row>
void take_columns(StandingsReport& report, const StandingsTable<Row>& table) {
    report.precedence = table.precedence;
    report.extras = table.extras;
}

}  // namespace

const char* code(StandingsKind k) {
    switch (k) {
        case StandingsKind::teams: return "teams";
        case StandingsKind::speakers: return "speakers";
        case StandingsKind::replies: return "replies";
    }
    return "teams";
}

std::optional<StandingsKind> parse_standings_kind(const std::string& text) {
    for (StandingsKind k : {StandingsKind::teams, StandingsKind::speakers, StandingsKind::replies})
        if (text == code(k)) return k;
    return std::nullopt;
}

std::vector<std::string> StandingsReport::columns() const {
    std::vector<std::string> out = precedence;
    out.insert(out.end(), extras.begin(), extras.end());
    return out;
}

std::optional<StandingsReport> standings(const Tournament& t, const FileSystem& fs, const StandingsRequest& request,
                                         Diagnostics& diags) {
    if (!request.after.empty() && t.find_round(request.after) < 0) {
        diags.fail(Failure::usage, "--after: found '" + request.after + "', expected a round id of tournament.toml");
        return std::nullopt;
    }
    // A problem in a round's files is a warning here: the rooms it concerns do not count, and
    // `tab ballots check` is where it is an error.
    Diagnostics file_problems;
    std::vector<RoundResults> results = load_results(t, fs, request.after, file_problems);
    for (Diagnostic d : file_problems.all()) {
        d.severity = Severity::warning;
        diags.add(std::move(d));
    }
    warn_uncounted_rooms(results, diags);

    StandingsReport report;
    report.kind = request.kind;
    report.after_round = !request.after.empty() ? request.after : !results.empty() ? results.back().round : "";
    if (request.kind == StandingsKind::teams) {
        std::optional<TeamStandings> s = compute_team_standings(t, results, team_standings_options(t), diags);
        if (!s) return std::nullopt;
        take_columns(report, *s);
        std::vector<int> teams;
        for (const TeamStanding& row : s->rows) {
            report.lines.push_back({rank_of(row.rank), row.rank.tied, "", t.teams[static_cast<size_t>(row.team)].name,
                                    t.team_institution_code(row.team), row.metrics, {}});
            teams.push_back(row.team);
        }
        if (std::optional<TournamentLiveness> l = liveness_now(t, fs, results, diags))
            add_liveness(t, *l, teams, report);
        return report;
    }
    const bool replies = request.kind == StandingsKind::replies;
    std::optional<SpeakerStandings> s = replies ? compute_reply_standings(t, results, reply_standings_options(t), diags)
                                                : compute_speaker_standings(t, results, speaker_standings_options(t), diags);
    if (!s) return std::nullopt;
    take_columns(report, *s);
    for (const SpeakerStanding& row : s->rows) {
        const Speaker& sp = t.speakers[static_cast<size_t>(row.speaker)];
        report.lines.push_back({rank_of(row.rank), row.rank.tied, sp.name,
                                sp.team >= 0 ? t.teams[static_cast<size_t>(sp.team)].name : "",
                                t.team_institution_code(sp.team), row.metrics, {}});
    }
    return report;
}

nlohmann::ordered_json to_json(const StandingsReport& r) {
    const std::vector<std::string> columns = r.columns();
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const StandingsLine& line : r.lines) {
        nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
        for (size_t m = 0; m < columns.size(); ++m) metrics[columns[m]] = json_metric(line.metrics[m]);
        nlohmann::ordered_json row = {{"rank", line.rank ? nlohmann::ordered_json(*line.rank) : nullptr}, {"tied", line.tied}};
        if (r.kind != StandingsKind::teams) row["speaker"] = line.speaker;
        row["team"] = line.team;
        row["institution"] = json_text_or_null(line.institution);
        row["metrics"] = metrics;
        if (r.kind == StandingsKind::teams) {
            nlohmann::ordered_json liveness = nlohmann::ordered_json::object();
            for (size_t c = 0; c < r.liveness.size(); ++c)
                if (line.liveness[c]) liveness[r.liveness[c].category] = code_text(*line.liveness[c]);
            row["liveness"] = liveness;
        }
        lines.push_back(std::move(row));
    }
    return {{"table", code(r.kind)},
            {"after_round", json_text_or_null(r.after_round)},
            {"precedence", r.precedence},
            {"extras", r.extras},
            {code(r.kind), lines}};
}

}  // namespace tab::app

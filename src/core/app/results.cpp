#include "tab/app/results.hpp"

#include "tab/app/json_numbers.hpp"
#include "tab/app/rounds.hpp"
#include "tab/ballots/results.hpp"

namespace tab::app {
namespace {

TeamLine team_line(const Tournament& t, const DebateResult& d, const TeamResult& r, bool bp_prelim) {
    TeamLine line;
    line.team = t.teams[static_cast<size_t>(r.team)].name;
    line.side = t.format.sides[static_cast<size_t>(r.side)];
    line.pullup = r.pullup;
    if (d.entered) {
        line.points = r.points;
        if (bp_prelim) line.place = 4 - r.points;
        else line.outcome = r.win ? Outcome::win : Outcome::loss;
    }
    if (r.scored) line.total = r.score;
    line.margin = r.margin;
    if (r.panel > 0) {
        line.votes = r.votes;
        line.panel = r.panel;
    }
    for (const SpeechResult& s : r.speeches) {
        SpeechLine speech;
        speech.speaker = s.speaker >= 0 ? t.speakers[static_cast<size_t>(s.speaker)].name : "";
        speech.reply = s.position > t.format.speakers_per_team;
        speech.position = s.position;
        speech.score = s.score;
        speech.rank = s.rank;
        speech.iron = s.iron;
        line.speeches.push_back(std::move(speech));
    }
    return line;
}

nlohmann::ordered_json optional_number(const std::optional<Fraction>& f) { return f ? json_number(*f) : nullptr; }
nlohmann::ordered_json optional_int(const std::optional<int>& i) { return i ? nlohmann::ordered_json(*i) : nullptr; }

}  // namespace

const char* code(Outcome o) { return o == Outcome::win ? "win" : "loss"; }
const char* code(Stage s) { return s == Stage::prelim ? "prelim" : "elimination"; }

std::optional<RoundResultsReport> results(const Tournament& t, const FileSystem& fs, const ResultsRequest& request,
                                          Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round) return std::nullopt;
    if (!stored_draw(t, fs, *round, diags)) return std::nullopt;
    std::optional<RoundResults> r = load_round_results(t, fs, round->id, diags);
    if (!r) return std::nullopt;
    RoundResultsReport report;
    report.round = round->id;
    report.stage = round->stage;
    const bool bp_prelim = t.format.is_bp() && round->stage == Stage::prelim;
    for (const DebateResult& d : r->debates) {
        DebateLine debate;
        debate.room = d.room;
        debate.entered = d.entered;
        for (const TeamResult& team : d.teams) debate.teams.push_back(team_line(t, d, team, bp_prelim));
        report.debates.push_back(std::move(debate));
    }
    for (int team : r->byes) report.byes.push_back(t.teams[static_cast<size_t>(team)].name);
    return report;
}

nlohmann::ordered_json to_json(const RoundResultsReport& r) {
    nlohmann::ordered_json debates = nlohmann::ordered_json::array();
    for (const DebateLine& d : r.debates) {
        nlohmann::ordered_json teams = nlohmann::ordered_json::array();
        for (const TeamLine& team : d.teams) {
            nlohmann::ordered_json speeches = nlohmann::ordered_json::array();
            for (const SpeechLine& s : team.speeches)
                speeches.push_back({{"speaker", json_text_or_null(s.speaker)},
                                    {"position", s.position},
                                    {"reply", s.reply},
                                    {"score", json_number(s.score)},
                                    {"rank", optional_number(s.rank)},
                                    {"iron", s.iron}});
            teams.push_back({{"team", team.team},
                             {"side", team.side},
                             {"pullup", team.pullup},
                             {"result", team.outcome ? nlohmann::ordered_json(code(*team.outcome)) : nullptr},
                             {"place", optional_int(team.place)},
                             {"points", optional_int(team.points)},
                             {"total", optional_number(team.total)},
                             {"margin", optional_number(team.margin)},
                             {"votes", optional_int(team.votes)},
                             {"panel", optional_int(team.panel)},
                             {"speeches", speeches}});
        }
        debates.push_back({{"room", d.room}, {"entered", d.entered}, {"teams", teams}});
    }
    return {{"round", r.round}, {"stage", code(r.stage)}, {"debates", debates}, {"byes", r.byes}};
}

}  // namespace tab::app

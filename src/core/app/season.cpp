#include "tab/app/season.hpp"

#include <algorithm>

#include "tab/app/participants.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/loader.hpp"
#include "tab/season/people.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

struct StageInputs {
    std::vector<int> sources;
    std::vector<const Tournament*> tournaments;
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;
};

StageInputs stage_inputs(const LoadedSeason& s, const QualificationStage& stage) {
    StageInputs in;
    for (const std::string& id : stage.from) in.sources.push_back(s.index(id));
    in.tournaments = s.pointers(in.sources);
    for (int i : in.sources) {
        in.outcomes.push_back(s.outcomes[static_cast<size_t>(i)]);
        in.districts.push_back(s.districts[static_cast<size_t>(i)]);
    }
    return in;
}

// True when the target already holds the qualifier: found by appending it to a scratch copy.
bool already_written(const LoadedSeason& s, const QualificationStage& stage, const StageInputs& in, const Qualifier& q) {
    MemoryFileSystem scratch;
    QualifyReport report;
    Diagnostics ignored;  // a layout the real append refuses is reported there
    append_qualifiers(scratch, s.tournaments[static_cast<size_t>(s.index(stage.into))], stage, in.tournaments, {q}, &report, ignored);
    return !report.present.empty();
}

std::string qualifier_name(const Tournament& t, const Qualifier& q) {
    if (q.reason == "best_speaker") return t.speakers[static_cast<size_t>(q.speakers.front())].name;
    return t.teams[static_cast<size_t>(q.team)].name;
}

// The first source of the stage that is not finished, or "".
std::string unfinished_source(const LoadedSeason& s, const QualificationStage& stage) {
    for (const std::string& id : stage.from)
        if (!s.outcomes[static_cast<size_t>(s.index(id))].done()) return id;
    return "";
}

nlohmann::ordered_json duplicate_json(const DuplicatePerson& p) {
    return {{"name", p.name}, {"institution", or_null(p.institution)}, {"tournaments", p.tournaments}};
}

}  // namespace

SeasonStatusResult season_status(const LoadedSeason& s) {
    SeasonStatusResult result;
    result.name = s.season.name;
    for (std::size_t i = 0; i < s.tournaments.size(); ++i) {
        const Tournament& t = s.tournaments[i];
        const TournamentOutcome& out = s.outcomes[i];
        std::string winner = out.done() && !out.team_order.empty() ? t.teams[static_cast<size_t>(out.team_order.front())].name : "";
        result.tournaments.push_back({s.season.tournaments[i].id, t.name, out.rounds, out.rounds_drawn, out.rounds_complete,
                                      out.done(), winner});
    }
    for (const QualificationStage& stage : s.season.stages) {
        StageStatus status{stage.id, stage.into, unfinished_source(s, stage), {}};
        if (status.waiting_for.empty()) {
            StageInputs in = stage_inputs(s, stage);
            for (const Qualifier& q : stage_qualifiers(stage, in.tournaments, in.outcomes, in.districts)) {
                const std::string& from = stage.from[static_cast<size_t>(q.source)];
                status.qualifiers.push_back({from, qualifier_name(s.tournaments[static_cast<size_t>(s.index(from))], q), q.reason,
                                             q.place, already_written(s, stage, in, q)});
            }
        }
        result.stages.push_back(std::move(status));
    }
    return result;
}

nlohmann::ordered_json to_json(const SeasonStatusResult& result) {
    nlohmann::ordered_json tournaments = nlohmann::ordered_json::array();
    for (const SeasonTournamentStatus& t : result.tournaments)
        tournaments.push_back({{"id", t.id},
                               {"name", t.name},
                               {"rounds", t.rounds},
                               {"rounds_drawn", t.rounds_drawn},
                               {"rounds_complete", t.rounds_complete},
                               {"done", t.done},
                               {"winner", or_null(t.winner)}});
    nlohmann::ordered_json stages = nlohmann::ordered_json::array();
    for (const StageStatus& st : result.stages) {
        nlohmann::ordered_json qualifiers = nlohmann::ordered_json::array();
        for (const QualifierStatus& q : st.qualifiers)
            qualifiers.push_back({{"from", q.from}, {"name", q.name}, {"reason", q.reason}, {"place", q.place}, {"written", q.written}});
        stages.push_back({{"id", st.id},
                          {"into", st.into},
                          {"ready", st.waiting_for.empty()},
                          {"waiting_for", or_null(st.waiting_for)},
                          {"qualifiers", qualifiers}});
    }
    return {{"name", result.name}, {"tournaments", tournaments}, {"stages", stages}};
}

std::optional<SeasonQualifyResult> season_qualify(LoadedSeason& s, const std::string& stage_id, Diagnostics& diags) {
    const QualificationStage* stage = s.season.find_stage(stage_id);
    if (!stage) {
        std::string known;
        for (const QualificationStage& st : s.season.stages) known += (known.empty() ? "" : ", ") + st.id;
        diags.fail(Failure::usage, known.empty() ? message("diag.season.unknown_stage_none", {{"found", stage_id}})
                                                 : message("diag.season.unknown_stage", {{"found", stage_id}, {"known", known}}));
        return std::nullopt;
    }
    if (std::string waiting = unfinished_source(s, *stage); !waiting.empty()) {
        const TournamentOutcome& out = s.outcomes[static_cast<size_t>(s.index(waiting))];
        diags.fail(Failure::cannot, message("diag.season.not_ready", {{"stage", stage->id}, {"tournament", waiting},
                                                                      {"done", std::to_string(out.rounds_complete)},
                                                                      {"n", std::to_string(out.rounds)}}));
        return std::nullopt;
    }
    const int into = s.index(stage->into);
    StageInputs in = stage_inputs(s, *stage);
    std::vector<Qualifier> qualifiers = stage_qualifiers(*stage, in.tournaments, in.outcomes, in.districts);
    SeasonQualifyResult result{stage->id, stage->into, {}};
    // The next tournament is written into: no other tab command may write it meanwhile.
    if (!lock_for_writing(*s.dirs[static_cast<size_t>(into)], diags) ||
        !append_qualifiers(*s.dirs[static_cast<size_t>(into)], s.tournaments[static_cast<size_t>(into)], *stage, in.tournaments,
                           qualifiers, &result.report, diags))
        return std::nullopt;
    Diagnostics after;
    load_tournament(*s.dirs[static_cast<size_t>(into)], after);
    if (after.has_errors())
        diags.warning("", 0, 0, message("diag.season.target_errors", {{"tournament", stage->into}}));
    return result;
}

nlohmann::ordered_json to_json(const SeasonQualifyResult& result) {
    return {{"stage", result.stage},
            {"into", result.into},
            {"added", result.report.added},
            {"already_present", result.report.present},
            {"institutions_added", result.report.institutions}};
}

std::string league_by_code(LeagueBy by) {
    switch (by) {
    case LeagueBy::team: return "team";
    case LeagueBy::speaker: return "speaker";
    case LeagueBy::institution: return "institution";
    case LeagueBy::district: return "district";
    }
    return "";
}

std::optional<LeagueBy> parse_league_by(const std::string& code) {
    for (LeagueBy by : {LeagueBy::team, LeagueBy::speaker, LeagueBy::institution, LeagueBy::district})
        if (league_by_code(by) == code) return by;
    return std::nullopt;
}

std::string league_detail_key(LeagueBy by) {
    return by == LeagueBy::institution ? "district" : by == LeagueBy::district ? "" : "institution";
}

SeasonTableResult season_table(const LoadedSeason& s, const SeasonTableRequest& request) {
    std::vector<int> chosen;
    for (const std::string& id : s.season.table.tournaments) chosen.push_back(s.index(id));
    if (chosen.empty()) chosen = s.all();
    std::vector<TournamentOutcome> outcomes;
    std::vector<std::string> districts;
    for (int i : chosen) {
        outcomes.push_back(s.outcomes[static_cast<size_t>(i)]);
        districts.push_back(s.districts[static_cast<size_t>(i)]);
    }
    LeagueTables league = league_tables(s.season.table, s.pointers(chosen), outcomes, districts,
                                        request.lang.empty() ? s.season.language : request.lang);
    SeasonTableResult result;
    result.name = s.season.name;
    const std::pair<LeagueBy, std::vector<LeagueEntry>*> all[] = {{LeagueBy::team, &league.teams},
                                                                  {LeagueBy::speaker, &league.speakers},
                                                                  {LeagueBy::institution, &league.institutions},
                                                                  {LeagueBy::district, &league.districts}};
    for (const auto& [by, entries] : all)
        if (!request.by || *request.by == by) result.tables.push_back({by, std::move(*entries)});
    return result;
}

nlohmann::ordered_json to_json(const SeasonTableResult& result) {
    nlohmann::ordered_json document = {{"name", result.name}};
    for (const auto& [by, entries] : result.tables) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const LeagueEntry& e : entries) {
            nlohmann::ordered_json row = {{"rank", e.rank}, {"tied", e.tied}, {"name", e.name}};
            if (std::string detail = league_detail_key(by); !detail.empty()) row[detail] = or_null(e.detail);
            row["tournaments"] = e.tournaments;
            row["points"] = e.points;
            rows.push_back(std::move(row));
        }
        document[league_by_code(by) == "team" ? "teams" : league_by_code(by) + "s"] = rows;
    }
    return document;
}

SeasonDuplicatesResult season_duplicates(const LoadedSeason& s) {
    std::vector<Person> people = match_people(s.pointers(s.all()));
    auto person = [&](const Person& p) {
        DuplicatePerson out{p.name, p.institution, {}};
        for (const Appearance& a : p.appearances) {
            const std::string& id = s.season.tournaments[static_cast<size_t>(a.tournament)].id;
            if (std::find(out.tournaments.begin(), out.tournaments.end(), id) == out.tournaments.end()) out.tournaments.push_back(id);
        }
        return out;
    };
    SeasonDuplicatesResult result;
    result.name = s.season.name;
    for (const LikelyDuplicate& d : likely_duplicates(people))
        result.pairs.push_back({person(people[static_cast<size_t>(d.first)]), person(people[static_cast<size_t>(d.second)])});
    return result;
}

nlohmann::ordered_json to_json(const SeasonDuplicatesResult& result) {
    nlohmann::ordered_json pairs = nlohmann::ordered_json::array();
    for (const auto& [a, b] : result.pairs) pairs.push_back({{"person", duplicate_json(a)}, {"similar", duplicate_json(b)}});
    return {{"name", result.name}, {"duplicates", pairs}};
}

}  // namespace tab::app

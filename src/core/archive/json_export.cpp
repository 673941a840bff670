// export_json(): one document with everything a script may want, built from the same core
// calls the commands use (load_tournament, read_draw, load_round_results, the standings and
// read_break), so the numbers are the ones `tab standings` and `tab results` print. People are
// referred to by name, as in the tournament's files. Exact values (fractions) are written as
// numbers rounded to 6 decimals, so the same files always give the same bytes.
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <type_traits>
#include <utility>

#include "tab/ballots/completeness.hpp"
#include "tab/breaks/break.hpp"
#include "tab/draw/draw_document.hpp"
#include "tab/model/draw.hpp"
#include "tab/archive/json_export.hpp"
#include "tab/model/loader.hpp"
#include "tab/standings/standings.hpp"

namespace tab {
namespace {

using nlohmann::ordered_json;

double six_decimals(double v) { return std::round(v * 1e6) / 1e6; }

ordered_json metric(const MetricValue& v) {
    if (!v.present()) return nullptr;
    return six_decimals(v.to_double());
}

std::string team_name(const Tournament& t, int i) { return i >= 0 ? t.teams[static_cast<size_t>(i)].name : ""; }
std::string adj_name(const Tournament& t, int i) { return i >= 0 ? t.adjudicators[static_cast<size_t>(i)].name : ""; }

ordered_json names(const Tournament& t, const std::vector<int>& adjudicators) {
    ordered_json out = ordered_json::array();
    for (int a : adjudicators) out.push_back(adj_name(t, a));
    return out;
}

ordered_json contacts(const PersonalData& p) {
    return {{"gender", p.gender},
            {"birth_date", p.birth_date ? format_date(*p.birth_date) : ""},
            {"district", p.district},
            {"phone", p.phone},
            {"email", p.email}};
}

ordered_json participants(const Tournament& t, bool include_contacts) {
    ordered_json out;
    out["institutions"] = ordered_json::array();
    for (const Institution& i : t.institutions)
        out["institutions"].push_back({{"code", i.code}, {"name", i.name}, {"district", i.district}});
    out["teams"] = ordered_json::array();
    for (const Team& team : t.teams) {
        ordered_json speakers = ordered_json::array();
        for (int s : team.speakers) {
            const Speaker& sp = t.speakers[static_cast<size_t>(s)];
            ordered_json j = {{"name", sp.name}, {"id", sp.id}, {"categories", sp.categories}};
            if (include_contacts) j["contacts"] = contacts(sp.personal);
            speakers.push_back(std::move(j));
        }
        out["teams"].push_back({{"name", team.name},
                                {"institution", t.institution_code(team.institution)},
                                {"break_categories", team.break_categories},
                                {"swing", team.swing},
                                {"speakers", speakers}});
    }
    out["adjudicators"] = ordered_json::array();
    for (const Adjudicator& a : t.adjudicators) {
        ordered_json teams = ordered_json::array(), institutions = ordered_json::array();
        for (int i : a.team_conflicts) teams.push_back(team_name(t, i));
        for (int i : a.institution_conflicts) institutions.push_back(t.institution_code(i));
        ordered_json j = {{"name", a.name},
                          {"id", a.id},
                          {"institution", t.institution_code(a.institution)},
                          {"strength", six_decimals(a.strength)},
                          {"trainee", a.trainee},
                          {"independent", a.independent},
                          {"adj_core", a.adj_core},
                          {"team_conflicts", teams},
                          {"institution_conflicts", institutions},
                          {"adjudicator_conflicts", names(t, a.adjudicator_conflicts)}};
        if (include_contacts) j["contacts"] = contacts(a.personal);
        out["adjudicators"].push_back(std::move(j));
    }
    out["venues"] = ordered_json::array();
    for (const Venue& v : t.venues) out["venues"].push_back({{"name", v.name}, {"priority", v.priority}, {"tags", v.tags}});
    return out;
}

ordered_json results_json(const Tournament& t, const RoundResults& r) {
    ordered_json debates = ordered_json::array();
    for (const DebateResult& d : r.debates) {
        ordered_json teams = ordered_json::array();
        for (const TeamResult& tr : d.teams) {
            ordered_json speeches = ordered_json::array();
            for (const SpeechResult& s : tr.speeches)
                speeches.push_back({{"speaker", s.speaker >= 0 ? t.speakers[static_cast<size_t>(s.speaker)].name : ""},
                                    {"position", s.position == t.format.speakers_per_team + 1 ? ordered_json("reply")
                                                                                               : ordered_json(s.position)},
                                    {"score", six_decimals(s.score.to_double())},
                                    {"iron", s.iron}});
            // Moved in as the last key, not copied through an initializer list: a big tournament
            // has hundreds of thousands of speeches.
            ordered_json team = {{"team", team_name(t, tr.team)},
                                 {"side", t.format.sides.at(static_cast<size_t>(tr.side))},
                                 {"win", tr.win},
                                 {"points", tr.points},
                                 {"score", tr.scored ? ordered_json(six_decimals(tr.score.to_double())) : ordered_json(nullptr)},
                                 {"votes", tr.votes},
                                 {"panel", tr.panel}};
            team["speeches"] = std::move(speeches);
            teams.push_back(std::move(team));
        }
        ordered_json debate = {{"room", d.room}, {"entered", d.entered}};
        debate["teams"] = std::move(teams);
        debates.push_back(std::move(debate));
    }
    return debates;
}

template <typename Row>
ordered_json standings_json(const Tournament& t, const StandingsTable<Row>& table) {
    ordered_json rows = ordered_json::array();
    const std::vector<std::string> columns = table.columns();
    for (const Row& row : table.rows) {
        ordered_json metrics;
        for (size_t c = 0; c < columns.size(); ++c) metrics[columns[c]] = metric(row.metrics[c]);
        ordered_json j;
        j["rank"] = row.rank.rank;
        j["tied"] = row.rank.tied;
        if constexpr (std::is_same_v<Row, TeamStanding>) j["team"] = team_name(t, row.team);
        else j["speaker"] = t.speakers[static_cast<size_t>(row.speaker)].name;
        j["metrics"] = std::move(metrics);
        rows.push_back(std::move(j));
    }
    ordered_json out = {{"precedence", table.precedence}};
    out["rows"] = std::move(rows);
    return out;
}

}  // namespace

std::optional<std::string> export_json(const FileSystem& fs, Diagnostics& diags, bool include_contacts) {
    std::optional<Tournament> loaded = load_tournament(fs, diags);
    if (!loaded) return std::nullopt;
    const Tournament& t = *loaded;
    ordered_json doc;
    doc["tab_export"] = 1;
    doc["name"] = t.name;
    doc["short_name"] = t.short_name;
    doc["preset"] = t.format.preset;
    doc["language"] = t.language;
    doc["start_date"] = t.start_date ? format_date(*t.start_date) : "";
    doc["participants"] = participants(t, include_contacts);
    doc["rounds"] = ordered_json::array();
    for (const Round& r : t.rounds) {
        ordered_json motions = ordered_json::array();
        for (const Motion& m : r.motions) motions.push_back({{"reference", m.reference}, {"text", m.text}});
        ordered_json round = {{"id", r.id},
                              {"name", r.name},
                              {"stage", stage_code(r.stage)},
                              {"break_category", r.break_category},
                              {"silent", r.silent},
                              {"motions", motions},
                              {"draw", nullptr},
                              {"results", nullptr}};
        if (fs.exists(draw_path(r.id))) {
            if (std::optional<Draw> d = read_draw(fs, t, r.id, diags)) round["draw"] = to_json(draw_document(t, &r, *d), false);
            if (std::optional<RoundResults> res = load_round_results(t, fs, r.id, diags))
                round["results"] = results_json(t, *res);
        }
        doc["rounds"].push_back(std::move(round));
    }
    // Standings count only rounds whose results are all in (a round still being entered is pending).
    std::vector<RoundResults> results = load_results(t, fs, "", diags);
    results = complete_only(results, left_out(incomplete_prelims(t, results), "the exported standings", diags));
    ordered_json standings;
    if (auto teams = compute_team_standings(t, results, team_standings_options(t), diags))
        standings["teams"] = standings_json(t, *teams);
    if (auto speakers = compute_speaker_standings(t, results, speaker_standings_options(t), diags))
        standings["speakers"] = standings_json(t, *speakers);
    if (t.format.reply)
        if (auto replies = compute_reply_standings(t, results, reply_standings_options(t), diags))
            standings["replies"] = standings_json(t, *replies);
    doc["standings"] = std::move(standings);
    doc["break"] = nullptr;
    if (fs.exists(break_file))
        if (std::optional<Break> b = read_break(t, fs, diags)) {
            ordered_json categories = ordered_json::array();
            for (const CategoryBreak& c : b->categories) {
                ordered_json entries = ordered_json::array();
                for (const BreakEntry& e : c.entries)
                    entries.push_back({{"team", team_name(t, e.team)},
                                       {"rank", e.rank},
                                       {"break_rank", e.break_rank},
                                       {"remark", std::string(remark_key(e.remark))},
                                       {"note", e.note}});
                categories.push_back({{"category", c.category}, {"teams", entries}});
            }
            doc["break"] = std::move(categories);
        }
    std::string text = doc.dump(2);
    text += '\n';
    return text;
}

}  // namespace tab

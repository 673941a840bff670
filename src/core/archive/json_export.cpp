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
#include "tab/translate/translate.hpp"

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

// The document is written member by member, as nlohmann's dump(2) would write it whole: each
// value dumped on its own and indented to its depth (JSON strings hold no raw newline). The rounds,
// most of a big tournament's document, are built and written one at a time, so that only one
// round's tree is ever held (4000 teams: a 60 MB document, its tree over 300 MB).
class DocumentWriter {
public:
    void member(const std::string& key, const ordered_json& value) {
        open(key);
        append(value, 1);
    }
    void begin_array(const std::string& key) {
        open(key);
        items_ = 0;
    }
    void item(const ordered_json& value) {
        text_ += items_++ == 0 ? "[\n    " : ",\n    ";
        append(value, 2);
    }
    void end_array() { text_ += items_ == 0 ? "[]" : "\n  ]"; }
    std::string finish() {
        text_ += members_ == 0 ? "}\n" : "\n}\n";
        return std::move(text_);
    }

private:
    void open(const std::string& key) {
        text_ += members_++ == 0 ? "{\n  " : ",\n  ";
        text_ += ordered_json(key).dump() + ": ";
    }
    void append(const ordered_json& value, int depth) {
        const std::string dumped = value.dump(2);
        const std::string indent(static_cast<size_t>(2 * depth), ' ');
        for (char c : dumped) {
            text_ += c;
            if (c == '\n') text_ += indent;
        }
    }

    std::string text_;
    int members_ = 0, items_ = 0;
};

}  // namespace

std::optional<std::string> export_json(const FileSystem& fs, Diagnostics& diags, bool include_contacts) {
    std::optional<Tournament> loaded = load_tournament(fs, diags);
    if (!loaded) return std::nullopt;
    const Tournament& t = *loaded;
    DocumentWriter doc;
    doc.member("tab_export", 1);
    doc.member("name", t.name);
    doc.member("short_name", t.short_name);
    doc.member("preset", t.format.preset);
    doc.member("language", t.language);
    doc.member("start_date", t.start_date ? format_date(*t.start_date) : "");
    doc.member("participants", participants(t, include_contacts));
    // The prelims' results, kept for the standings with the problems reading them reported.
    std::vector<std::pair<std::optional<RoundResults>, Diagnostics>> prelims;
    doc.begin_array("rounds");
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
            Diagnostics reading;
            std::optional<RoundResults> res = load_round_results(t, fs, r.id, reading);
            if (res) round["results"] = results_json(t, *res);
            diags.append(reading);
            if (r.stage == Stage::prelim) prelims.emplace_back(std::move(res), std::move(reading));
        }
        doc.item(round);
    }
    doc.end_array();
    // Standings count only rounds whose results are all in (a round still being entered is pending).
    // They are the results above, and their files' problems are reported with them once more, as
    // when the standings read the files again (load_results).
    std::vector<RoundResults> results;
    for (auto& [res, reading] : prelims) {
        diags.append(reading);
        if (res) results.push_back(std::move(*res));
    }
    results = complete_only(results, left_out(incomplete_prelims(t, results), message("what.export"), diags));
    ordered_json standings;
    if (auto teams = compute_team_standings(t, results, team_standings_options(t), diags))
        standings["teams"] = standings_json(t, *teams);
    if (auto speakers = compute_speaker_standings(t, results, speaker_standings_options(t), diags))
        standings["speakers"] = standings_json(t, *speakers);
    if (t.format.reply)
        if (auto replies = compute_reply_standings(t, results, reply_standings_options(t), diags))
            standings["replies"] = standings_json(t, *replies);
    doc.member("standings", standings);
    ordered_json break_json = nullptr;
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
            break_json = std::move(categories);
        }
    doc.member("break", break_json);
    return doc.finish();
}

}  // namespace tab

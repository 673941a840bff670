// The team, speaker and reply tabs: the standings of the released prelims (SiteData::counted),
// each row with its result in every one of those rounds and then the ranking metrics. A team's
// round is its position and place in BP ("OG 1") and its side and win or loss in two-team
// formats ("Gov win"); a speaker's round is the speech score (the reply tab: the reply score).
// The team tab ends each row with the team's liveness in every break category ("Live (Open)":
// safe, live or dead, as tab standings teams shows it); the speaker tab is followed by the
// histogram of speech scores.
#include <fmt/format.h>

#include <algorithm>

#include "site.hpp"
#include "tab/standings/standings.hpp"

namespace tab::site {

namespace {

std::string metric_text(const MetricValue& v) {
    if (!v.present()) return "";
    return v.kind == MetricValue::Kind::exact ? format_fraction(v.exact) : fmt::format("{:.2f}", v.real);
}

// The indices (into SiteData::rounds) of the rounds the tabs count, in order.
std::vector<size_t> counted_rounds(const SiteData& d) {
    std::vector<size_t> out;
    for (size_t r = 0; r < d.rounds.size(); ++r)
        if (d.rounds[r].round->stage == Stage::prelim && d.rounds[r].released) out.push_back(r);
    return out;
}

std::string team_round_cell(const SiteData& d, size_t r, int team) {
    const TeamResult* result = d.released_result(r, team);
    if (!result) {
        const std::vector<int>& byes = d.rounds[r].results->byes;
        return std::find(byes.begin(), byes.end(), team) != byes.end() ? d.c.tr("publish.bye") : "";
    }
    const std::string side = d.side(static_cast<size_t>(result->side));
    if (d.t.format.is_bp()) return side + " " + std::to_string(4 - result->points);
    return side + " " + d.c.tr(result->win ? "publish.win" : "publish.loss");
}

// The speaker's substantive (reply: reply) speech score in round r, if released.
std::string speech_cell(const SiteData& d, size_t r, int speaker, bool reply) {
    const TeamResult* result = d.released_result(r, d.t.speakers[static_cast<size_t>(speaker)].team);
    if (!result) return "";
    std::string out;
    for (const SpeechResult& speech : result->speeches)
        if (speech.speaker == speaker && (speech.position > d.t.format.speakers_per_team) == reply)
            out += (out.empty() ? "" : " + ") + format_fraction(speech.score);
    return out;
}

std::string speakers_table(const SiteData& d, const SpeakerStandings& s, bool reply, const char* css_class) {
    const std::vector<size_t> rounds = counted_rounds(d);
    std::vector<Column> columns = {{d.c.tr("col.rank"), true}, {d.c.tr("col.speaker")}, {d.c.tr("col.team")}};
    for (size_t r : rounds) columns.push_back({d.rounds[r].round->id, true});
    for (const std::string& col : s.columns()) columns.push_back({d.c.tr("col." + col), true});
    std::vector<std::vector<std::string>> rows;
    for (const SpeakerStanding& row : s.rows) {
        const Speaker& sp = d.t.speakers[static_cast<size_t>(row.speaker)];
        std::vector<std::string> cells = {rank_text(row.rank), sp.name, d.team(sp.team)};
        for (size_t r : rounds) cells.push_back(speech_cell(d, r, row.speaker, reply));
        for (const MetricValue& v : row.metrics) cells.push_back(metric_text(v));
        rows.push_back(cells);
    }
    return tab_notes(d) + table(columns, rows, css_class);
}

}  // namespace

std::string team_tab(const SiteData& d, Diagnostics& diags) {
    std::optional<TeamStandings> s = compute_team_standings(d.t, d.counted, team_standings_options(d.t), diags);
    if (!s) return tab_notes(d);
    const std::vector<size_t> rounds = counted_rounds(d);
    std::vector<Column> columns = {{d.c.tr("col.rank"), true}, {d.c.tr("col.team")}, {d.c.tr("col.institution")}};
    for (size_t r : rounds) columns.push_back({d.rounds[r].round->id});
    for (const std::string& col : s->columns()) columns.push_back({d.c.tr("col." + col), true});
    const std::vector<CategoryLiveness> liveness = d.liveness ? d.liveness->categories : std::vector<CategoryLiveness>{};
    for (const CategoryLiveness& c : liveness) {
        const BreakCategory* category = d.t.find_break_category(c.category);
        columns.push_back({format_message(d.c.tr("col.liveness"), {{"category", category ? category->name : c.category}})});
    }
    std::vector<std::vector<std::string>> rows;
    for (const TeamStanding& row : s->rows) {
        std::vector<std::string> cells = {rank_text(row.rank), d.team(row.team), d.t.team_institution_code(row.team)};
        for (size_t r : rounds) cells.push_back(team_round_cell(d, r, row.team));
        for (const MetricValue& v : row.metrics) cells.push_back(metric_text(v));
        for (const CategoryLiveness& c : liveness) {
            const std::optional<Liveness>& status = c.teams[static_cast<size_t>(row.team)];
            cells.push_back(status ? d.c.tr("liveness." + std::string(code_text(*status))) : "");
        }
        rows.push_back(cells);
    }
    return tab_notes(d) + paragraph(d.c.tr(d.t.format.is_bp() ? "publish.rounds_bp" : "publish.rounds_two_team")) +
           table(columns, rows, "team-tab");
}

std::string speaker_tab(const SiteData& d, Diagnostics& diags) {
    std::optional<SpeakerStandings> s = compute_speaker_standings(d.t, d.counted, speaker_standings_options(d.t), diags);
    return s ? speakers_table(d, *s, false, "speaker-tab") + score_histogram(d) : tab_notes(d);
}

std::string reply_tab(const SiteData& d, Diagnostics& diags) {
    std::optional<SpeakerStandings> s = compute_reply_standings(d.t, d.counted, reply_standings_options(d.t), diags);
    return s ? speakers_table(d, *s, true, "reply-tab") : tab_notes(d);
}

}  // namespace tab::site

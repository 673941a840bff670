// Rendering standings for the CLI (see standings_view.hpp).
#include "standings_view.hpp"

#include <cmath>

namespace tab::cli {
namespace {

std::string institution_code(const Tournament& t, int team) {
    int i = team >= 0 ? t.teams[team].institution : -1;
    return i >= 0 ? t.institutions[i].code : "";
}

std::vector<Column> metric_columns(const std::vector<std::string>& keys) {
    std::vector<Column> out;
    for (const std::string& k : keys) out.push_back({k, true});
    return out;
}

std::string team_table(Context& ctx, const Tournament& t, const TeamStandings& s, const std::string& after) {
    if (ctx.format() == OutputFormat::json) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        const std::vector<std::string> columns = s.columns();
        for (const TeamStanding& r : s.rows) {
            nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
            for (size_t m = 0; m < columns.size(); ++m) metrics[columns[m]] = metric_json(r.metrics[m]);
            rows.push_back({{"rank", r.rank.rank}, {"tied", r.rank.tied}, {"team", t.teams[r.team].name},
                            {"institution", institution_code(t, r.team)}, {"metrics", metrics}});
        }
        nlohmann::ordered_json doc = {{"after_round", after}, {"precedence", s.precedence}, {"extras", s.extras}, {"teams", rows}};
        return doc.dump(2) + "\n";
    }
    Table table{"teams", "", {{"rank", true}, {"team"}, {"institution"}}, {}};
    for (const Column& c : metric_columns(s.columns())) table.columns.push_back(c);
    for (const TeamStanding& r : s.rows) {
        std::vector<Cell> row = {Cell::of(rank_text(r.rank)), Cell::of(t.teams[r.team].name),
                                 Cell::of(institution_code(t, r.team))};
        for (const MetricValue& v : r.metrics) row.push_back(metric_cell(v));
        table.rows.push_back(std::move(row));
    }
    return render_tables({table}, ctx.format(), ctx.catalogue());
}

std::string speaker_table(Context& ctx, const Tournament& t, const SpeakerStandings& s, const std::string& after,
                          const std::string& name) {
    if (ctx.format() == OutputFormat::json) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        const std::vector<std::string> columns = s.columns();
        for (const SpeakerStanding& r : s.rows) {
            nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
            for (size_t m = 0; m < columns.size(); ++m) metrics[columns[m]] = metric_json(r.metrics[m]);
            const Speaker& sp = t.speakers[r.speaker];
            rows.push_back({{"rank", r.rank.rank > 0 ? nlohmann::ordered_json(r.rank.rank) : nlohmann::ordered_json()},
                            {"tied", r.rank.tied}, {"speaker", sp.name},
                            {"team", sp.team >= 0 ? t.teams[sp.team].name : ""}, {"metrics", metrics}});
        }
        nlohmann::ordered_json doc = {{"after_round", after}, {"precedence", s.precedence}, {"extras", s.extras}, {name, rows}};
        return doc.dump(2) + "\n";
    }
    Table table{name, "", {{"rank", true}, {"speaker"}, {"team"}}, {}};
    for (const Column& c : metric_columns(s.columns())) table.columns.push_back(c);
    for (const SpeakerStanding& r : s.rows) {
        const Speaker& sp = t.speakers[r.speaker];
        std::vector<Cell> row = {Cell::of(rank_text(r.rank)), Cell::of(sp.name),
                                 Cell::of(sp.team >= 0 ? t.teams[sp.team].name : "")};
        for (const MetricValue& v : r.metrics) row.push_back(metric_cell(v));
        table.rows.push_back(std::move(row));
    }
    return render_tables({table}, ctx.format(), ctx.catalogue());
}

}  // namespace

Cell metric_cell(const MetricValue& v) {
    switch (v.kind) {
        case MetricValue::Kind::none: return Cell::none();
        case MetricValue::Kind::not_applicable: return Cell::of(std::string("n/a"));
        case MetricValue::Kind::exact:
            if (v.exact.is_integer()) return Cell::of(static_cast<int64_t>(v.exact.num()));
            return Cell::of(v.exact.to_double(), 2);
        case MetricValue::Kind::real: return Cell::of(v.real, 2);
    }
    return Cell::none();
}

nlohmann::ordered_json metric_json(const MetricValue& v) {
    switch (v.kind) {
        case MetricValue::Kind::none: return nullptr;
        case MetricValue::Kind::not_applicable: return "n/a";
        case MetricValue::Kind::exact:
            if (v.exact.is_integer()) return v.exact.num();
            return std::round(v.exact.to_double() * 1e6) / 1e6;
        case MetricValue::Kind::real: return std::round(v.real * 1e6) / 1e6;
    }
    return nullptr;
}

std::optional<std::vector<RoundResults>> load_prelim_results(Context& ctx, const Tournament& t, const std::string& after) {
    if (!after.empty() && t.find_round(after) < 0) {
        ctx.error("--after: found '" + after + "', expected a round id of tournament.toml");
        return std::nullopt;
    }
    Diagnostics diags;
    std::vector<RoundResults> results = load_results(t, ctx.fs(), after, diags);
    ctx.report(diags);
    for (const RoundResults& r : results) {
        int missing = 0;
        for (const DebateResult& d : r.debates) missing += d.entered ? 0 : 1;
        if (missing > 0)
            ctx.warn(r.round + ": " + std::to_string(missing) +
                     " room(s) have no valid confirmed ballot and do not count (see `tab ballots check " + r.round + "`)");
    }
    return results;
}

std::optional<std::string> render_standings(Context& ctx, const Tournament& t, const std::vector<RoundResults>& results,
                                            const std::string& table, const std::string& after, std::string* error) {
    std::string shown_after = after;
    if (shown_after.empty() && !results.empty()) shown_after = results.back().round;
    if (table == "teams") {
        std::optional<TeamStandings> s = compute_team_standings(t, results, team_standings_options(t), error);
        if (!s) return std::nullopt;
        return team_table(ctx, t, *s, shown_after);
    }
    const bool replies = table == "replies";
    std::optional<SpeakerStandings> s =
        replies ? compute_reply_standings(t, results, reply_standings_options(t), error)
                : compute_speaker_standings(t, results, speaker_standings_options(t), error);
    if (!s) return std::nullopt;
    return speaker_table(ctx, t, *s, shown_after, replies ? "replies" : "speakers");
}

}  // namespace tab::cli

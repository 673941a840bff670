// The metrics standings can rank by, their direction, and where a tournament's precedence
// comes from (the format's preset, overridden by [standings] in tournament.toml).
#include "tab/base/rng.hpp"
#include "tab/standings/standings.hpp"

namespace tab {

bool MetricValue::operator==(const MetricValue& o) const {
    if (kind != o.kind) {
        if (present() && o.present()) return to_double() == o.to_double();
        return false;
    }
    if (kind == Kind::exact) return exact == o.exact;
    if (kind == Kind::real) return real == o.real;
    return true;
}

const std::vector<MetricInfo>& team_metrics() {
    static const std::vector<MetricInfo> metrics = {
        {"points", false, false},          {"wins", false, false},
        {"speaks_sum", false, false},      {"speaks_avg", false, false},
        {"speaks_ind_avg", false, false},  {"speaks_stddev", true, false},
        {"speaks_apda", false, false},      {"speaks_single_adj", false, false}, {"speaks_double_adj", false, false},
        {"margin_sum", false, false},      {"margin_avg", false, false},
        {"draw_strength", false, false},   {"draw_strength_speaks", false, false},
        {"draw_strength_rank", true, false, true}, {"opp_strength", false, false},
        {"num_adjs", false, false},        {"firsts", false, false},
        {"seconds", false, false},         {"thirds", false, false},
        {"num_iron", true, false},         {"npullups", false, false},
        {"pullup_debates", false, false},  {"srank", true, false},
        {"srank_single_adj", true, false}, {"srank_double_adj", true, false},
        {"wbw", false, true},
    };
    return metrics;
}

const std::vector<MetricInfo>& speaker_metrics() {
    static const std::vector<MetricInfo> metrics = {
        {"total", false, false},          {"average", false, false},
        {"trimmed_mean", false, false},   {"stdev", true, false},
        {"count", false, false},          {"total_apda", false, false},
        {"total_single_adj", false, false},
        {"total_double_adj", false, false}, {"srank", true, false},
        {"srank_single_adj", true, false}, {"srank_double_adj", true, false},
        {"team_points", false, false},    {"team_wins", false, false},
        {"firsts", false, false},         {"seconds", false, false},
        {"thirds", false, false},         {"num_adjs", false, false},
        {"replies_sum", false, false},    {"replies_avg", false, false},
        {"replies_stddev", true, false},  {"replies_count", false, false},
    };
    return metrics;
}

namespace {

const MetricInfo* find_in(const std::vector<MetricInfo>& metrics, std::string_view key) {
    for (const MetricInfo& m : metrics)
        if (m.key == key) return &m;
    return nullptr;
}

std::vector<std::string> list_or(const Settings& s, std::string_view key, std::vector<std::string> fallback) {
    return s.has(key) ? s.get_list(key) : fallback;
}

StandingsOptions base_options(const Tournament& t) {
    const Settings& s = t.section("standings");
    StandingsOptions o;
    o.seed = t.seed;
    o.tiebreak = s.get<Tiebreak>("tiebreak");
    return o;
}

}  // namespace

const MetricInfo* find_team_metric(std::string_view key) {
    // wbw1, wbw2, ... name the occurrences of a repeated wbw.
    if (key.size() > 3 && key.substr(0, 3) == "wbw") key = "wbw";
    return find_in(team_metrics(), key);
}

const MetricInfo* find_speaker_metric(std::string_view key) { return find_in(speaker_metrics(), key); }

StandingsOptions team_standings_options(const Tournament& t) {
    const Settings& s = t.section("standings");
    StandingsOptions o = base_options(t);
    o.precedence = list_or(s, "team_precedence", t.format.team_precedence);
    o.extras = s.get_list("team_extras");
    o.seed = derive_seed(t.seed, "team-standings");
    return o;
}

StandingsOptions speaker_standings_options(const Tournament& t) {
    const Settings& s = t.section("standings");
    StandingsOptions o = base_options(t);
    o.precedence = list_or(s, "speaker_precedence", t.format.speaker_precedence);
    o.extras = s.get_list("speaker_extras");
    o.missed_limit = static_cast<int>(s.get_int("missed_debates"));
    o.seed = derive_seed(t.seed, "speaker-standings");
    return o;
}

StandingsOptions reply_standings_options(const Tournament& t) {
    const Settings& s = t.section("standings");
    StandingsOptions o = base_options(t);
    o.precedence = {"replies_avg"};
    o.extras = {"replies_sum", "replies_stddev", "replies_count"};
    o.missed_limit = static_cast<int>(s.get_int("missed_replies"));
    o.seed = derive_seed(t.seed, "reply-standings");
    return o;
}

std::string rank_text(const Ranking& r) {
    if (r.rank <= 0) return "";
    return std::to_string(r.rank) + (r.tied ? "=" : "");
}

}  // namespace tab

// Team, speaker and reply standings after a round: every metric of DOMAIN.md §4 and
// tabbycat.md §4.2–4.3, ranked by a precedence of metrics, with extra metrics shown unranked.
//
// Only entered (confirmed, valid) ballots of prelim rounds count, except that pull-ups and the
// opponents behind draw strength are taken from every drawn prelim debate. Ties share a rank
// (shown "2="); among tied entries the order is a shuffle drawn from the tournament seed
// (derive_seed(seed, "team-standings") / "speaker-standings"), or by name with
// [standings] tiebreak = "name", so the same files always print the same table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/fraction.hpp"
#include "tab/ballots/results.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// A metric's value: a number kept exactly where it can be (sums, means, counts), a real number
// where it cannot (standard deviations), "n/a" (who-beat-whom when it does not apply), or none
// (a sum over no debates: sorts below every value and is not tied with 0).
struct MetricValue {
    enum class Kind { none, exact, real, not_applicable };
    Kind kind = Kind::none;
    Fraction exact;
    double real = 0;

    static MetricValue of(Fraction f) { return {Kind::exact, f, 0}; }
    static MetricValue of_real(double d) { return {Kind::real, {}, d}; }
    static MetricValue na() { return {Kind::not_applicable, {}, 0}; }
    bool present() const { return kind == Kind::exact || kind == Kind::real; }
    double to_double() const { return kind == Kind::exact ? exact.to_double() : real; }
    bool operator==(const MetricValue& o) const;
};

struct MetricInfo {
    std::string key;          // e.g. "speaks_sum"
    bool ascending = false;   // lower is better (stdev, iron speeches, speech ranks)
    bool repeatable = false;  // may appear more than once in a precedence (wbw)
    bool extra_only = false;  // shown, never ranked: it depends on the ranks (draw_strength_rank)
};
// The team metrics (points, wins, speaks_sum, ...) and speaker metrics (total, average, ...)
// this engine knows; nullptr for an unknown key.
const MetricInfo* find_team_metric(std::string_view key);
const MetricInfo* find_speaker_metric(std::string_view key);
const std::vector<MetricInfo>& team_metrics();
const std::vector<MetricInfo>& speaker_metrics();

struct StandingsOptions {
    std::vector<std::string> precedence;  // ranking metrics, in order
    std::vector<std::string> extras;      // shown, not ranked
    Tiebreak tiebreak = Tiebreak::random;  // order among tied entries
    uint64_t seed = 0;
    int missed_limit = -1;                // speakers: ranked only with count >= rounds - limit; -1 = no limit
};
// [standings] team_precedence / team_extras, else the format's team precedence.
StandingsOptions team_standings_options(const Tournament& t);
// [standings] speaker_precedence / speaker_extras / missed_debates, else the format's.
StandingsOptions speaker_standings_options(const Tournament& t);
// The reply tab: replies_avg, extras replies_stddev and replies_count, [standings] missed_replies.
StandingsOptions reply_standings_options(const Tournament& t);

struct Ranking {
    int rank = 0;             // standard competition ranking (1, 2, 2, 4); 0 = unranked
    bool tied = false;
};
// "1", "2=", or "" for unranked.
std::string rank_text(const Ranking& r);

struct TeamStanding {
    int team = -1;
    Ranking rank;
    Ranking subrank;          // rank among the teams sharing the first metric
    std::vector<MetricValue> metrics;  // one per StandingsTable::columns
};

struct SpeakerStanding {
    int speaker = -1;
    Ranking rank;             // rank 0 when the speaker has missed too many speeches
    std::vector<MetricValue> metrics;
};

template <typename Row>
struct StandingsTable {
    std::vector<std::string> precedence;  // as shown: a repeated wbw becomes wbw1, wbw2, ...
    std::vector<std::string> extras;
    std::vector<Row> rows;                // best first
    // Column keys: precedence then extras.
    std::vector<std::string> columns() const;
};
using TeamStandings = StandingsTable<TeamStanding>;
using SpeakerStandings = StandingsTable<SpeakerStanding>;

// Ranks every team of t by the results (prelim rounds only). nullopt, with an error about
// tournament.toml in diags, when the precedence names an unknown metric, repeats one that may
// not repeat, or ranks by an extra-only one.
std::optional<TeamStandings> compute_team_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                    const StandingsOptions& options, Diagnostics& diags);
// Ranks every speaker of t by substantive speeches (not iron); unranked below the rest if too
// few speeches (options.missed_limit).
std::optional<SpeakerStandings> compute_speaker_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                          const StandingsOptions& options, Diagnostics& diags);
// Ranks the speakers who gave reply speeches.
std::optional<SpeakerStandings> compute_reply_standings(const Tournament& t, const std::vector<RoundResults>& results,
                                                        const StandingsOptions& options, Diagnostics& diags);

template <typename Row>
std::vector<std::string> StandingsTable<Row>::columns() const {
    std::vector<std::string> out = precedence;
    out.insert(out.end(), extras.begin(), extras.end());
    return out;
}

}  // namespace tab

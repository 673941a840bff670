// The presets of DOMAIN.md §2. Every field can be overridden in tournament.toml's [format].
#include <cmath>

#include "tab/model/format.hpp"

namespace tab {

bool ScoreRange::accepts(double score) const {
    if (score < min - 1e-9 || score > max + 1e-9) return false;
    if (step <= 0) return true;
    double steps = (score - min) / step;
    return std::fabs(steps - std::round(steps)) < 1e-6;
}

namespace {

Format two_team(std::string preset, int speakers, bool reply, ScoreRange speaker, ScoreRange reply_range,
                std::vector<std::string> team_precedence, std::vector<std::string> speaker_precedence) {
    Format f;
    f.preset = std::move(preset);
    f.teams_per_debate = 2;
    f.speakers_per_team = speakers;
    f.reply = reply;
    f.speaker_scores = speaker;
    f.reply_scores = reply_range;
    f.sides = {"gov", "opp"};
    f.ballot_style = BallotStyle::voting;
    f.team_precedence = std::move(team_precedence);
    f.speaker_precedence = std::move(speaker_precedence);
    return f;
}

Format bp() {
    Format f;
    f.preset = "bp";
    f.teams_per_debate = 4;
    f.speakers_per_team = 2;
    f.speaker_scores = {50, 100, 1};
    f.sides = {"og", "oo", "cg", "co"};
    f.ballot_style = BallotStyle::consensus;
    f.team_precedence = {"points", "speaks_sum", "firsts", "seconds", "thirds"};
    f.speaker_precedence = {"total"};
    return f;
}

}  // namespace

std::optional<Format> preset_format(std::string_view name) {
    if (name == "bp") return bp();
    if (name == "wsdc") {
        Format f = two_team("wsdc", 3, true, {60, 80, 0.5}, {30, 40, 0.5}, {"wins", "num_adjs", "speaks_avg"},
                            {"average"});
        f.max_side_imbalance = 2;
        return f;
    }
    if (name == "australs")
        return two_team("australs", 3, true, {70, 80, 1}, {35, 40, 0.5}, {"wins", "speaks_sum"}, {"average"});
    if (name == "asian")
        return two_team("asian", 3, true, {69, 81, 1}, {34.5, 40.5, 0.5}, {"wins", "speaks_sum", "margin_avg"},
                        {"average"});
    if (name == "apda") {
        // MIT-Tab's order (docs/formats.md "Standings"), then the seeded shuffle.
        Format f = two_team("apda", 2, false, {15, 40, 0.5}, {},
                            {"wins", "speaks_apda", "srank", "speaks_single_adj", "srank_single_adj", "speaks_double_adj",
                             "srank_double_adj", "opp_strength"},
                            {"total_apda", "srank", "total_single_adj", "srank_single_adj", "total_double_adj",
                             "srank_double_adj"});
        f.speech_ranks = true;
        f.low_point_wins = true;
        return f;
    }
    if (name == "karl-popper")
        return two_team("karl-popper", 3, false, {15, 30, 1}, {}, {"wins", "num_adjs", "speaks_sum"}, {"total"});
    if (name == "lincoln-douglas") {
        Format f = two_team("lincoln-douglas", 1, false, {25, 30, 0.1}, {}, {"wins", "num_adjs", "speaks_sum"},
                            {"total"});
        f.side_allocation = SideAllocation::alternate;
        return f;
    }
    if (name == "public-forum") {
        Format f = two_team("public-forum", 2, false, {25, 30, 0.5}, {}, {"wins", "num_adjs", "speaks_sum"},
                            {"total"});
        f.side_allocation = SideAllocation::random;
        return f;
    }
    return std::nullopt;
}

const std::vector<std::string>& preset_names() {
    static const std::vector<std::string> names = {"bp",   "wsdc",        "australs",        "asian",
                                                   "apda", "karl-popper", "lincoln-douglas", "public-forum"};
    return names;
}

}  // namespace tab

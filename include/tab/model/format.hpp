// The debate format a tournament uses: a preset from DOMAIN.md §2, every field of which
// tournament.toml may override in its [format] table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/model/setting_codes.hpp"

namespace tab {

enum class BallotStyle {
    consensus,  // one ballot per room agreed by the panel (BP)
    voting,     // one ballot per voting adjudicator; the majority decides
};

struct ScoreRange {
    double min = 0;
    double max = 0;
    double step = 1;
    // True if min <= score <= max and score is a whole number of steps from min.
    bool accepts(double score) const;
};

struct Format {
    std::string preset;                    // bp, wsdc, australs, asian, apda, karl-popper, lincoln-douglas, public-forum
    int teams_per_debate = 2;              // 2 or 4
    int speakers_per_team = 3;             // substantive speakers
    bool reply = false;                    // reply speeches (two-team formats)
    ScoreRange speaker_scores;
    ScoreRange reply_scores;
    std::vector<std::string> sides;        // side ids in speaking order: gov, opp / og, oo, cg, co
    BallotStyle ballot_style = BallotStyle::voting;
    bool speech_ranks = false;             // adjudicators rank speeches (APDA)
    bool low_point_wins = false;           // a ballot may give the win to the lower total
    bool scores_from_majority = true;      // team and speaker scores are means over the majority (else over all)
    double max_margin = 0;                 // largest allowed winning margin; 0 = no limit
    std::vector<std::string> team_precedence;     // team ranking metrics, in order
    std::vector<std::string> speaker_precedence;  // speaker ranking metrics, in order
    SideAllocation side_allocation = SideAllocation::balance;  // balance | random | alternate | preallocated
    int max_side_imbalance = 0;            // hard limit on |gov - opp| over the prelims; 0 = none (WSDC: 2)

    bool is_bp() const { return teams_per_debate == 4; }
};

// The preset of that name, or nullopt if there is none.
std::optional<Format> preset_format(std::string_view name);
const std::vector<std::string>& preset_names();

}  // namespace tab

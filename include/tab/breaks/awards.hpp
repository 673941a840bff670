// Awards (DOMAIN.md §8): team places 1–4 per break category from the elimination results (from
// the team standings when the category has no elimination rounds), the
// best speakers overall and per speaker category, the best adjudicators where the director gives
// them a score, and a certificate for every participant.
//
// adjudicator_scores.csv (optional, written by the director): adjudicator,score — e.g. the mean
// of their feedback. Without it no adjudicator award is given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/base/codes.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/ballots/results.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct Placing {
    int place = 0;        // 1..4
    bool shared = false;  // "3=": two semifinal losers without a third-place debate
    int who = -1;         // team, speaker or adjudicator index
    double score = 0;     // speakers: the first ranking metric; adjudicators: their score
};

struct TeamPlaces {
    std::string category;          // BreakCategory::id; "" = overall, when no category is declared
    std::vector<Placing> places;   // best first; empty when the final has no result yet
    std::optional<Message> missing;  // why places are missing ("round GF has no confirmed ballot for room 1")
};

struct SpeakerAwards {
    std::string category;          // SpeakerCategory::id; "" = overall
    std::vector<Placing> speakers; // the top N (ties at the N-th included)
};

struct Awards {
    std::vector<TeamPlaces> teams;
    std::vector<SpeakerAwards> speakers;
    std::vector<Placing> adjudicators;
};

inline const char* const adjudicator_scores_file = "adjudicator_scores.csv";

// Computes every award. Speakers are ranked on the prelim results; [awards] top_speakers (10)
// and top_adjudicators (1) say how many are named. Unreadable files go to diags; nullopt with an
// invalid-input error in diags if the speaker standings cannot be computed.
std::optional<Awards> compute_awards(const Tournament& t, const FileSystem& fs, const std::vector<RoundResults>& prelims,
                                     Diagnostics& diags);

// What an award is for; codes "team" (a team place), "speaker", "adjudicator".
enum class AwardKind { team, speaker, adjudicator };
template <>
std::span<const Code<AwardKind>> codes_of<AwardKind>();

// One award on a certificate.
struct AwardLine {
    AwardKind kind = AwardKind::team;
    int place = 0;
    bool shared = false;
    std::string category;   // break or speaker category id; "" = overall
};

struct Certificate {
    std::string name;
    std::string team;         // empty for adjudicators
    std::string institution;  // its full name (else its code)
    std::string role;         // "speaker" or "adjudicator"
    std::vector<AwardLine> awards;     // empty = participation
};
// One certificate per speaker and adjudicator, in the order of the participant files.
std::vector<Certificate> certificates(const Tournament& t, const Awards& a);

}  // namespace tab

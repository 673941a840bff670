// tab awards: team places from the elimination results, the best speakers overall and per
// speaker category, the best adjudicators. tab certificates: one certificate per participant
// with the awards on it (names, teams and institutions only: never personal data).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/breaks/awards.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct TeamPlaceLine {
    std::string category;       // break category id
    std::string category_name;  // its name in tournament.toml (else the id)
    int place = 0;              // 1..4
    bool shared = false;        // "3=": shared with another team
    std::string team;
    std::string institution;    // institution code
};

struct SpeakerAwardLine {
    std::string category;       // speaker category id; empty = overall
    std::string category_name;
    int place = 0;
    bool shared = false;
    std::string speaker;
    std::string team;
    double score = 0;           // the first ranking metric of the speaker tab
};

struct AdjudicatorAwardLine {
    int place = 0;
    bool shared = false;
    std::string adjudicator;
    double score = 0;           // from adjudicator_scores.csv
};

// A break category whose places are not known yet, and why.
struct PendingPlaces {
    std::string category;
    std::string category_name;
    Message reason;  // JSON gives its English text
};

struct AwardsReport {
    bool provisional = false;  // the tournament is not finished (--provisional): every line may still change
    std::vector<TeamPlaceLine> team_places;          // by category (tournament.toml order), then place
    std::vector<PendingPlaces> pending;              // categories without places yet
    std::vector<SpeakerAwardLine> best_speakers;     // overall first, then per speaker category
    std::vector<AdjudicatorAwardLine> best_adjudicators;
};

// Each pending category also gives a warning. nullopt with invalid_input when a file is
// unreadable or the speaker standings cannot be computed; `cannot` while the tournament is not
// finished (a prelim or an elimination round of tournament.toml undrawn or with a debate without
// a result that counts), unless `provisional`: then the awards as the results stand, marked
// provisional (--provisional, or its older name --allow-incomplete).
std::optional<AwardsReport> awards(const Tournament& t, const FileSystem& fs, bool provisional, Diagnostics& diags);
nlohmann::ordered_json to_json(const AwardsReport& r);

struct AwardEntry {
    tab::AwardKind kind = tab::AwardKind::team;  // not the protocol's app::AwardKind
    int place = 0;
    bool shared = false;
    std::string category;       // break or speaker category id; empty = overall
    std::string category_name;
};

enum class Role { speaker, adjudicator };
const char* code(Role r);  // "speaker", "adjudicator"

struct CertificateLine {
    std::string name;
    Role role = Role::speaker;
    std::string team;           // empty for adjudicators
    std::string institution;    // the institution's full name (else its code)
    std::vector<AwardEntry> awards;  // empty = participation
};

struct CertificatesReport {
    bool provisional = false;   // the tournament is not finished (--provisional): a mark on every sheet
    std::string tournament;
    std::string date;           // the tournament's start date, YYYY-MM-DD; empty if not set
    std::string place;          // [certificates] place, else the tournament's location; may be empty
    std::string organiser;      // [certificates] organiser; may be empty
    std::string logo;           // the [certificates] logo file as a data: URI; empty for none
    std::vector<Signature> signatures;  // [[certificates.signatures]], in file order
    std::vector<CertificateLine> certificates;  // speakers, then adjudicators, in file order
};

// Refuses on missing results as awards() does; nullopt with invalid_input also when the [certificates] logo
// is missing or not a PNG, JPEG or SVG.
std::optional<CertificatesReport> certificates(const Tournament& t, const FileSystem& fs, bool provisional,
                                               Diagnostics& diags);
nlohmann::ordered_json to_json(const CertificatesReport& r);

}  // namespace tab::app

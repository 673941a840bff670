// The tournament as loaded from its directory: settings, rounds, break categories and the
// participants. Participants refer to each other by index into the Tournament's vectors
// (-1 = none); names are what people see and type.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tab/model/local_text.hpp"
#include "tab/model/name_index.hpp"
#include "tab/model/format.hpp"
#include "tab/model/setting_codes.hpp"
#include "tab/model/settings.hpp"

namespace tab {

struct Date {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Date&) const = default;
};
// Parses YYYY-MM-DD (also DD.MM.YYYY, as Kazakh and Russian forms write it).
std::optional<Date> parse_date(std::string_view text);
std::string format_date(const Date& d);  // YYYY-MM-DD
// Whole years between birth and day.
int age_on(const Date& birth, const Date& day);

// Registration data that is kept but never printed unless a command is asked for it.
struct PersonalData {
    std::string gender;               // as entered: female, male, other, or empty
    std::optional<Date> birth_date;
    std::string district;             // district or city
    std::string phone;
    std::string email;
};

struct Institution {
    std::string code;      // short name used in the other files
    std::string name;      // full name
    std::string district;  // district, city or region
};

struct Speaker {
    std::string name;
    std::string id;                        // stable id across tournaments, optional
    int team = -1;
    std::vector<std::string> categories;   // speaker categories (novice, esl, school, ...)
    PersonalData personal;
};

struct Team {
    std::string name;
    int institution = -1;
    std::vector<int> speakers;                  // indices into Tournament::speakers
    std::vector<std::string> break_categories;  // ids of the break categories the team is eligible for
    double seed = 0;                            // pre-tournament rating for seeded draws; 0 = none
    bool swing = false;                         // a composite team added to fill a room
};

struct Adjudicator {
    std::string name;
    std::string id;
    int institution = -1;
    double strength = 0;                 // base score on the tournament's scale
    bool trainee = false;
    bool independent = false;
    bool adj_core = false;
    std::vector<int> team_conflicts;         // indices into Tournament::teams
    std::vector<int> institution_conflicts;  // indices into Tournament::institutions (own institution not included)
    std::vector<int> adjudicator_conflicts;  // indices into Tournament::adjudicators
    std::vector<std::string> unavailable;    // round ids the adjudicator cannot judge
    std::vector<std::string> categories;     // e.g. for awards
    PersonalData personal;
};

struct Venue {
    std::string name;
    int priority = 0;                   // higher = better room
    std::vector<std::string> tags;      // e.g. accessible
};

struct Motion {
    std::string reference;  // short name
    std::string text;         // texts.in(the output language), see use_language()
    LocalText texts{};        // the text as tournament.toml gives it
    std::string info_slide{};  // context shown before the motion is read, if any
};

enum class Stage { prelim, elimination };

struct Round {
    std::string id;              // R1, R2, ..., QF, SF, GF
    std::string name;            // "Round 1", "Semifinal"
    Stage stage = Stage::prelim;
    DrawMethod draw_method = DrawMethod::power;  // default: random for the first round, elimination for outrounds
    std::vector<Motion> motions;
    std::string break_category;  // for elimination rounds
    double weight = 1;
    bool silent = false;         // results withheld from published pages
    Settings settings{"round"};  // further keys of the round (see setting_specs(), section "round")
    int source_line = 0;         // line of its [[rounds]] entry in tournament.toml
    LocalText names{};           // the name as tournament.toml gives it; name = names.in(output language)
};

// A round's draw when tournament.toml names none: elimination for outrounds, random for the
// first round, power after.
DrawMethod default_draw_method(Stage stage, bool first_round);

struct BreakCategory {
    std::string id;
    std::string name;
    int size = 0;
    int priority = 0;            // higher breaks first; equal priorities do not exclude each other
    BreakRule rule = BreakRule::standard;
    int reserve = 0;
    bool general = false;        // every team is considered (open)
    ThirdPlace third_place = ThirdPlace::none;
    int source_line = 0;         // line of its [[break_categories]] entry in tournament.toml
    LocalText names{};           // the name as tournament.toml gives it; name = names.in(output language)
};

struct SpeakerCategory {
    std::string id;
    std::string name;
    LocalText names{};
};

// A signature line of the certificates ([[certificates.signatures]] in tournament.toml).
struct Signature {
    std::string name;
    std::string role;
};

// What the certificates print besides the typed keys of [certificates] (logo, organiser, place).
struct CertificateDesign {
    std::vector<Signature> signatures;
    // Where `logo` is written in tournament.toml, to point at it when the file is missing.
    int logo_line = 0;
    int logo_column = 0;
};

// Where the participant files are, relative to the tournament directory.
struct ParticipantFiles {
    std::string institutions = "institutions.csv";
    std::string teams = "teams.csv";
    std::string adjudicators = "adjudicators.csv";
    std::string venues = "venues.csv";
};

struct Tournament {
    std::string name;              // names.in(the output language), see use_language()
    std::string short_name;
    LocalText names;               // the names as tournament.toml gives them
    LocalText short_names;
    Format format;
    uint64_t seed = 0;
    std::string language = "en";  // en, kk, ru
    std::optional<Date> start_date;
    std::string location;

    std::vector<Round> rounds;
    std::vector<BreakCategory> break_categories;
    std::vector<SpeakerCategory> speaker_categories;
    ParticipantFiles files;
    // Tables such as [draw], [allocation], [standings], [break], [awards], by section name.
    std::map<std::string, Settings> settings;
    CertificateDesign certificate_design;

    std::vector<Institution> institutions;
    std::vector<Team> teams;
    std::vector<Speaker> speakers;
    std::vector<Adjudicator> adjudicators;
    std::vector<Venue> venues;

    // The lookups' indexes, filled on demand (tab/model/name_index.hpp): not part of the value.
    struct NameIndexes {
        NameIndex teams, speakers, adjudicators, institution_codes, institution_names, venues;
    };
    mutable NameIndexes name_indexes{};

    // Lookups by name (or code/id): exact, else the same but for case; -1 when absent. Hash
    // lookups: the participants may only be appended to or replaced, not renamed, in between.
    int find_team(std::string_view name) const;
    int find_speaker(std::string_view name) const;
    int find_adjudicator(std::string_view name) const;
    int find_institution(std::string_view code_or_name) const;
    int find_round(std::string_view id) const;
    int find_venue(std::string_view name) const;
    const BreakCategory* find_break_category(std::string_view id) const;
    // The name of a break or speaker category (in the output language), or the id itself for an
    // unknown id or a category without a name.
    std::string category_name(std::string_view id) const;
    // An institution's code, and the code of a team's institution; empty for none (index -1).
    std::string institution_code(int institution) const;
    std::string team_institution_code(int team) const;
    // The settings table of a section (no values if the file has none; defaults from the specs).
    Settings section(std::string_view name) const;
    // The same table to change, made empty if missing (for code and tests that build a tournament).
    Settings& edit_section(std::string_view name);
    // Prelim rounds up to and including `round_id` (all prelims if empty), in order.
    std::vector<int> prelims_through(std::string_view round_id) const;
};

// The languages a tournament and its names may be written in: en, kk, ru.
const std::vector<std::string>& tournament_languages();

// Puts the names of the tournament, its rounds, categories and motions (name, short_name, text) in
// the language `lang` where tournament.toml gives them per language (LocalText::in). The loader
// leaves them in the tournament's language; the CLI calls this once after loading for output
// meant for people (text, Markdown, HTML) in the language asked for, the site per page language.
// t.language stays the tournament's: files written for people and JSON use it.
void use_language(Tournament& t, std::string_view lang);
// A name in the tournament's language whatever use_language() chose to show: `text`'s plain form
// when given per language, else `shown` (code that builds a tournament may set only that).
inline const std::string& in_tournament_language(const std::string& shown, const LocalText& text) {
    return text.per_language() ? text.plain : shown;
}

}  // namespace tab

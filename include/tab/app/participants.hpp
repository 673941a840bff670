// tab check, tab teams, tab adjudicators: what the tournament directory holds, as typed lists.
// Personal data (birth date, district, phone, e-mail) is filled in only when asked for.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

// What `tab check` found: every problem, sorted by position, and the counts of what loaded.
struct CheckResult {
    struct Loaded {
        std::string name;
        std::string language;
        int teams = 0, speakers = 0, adjudicators = 0, rounds = 0;
    };
    std::optional<Loaded> loaded;  // nullopt when the tournament could not be read at all
    Diagnostics problems;          // paths relative to the tournament directory
};

// Loads the tournament and every draw file it has. Never fails: the problems are the result.
CheckResult check(const FileSystem& fs);
nlohmann::ordered_json to_json(const CheckResult& result);

// Birth date, district, phone and e-mail: only with --include-contacts.
struct Contacts {
    std::optional<Date> birth_date;
    std::string district, phone, email;
};

struct SpeakerEntry {
    std::string name;
    std::string id;                       // stable id across tournaments; "" for none
    std::string gender;                   // female, male, other; "" unknown
    std::vector<std::string> categories;  // speaker category ids
    std::optional<Contacts> contacts;
};

struct TeamEntry {
    std::string name;
    std::string institution;  // its code; "" for none
    std::vector<SpeakerEntry> speakers;
    std::vector<std::string> break_categories;       // ids
    std::vector<std::string> break_category_names;  // their names, for people
    bool swing = false;
};

struct AdjudicatorEntry {
    std::string name;
    std::string id;
    std::string institution;  // code
    std::string gender;
    double strength = 0;
    bool trainee = false, independent = false, adj_core = false;
    std::vector<std::string> team_conflicts;         // team names
    std::vector<std::string> institution_conflicts;  // institution codes
    std::vector<std::string> adjudicator_conflicts;  // adjudicator names
    std::vector<std::string> unavailable;            // round ids
    std::vector<std::string> categories;
    std::optional<Contacts> contacts;
};

struct ListRequest {
    bool include_contacts = false;
};

struct TeamsResult {
    std::vector<TeamEntry> teams;  // in file order
    bool include_contacts = false;
};
struct AdjudicatorsResult {
    std::vector<AdjudicatorEntry> adjudicators;  // in file order
    bool include_contacts = false;
};

TeamsResult teams(const Tournament& t, const ListRequest& request);
AdjudicatorsResult adjudicators(const Tournament& t, const ListRequest& request);
nlohmann::ordered_json to_json(const TeamsResult& result);
nlohmann::ordered_json to_json(const AdjudicatorsResult& result);

// A possibly empty string as JSON: null when empty.
nlohmann::ordered_json or_null(const std::string& value);

}  // namespace tab::app

#include "tab/app/participants.hpp"

#include "tab/model/draw.hpp"
#include "tab/model/loader.hpp"
#include "tab/standings/standings.hpp"

namespace tab::app {
namespace {

std::optional<Contacts> contacts_of(const PersonalData& p, bool wanted) {
    if (!wanted) return std::nullopt;
    return Contacts{p.birth_date, p.district, p.phone, p.email};
}

void add_contacts(nlohmann::ordered_json& j, const std::optional<Contacts>& c) {
    if (!c) return;
    j["birth_date"] = c->birth_date ? nlohmann::ordered_json(format_date(*c->birth_date)) : nlohmann::ordered_json();
    j["district"] = or_null(c->district);
    j["phone"] = or_null(c->phone);
    j["email"] = or_null(c->email);
}

// The ranking metrics of [format] and [standings] exist, once each: ranking with no results
// reports what ranking with results would, before any round is played.
void check_precedence(const Tournament& t, Diagnostics& diags) {
    compute_team_standings(t, {}, team_standings_options(t), diags);
    compute_speaker_standings(t, {}, speaker_standings_options(t), diags);
}

}  // namespace

nlohmann::ordered_json or_null(const std::string& value) {
    return value.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value);
}

CheckResult check(const FileSystem& fs) {
    CheckResult result;
    std::optional<Tournament> t = load_tournament(fs, result.problems);
    if (t) {
        result.loaded = CheckResult::Loaded{t->name, t->language, static_cast<int>(t->teams.size()), static_cast<int>(t->speakers.size()),
                                            static_cast<int>(t->adjudicators.size()), static_cast<int>(t->rounds.size())};
        // Draw files that exist are checked too: a hand-edited draw must still make sense.
        if (!result.problems.has_errors())
            for (const Round& r : t->rounds)
                if (fs.exists(draw_path(r.id))) read_draw(fs, *t, r.id, result.problems);
        check_precedence(*t, result.problems);
    }
    result.problems.sort_by_position();
    return result;
}

nlohmann::ordered_json to_json(const CheckResult& result) {
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Diagnostic& d : result.problems.all())
        problems.push_back({{"file", or_null(d.file)},
                            {"line", d.line ? nlohmann::ordered_json(d.line) : nlohmann::ordered_json()},
                            {"column", d.column ? nlohmann::ordered_json(d.column) : nlohmann::ordered_json()},
                            {"severity", d.severity == Severity::error ? "error" : "warning"},
                            {"message", d.message}});
    return {{"errors", result.problems.error_count()},
            {"warnings", result.problems.warning_count()},
            {"problems", problems}};
}

TeamsResult teams(const Tournament& t, const ListRequest& request) {
    TeamsResult result;
    result.include_contacts = request.include_contacts;
    for (const Team& team : t.teams) {
        TeamEntry entry{team.name, t.institution_code(team.institution), {}, team.break_categories, {}, team.swing};
        for (const std::string& id : team.break_categories) entry.break_category_names.push_back(t.category_name(id));
        for (int s : team.speakers) {
            const Speaker& sp = t.speakers[static_cast<size_t>(s)];
            // Gender is personal data, like the contacts: listed only when they are.
            entry.speakers.push_back({sp.name, sp.id, request.include_contacts ? sp.personal.gender : "", sp.categories,
                                      contacts_of(sp.personal, request.include_contacts)});
        }
        result.teams.push_back(std::move(entry));
    }
    return result;
}

AdjudicatorsResult adjudicators(const Tournament& t, const ListRequest& request) {
    AdjudicatorsResult result;
    result.include_contacts = request.include_contacts;
    for (const Adjudicator& a : t.adjudicators) {
        AdjudicatorEntry entry;
        entry.name = a.name;
        entry.id = a.id;
        entry.institution = t.institution_code(a.institution);
        if (request.include_contacts) entry.gender = a.personal.gender;
        entry.strength = a.strength;
        entry.trainee = a.trainee;
        entry.independent = a.independent;
        entry.adj_core = a.adj_core;
        for (int i : a.team_conflicts) entry.team_conflicts.push_back(t.teams[static_cast<size_t>(i)].name);
        for (int i : a.institution_conflicts) entry.institution_conflicts.push_back(t.institution_code(i));
        for (int i : a.adjudicator_conflicts) entry.adjudicator_conflicts.push_back(t.adjudicators[static_cast<size_t>(i)].name);
        entry.unavailable = a.unavailable;
        entry.categories = a.categories;
        entry.contacts = contacts_of(a.personal, request.include_contacts);
        result.adjudicators.push_back(std::move(entry));
    }
    return result;
}

nlohmann::ordered_json to_json(const TeamsResult& result) {
    nlohmann::ordered_json teams = nlohmann::ordered_json::array();
    for (const TeamEntry& team : result.teams) {
        nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
        for (const SpeakerEntry& s : team.speakers) {
            nlohmann::ordered_json j = {{"name", s.name}, {"id", or_null(s.id)}, {"gender", or_null(s.gender)},
                                        {"categories", s.categories}};
            add_contacts(j, s.contacts);
            speakers.push_back(std::move(j));
        }
        teams.push_back({{"name", team.name},
                         {"institution", or_null(team.institution)},
                         {"speakers", speakers},
                         {"break_categories", team.break_categories},
                         {"swing", team.swing}});
    }
    return {{"teams", teams}};
}

nlohmann::ordered_json to_json(const AdjudicatorsResult& result) {
    nlohmann::ordered_json adjudicators = nlohmann::ordered_json::array();
    for (const AdjudicatorEntry& a : result.adjudicators) {
        nlohmann::ordered_json j = {{"name", a.name},
                                    {"id", or_null(a.id)},
                                    {"institution", or_null(a.institution)},
                                    {"gender", or_null(a.gender)},
                                    {"strength", a.strength},
                                    {"trainee", a.trainee},
                                    {"independent", a.independent},
                                    {"adj_core", a.adj_core},
                                    {"conflicts",
                                     {{"teams", a.team_conflicts},
                                      {"institutions", a.institution_conflicts},
                                      {"adjudicators", a.adjudicator_conflicts}}},
                                    {"unavailable", a.unavailable},
                                    {"categories", a.categories}};
        add_contacts(j, a.contacts);
        adjudicators.push_back(std::move(j));
    }
    return {{"adjudicators", adjudicators}};
}

}  // namespace tab::app

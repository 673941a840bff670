#include "tab/model/tournament.hpp"

#include "tab/base/names.hpp"
#include "tab/base/unicode.hpp"

namespace tab {
namespace {

// The lookup of a name among the items of one kind through its index.
template <typename T, typename Name>
int find_in(NameIndex& index, const std::vector<T>& items, std::string_view wanted, Name name) {
    return index.find(items.size(), wanted, [&](size_t i) -> const std::string& { return name(items[i]); });
}

}  // namespace

int Tournament::find_team(std::string_view wanted) const {
    return find_in(name_indexes.teams, teams, wanted, [](const Team& x) -> const std::string& { return x.name; });
}

int Tournament::find_speaker(std::string_view wanted) const {
    return find_in(name_indexes.speakers, speakers, wanted, [](const Speaker& x) -> const std::string& { return x.name; });
}

int Tournament::find_adjudicator(std::string_view wanted) const {
    return find_in(name_indexes.adjudicators, adjudicators, wanted,
                   [](const Adjudicator& x) -> const std::string& { return x.name; });
}

int Tournament::find_institution(std::string_view code_or_name) const {
    int i = find_in(name_indexes.institution_codes, institutions, code_or_name,
                    [](const Institution& x) -> const std::string& { return x.code; });
    if (i >= 0) return i;
    return find_in(name_indexes.institution_names, institutions, code_or_name,
                   [](const Institution& x) -> const std::string& { return x.name; });
}

int Tournament::find_venue(std::string_view wanted) const {
    return find_in(name_indexes.venues, venues, wanted, [](const Venue& x) -> const std::string& { return x.name; });
}

int Tournament::find_round(std::string_view id) const {
    // A handful of rounds: a scan, exact ids first, then the same but for case.
    for (size_t i = 0; i < rounds.size(); ++i)
        if (rounds[i].id == id) return static_cast<int>(i);
    const std::string folded = to_lower(id);
    for (size_t i = 0; i < rounds.size(); ++i)
        if (to_lower(rounds[i].id) == folded) return static_cast<int>(i);
    return -1;
}

std::string Tournament::institution_code(int institution) const {
    return institution >= 0 ? institutions[static_cast<size_t>(institution)].code : std::string();
}

std::string Tournament::team_institution_code(int team) const {
    return team >= 0 ? institution_code(teams[static_cast<size_t>(team)].institution) : std::string();
}

const BreakCategory* Tournament::find_break_category(std::string_view id) const {
    for (const BreakCategory& c : break_categories)
        if (c.id == id) return &c;
    return nullptr;
}

std::string Tournament::category_name(std::string_view id) const {
    if (const BreakCategory* c = find_break_category(id)) return c->name.empty() ? std::string(id) : c->name;
    for (const SpeakerCategory& c : speaker_categories)
        if (c.id == id) return c.name.empty() ? std::string(id) : c.name;
    return std::string(id);
}

DrawMethod default_draw_method(Stage stage, bool first_round) {
    if (stage == Stage::elimination) return DrawMethod::elimination;
    return first_round ? DrawMethod::random : DrawMethod::power;
}

Settings Tournament::section(std::string_view section_name) const {
    auto it = settings.find(std::string(section_name));
    return Settings(std::string(section_name),
                    it == settings.end() ? std::map<std::string, SettingValue>{} : it->second.values());
}

Settings& Tournament::edit_section(std::string_view section_name) {
    return settings.try_emplace(std::string(section_name), std::string(section_name)).first->second;
}

std::vector<int> Tournament::prelims_through(std::string_view round_id) const {
    std::vector<int> out;
    for (size_t i = 0; i < rounds.size(); ++i) {
        if (rounds[i].stage == Stage::prelim) out.push_back(static_cast<int>(i));
        if (!round_id.empty() && rounds[i].id == round_id) break;
    }
    return out;
}

const std::vector<std::string>& tournament_languages() {
    static const std::vector<std::string> languages = {"en", "kk", "ru"};
    return languages;
}

namespace {

// Only names given per language change: code that builds a tournament may set a plain name alone.
void show_in(std::string& shown, const LocalText& text, std::string_view lang) {
    if (text.per_language()) shown = text.in(lang);
}

}  // namespace

void use_language(Tournament& t, std::string_view lang) {
    show_in(t.name, t.names, lang);
    show_in(t.short_name, t.short_names, lang);
    for (Round& r : t.rounds) {
        show_in(r.name, r.names, lang);
        for (Motion& m : r.motions) show_in(m.text, m.texts, lang);
    }
    for (BreakCategory& c : t.break_categories) show_in(c.name, c.names, lang);
    for (SpeakerCategory& c : t.speaker_categories) show_in(c.name, c.names, lang);
}

}  // namespace tab

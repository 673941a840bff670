// tab teams, tab adjudicators: what was loaded. Personal data (phone, e-mail, birth date) is
// shown only with --include-contacts.
#include "commands.hpp"
#include "tab/model/tournament.hpp"

namespace tab::cli {
namespace {

std::string institution_code(const Tournament& t, int i) {
    return i >= 0 ? t.institutions[static_cast<size_t>(i)].code : "";
}

std::string birth(const PersonalData& p) { return p.birth_date ? format_date(*p.birth_date) : ""; }

template <typename Items, typename Name>
std::string joined(const Items& indices, Name name) {
    std::string out;
    for (int i : indices) out += (out.empty() ? "" : "; ") + name(i);
    return out;
}

}  // namespace

int run_teams(Context& ctx, const ListOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    auto speaker_name = [&](int s) { return t->speakers[static_cast<size_t>(s)].name; };
    if (o.include_contacts) {
        Table table{"speakers", "", {{"team"}, {"speaker"}, {"institution"}, {"gender"}, {"birth_date"}, {"district"}, {"phone"}, {"email"}}, {}};
        for (const Team& team : t->teams)
            for (int s : team.speakers) {
                const Speaker& sp = t->speakers[static_cast<size_t>(s)];
                table.rows.push_back({Cell::of(team.name), Cell::of(sp.name), Cell::of(institution_code(*t, team.institution)),
                                      Cell::of(sp.personal.gender), Cell::of(birth(sp.personal)),
                                      Cell::of(sp.personal.district), Cell::of(sp.personal.phone), Cell::of(sp.personal.email)});
            }
        ctx.print(table);
        return exit_code::ok;
    }
    Table table{"teams", "", {{"team"}, {"institution"}, {"speakers"}, {"break_categories"}}, {}};
    for (const Team& team : t->teams) {
        std::string categories;
        for (const std::string& c : team.break_categories) categories += (categories.empty() ? "" : "; ") + c;
        table.rows.push_back({Cell::of(team.name), Cell::of(institution_code(*t, team.institution)),
                              Cell::of(joined(team.speakers, speaker_name)), Cell::of(categories)});
    }
    ctx.print(table);
    return exit_code::ok;
}

int run_adjudicators(Context& ctx, const ListOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    std::vector<Column> columns = {{"name"}, {"institution"}, {"strength", true}, {"trainee"}, {"conflicts"}};
    if (o.include_contacts)
        for (const char* c : {"gender", "birth_date", "district", "phone", "email"}) columns.push_back({c});
    Table table{"adjudicators", "", columns, {}};
    for (const Adjudicator& a : t->adjudicators) {
        std::string conflicts = joined(a.team_conflicts, [&](int i) { return t->teams[static_cast<size_t>(i)].name; });
        std::string more = joined(a.institution_conflicts, [&](int i) { return institution_code(*t, i); });
        std::string adjs = joined(a.adjudicator_conflicts, [&](int i) { return t->adjudicators[static_cast<size_t>(i)].name; });
        for (const std::string* part : {&more, &adjs})
            if (!part->empty()) conflicts += (conflicts.empty() ? "" : "; ") + *part;
        std::vector<Cell> row = {Cell::of(a.name), Cell::of(institution_code(*t, a.institution)), Cell::of(a.strength, 1),
                                 Cell::of(std::string(a.trainee ? "yes" : "")), Cell::of(conflicts)};
        if (o.include_contacts)
            for (const std::string& v : {a.personal.gender, birth(a.personal), a.personal.district, a.personal.phone, a.personal.email})
                row.push_back(Cell::of(v));
        table.rows.push_back(std::move(row));
    }
    ctx.print(table);
    return exit_code::ok;
}

}  // namespace tab::cli

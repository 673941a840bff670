// The participants (teams with their speakers, adjudicators) and the institutions: names only.
// Personal data (gender, birth date, district, phone, e-mail) is never read here.
#include <algorithm>

#include "site.hpp"

namespace tab::site {

namespace {

std::string institution_name(const SiteData& d, int i) {
    return i >= 0 ? d.t.institutions[static_cast<size_t>(i)].name : "";
}

// Rows sorted by their first cell, the order a reader looks a name up in.
std::vector<std::vector<std::string>> by_name(std::vector<std::vector<std::string>> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return rows;
}

}  // namespace

std::string participants_page(const SiteData& d) {
    std::vector<std::vector<std::string>> teams, adjudicators;
    for (const Team& team : d.t.teams) {
        std::string speakers;
        for (int s : team.speakers) speakers += (speakers.empty() ? "" : ", ") + d.t.speakers[static_cast<size_t>(s)].name;
        teams.push_back({team.name, speakers, institution_name(d, team.institution)});
    }
    for (const Adjudicator& a : d.t.adjudicators) adjudicators.push_back({a.name, institution_name(d, a.institution)});
    return "<h2>" + esc(d.c.tr("col.teams")) + "</h2>\n" +
           table({{d.c.tr("col.team")}, {d.c.tr("col.speakers")}, {d.c.tr("col.institution")}}, by_name(teams), "teams") +
           "<h2>" + esc(d.c.tr("col.adjudicators")) + "</h2>\n" +
           table({{d.c.tr("col.adjudicator")}, {d.c.tr("col.institution")}}, by_name(adjudicators), "adjudicators");
}

std::string institutions_page(const SiteData& d) {
    std::vector<std::vector<std::string>> rows;
    for (size_t i = 0; i < d.t.institutions.size(); ++i) {
        const Institution& inst = d.t.institutions[i];
        int teams = 0, adjudicators = 0;
        for (const Team& team : d.t.teams) teams += team.institution == static_cast<int>(i);
        for (const Adjudicator& a : d.t.adjudicators) adjudicators += a.institution == static_cast<int>(i);
        rows.push_back({inst.name, inst.code, std::to_string(teams), std::to_string(adjudicators)});
    }
    return table({{d.c.tr("col.name")}, {d.c.tr("col.code")}, {d.c.tr("col.teams"), true}, {d.c.tr("col.adjudicators"), true}},
                 by_name(rows), "institutions");
}

}  // namespace tab::site

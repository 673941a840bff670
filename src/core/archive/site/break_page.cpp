// The break page: per break category, the breaking teams (seed, rank, remark) from break.csv and
// the elimination bracket, drawn (a box per debate, a column per drawn round, the teams that went
// through marked) and as a table: every debate of the category's elimination rounds with its
// teams and, once the round's results are released, who went through. Rounds not drawn yet are
// left out of both.
#include "site.hpp"
#include "tab/breaks/elimination.hpp"
#include "tab/render/charts.hpp"

namespace tab::site {

namespace {

std::string teams_of(const SiteData& d, const std::vector<int>& teams) {
    std::string out;
    for (int team : teams) out += (out.empty() ? "" : " · ") + d.team(team);
    return out;
}

std::string bracket(const SiteData& d, const BreakCategory* category, const std::string& category_id) {
    std::vector<std::vector<std::string>> rows;
    std::vector<svg::BracketRound> columns;
    for (const RoundData& r : d.rounds) {
        if (!r.draw || r.round->stage != Stage::elimination || elimination_category(d.t, *r.round) != category) continue;
        columns.push_back({r.round->name, {}});
        for (const DebateResult& debate : r.results->debates) {
            std::vector<int> teams, winners;
            std::vector<svg::BracketTeam> boxed;
            for (const TeamResult& team : debate.teams) {
                teams.push_back(team.team);
                if (team.win) winners.push_back(team.team);
                boxed.push_back({d.team(team.team), r.released && team.win});
            }
            columns.back().debates.push_back(std::move(boxed));
            rows.push_back({r.round->name, std::to_string(debate.room), teams_of(d, teams),
                            r.released ? teams_of(d, winners) : d.c.tr("publish.pending_result")});
        }
    }
    if (rows.empty()) return "";
    const std::string name = category ? category->name : category_id;
    return "<h3>" + esc(d.c.tr("publish.bracket")) + "</h3>\n" +
           svg::bracket(columns, "✓", format_message(d.c.tr("publish.bracket_figure"), {{"category", name}}),
                        "bracket-" + category_id)
               .str() +
           paragraph(d.c.tr("publish.bracket_key")) +
           table({{d.c.tr("col.round")}, {d.c.tr("col.room"), true}, {d.c.tr("col.teams")}, {d.c.tr("publish.through")}},
                 rows, "bracket");
}

}  // namespace

std::string break_page(const SiteData& d) {
    std::string out;
    for (const CategoryBreak& c : d.break_->categories) {
        const BreakCategory* category = d.t.find_break_category(c.category);
        out += "<h2>" + esc(category ? category->name : c.category) + "</h2>\n";
        std::vector<std::vector<std::string>> rows;
        for (const BreakEntry& e : c.entries)
            rows.push_back({e.break_rank ? std::to_string(e.break_rank) : "", d.team(e.team), d.t.team_institution_code(e.team),
                            std::to_string(e.rank),
                            e.remark == Remark::broke ? "" : d.c.tr("remark." + std::string(remark_key(e.remark)))});
        out += table({{d.c.tr("col.break_rank"), true},
                      {d.c.tr("col.team")},
                      {d.c.tr("col.institution")},
                      {d.c.tr("col.rank"), true},
                      {d.c.tr("col.remark")}},
                     rows, "break");
        out += bracket(d, category, c.category);
    }
    return out;
}

}  // namespace tab::site

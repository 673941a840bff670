// A round's own pages: the draw by room (venue, teams by side, panel with the chair, motion and
// info slide), the draw by team in the alphabetical order of the page's language ("find your room") and the results once
// they are released. Elimination rounds have the same pages.
#include <algorithm>

#include "site.hpp"

namespace tab::site {

std::string draw_file(const RoundData& r, std::string_view kind) {
    return std::string(kind) + "-" + r.round->id + ".html";
}

namespace {

std::string motions_block(const SiteData& d, const Round& r) {
    std::string out;
    for (const Motion& m : r.motions) {
        if (!m.info_slide.empty())
            out += "<p class=\"info\"><strong>" + esc(d.c.tr("publish.info_slide")) + ":</strong> " + esc(m.info_slide) + "</p>\n";
        out += "<p class=\"motion\"><strong>" + esc(d.c.tr("col.motion")) + ":</strong> " + esc(m.text) + "</p>\n";
    }
    return out;
}

std::string names_of(const SiteData& d, const std::vector<int>& adjudicators) {
    std::string out;
    for (int a : adjudicators) out += (out.empty() ? "" : ", ") + d.adjudicator(a);
    return out;
}

}  // namespace

std::string draw_by_room(const SiteData& d, const RoundData& r) {
    std::vector<Column> columns = {{d.c.tr("col.room"), true}, {d.c.tr("col.venue")}};
    for (size_t s = 0; s < d.t.format.sides.size(); ++s) columns.push_back({d.side(s)});
    for (const char* k : {"col.chair", "col.panellists", "col.trainees"}) columns.push_back({d.c.tr(k)});
    std::vector<std::vector<std::string>> rows;
    for (const Debate& debate : r.draw->debates) {
        std::vector<std::string> row = {std::to_string(debate.room), debate.venue};
        for (size_t s = 0; s < d.t.format.sides.size(); ++s)
            row.push_back(s < debate.teams.size() ? d.team(debate.teams[s]) : "");
        row.push_back(d.adjudicator(debate.chair));
        row.push_back(names_of(d, debate.panellists));
        row.push_back(names_of(d, debate.trainees));
        rows.push_back(row);
    }
    for (int b : r.draw->byes) rows.push_back({"", d.c.tr("publish.bye"), d.team(b)});
    return motions_block(d, *r.round) + table(columns, rows, "draw");
}

std::string draw_by_team(const SiteData& d, const RoundData& r) {
    struct Seat {
        std::string team;
        std::vector<std::string> row;
    };
    std::vector<Seat> seats;
    for (const Debate& debate : r.draw->debates)
        for (size_t s = 0; s < debate.teams.size() && s < d.t.format.sides.size(); ++s) {
            const std::string name = d.team(debate.teams[s]);
            seats.push_back({name, {name, std::to_string(debate.room), d.side(s), debate.venue}});
        }
    for (int b : r.draw->byes) seats.push_back({d.team(b), {d.team(b), "", d.c.tr("publish.bye"), ""}});
    // In the alphabet of the page's language (Kazakh: Ә after А, Ғ after Г, ...), not by code point.
    std::sort(seats.begin(), seats.end(),
              [&](const Seat& a, const Seat& b) { return compare_names(a.team, b.team, d.c.lang()) < 0; });
    std::vector<std::vector<std::string>> rows;
    for (Seat& seat : seats) rows.push_back(std::move(seat.row));
    return table({{d.c.tr("col.team")}, {d.c.tr("col.room"), true}, {d.c.tr("col.position")}, {d.c.tr("col.venue")}},
                 rows, "by-team");
}

std::string round_results(const SiteData& d, const RoundData& r) {
    const bool bp_prelim = d.t.format.is_bp() && r.round->stage == Stage::prelim;
    std::vector<std::vector<std::string>> rows;
    for (const DebateResult& debate : r.results->debates)
        for (const TeamResult& team : debate.teams) {
            std::string outcome;
            if (bp_prelim) outcome = std::to_string(4 - team.points);
            else if (r.round->stage == Stage::elimination) outcome = d.c.tr(team.win ? "publish.advances" : "publish.eliminated");
            else outcome = d.c.tr(team.win ? "publish.win" : "publish.loss");
            std::string votes = team.panel > 0 ? std::to_string(team.votes) + "/" + std::to_string(team.panel) : "";
            rows.push_back({std::to_string(debate.room), d.side(static_cast<size_t>(team.side)), d.team(team.team), outcome,
                            team.scored ? format_fraction(team.score) : "", votes});
        }
    return table({{d.c.tr("col.room"), true},
                  {d.c.tr("col.position")},
                  {d.c.tr("col.team")},
                  {d.c.tr(bp_prelim ? "col.place" : "col.result"), bp_prelim},
                  {d.c.tr("col.score"), true},
                  {d.c.tr("col.votes"), true}},
                 rows, "results");
}

}  // namespace tab::site

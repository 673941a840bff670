// The projector view of a round: large type a room full of people can read from the back, the
// motion first, then one screen-high section per room (venue, teams by position, chair and
// panel). Plain links move between the sections (#room-N anchors), so no script is needed; a
// printout gives one room per page.
#include "site.hpp"

namespace tab::site {

namespace {

std::string pager(const SiteData& d, const RoundData& r, size_t i, size_t count) {
    std::string out = "<p class=\"pager\">";
    if (i > 0) out += "<a href=\"#room-" + std::to_string(r.draw->debates[i - 1].room) + "\">← " + esc(d.c.tr("publish.previous_room")) + "</a>";
    if (i + 1 < count) out += "<a href=\"#room-" + std::to_string(r.draw->debates[i + 1].room) + "\">" + esc(d.c.tr("publish.next_room")) + " →</a>";
    out += "<a href=\"#rooms\">" + esc(d.c.tr("publish.all_rooms")) + "</a>";
    out += "<a href=\"" + esc(draw_file(r, "draw")) + "\">" + esc(d.c.tr("publish.back_to_round")) + "</a>";
    return out + "</p>\n";
}

}  // namespace

std::string projector(const SiteData& d, const RoundData& r) {
    const std::vector<Debate>& debates = r.draw->debates;
    std::string out = "<section id=\"rooms\">\n";
    for (const Motion& m : r.round->motions) {
        if (!m.info_slide.empty()) out += paragraph(m.info_slide, "info");
        out += paragraph(m.text, "motion");
    }
    out += "<p class=\"pager\">";
    for (const Debate& debate : debates)
        out += "<a href=\"#room-" + std::to_string(debate.room) + "\">" +
               esc(format_message(d.c.tr("publish.room_n"), {{"room", std::to_string(debate.room)}})) + "</a>";
    out += "</p>\n</section>\n";
    for (size_t i = 0; i < debates.size(); ++i) {
        const Debate& debate = debates[i];
        out += "<section id=\"room-" + std::to_string(debate.room) + "\">\n<h2>" +
               esc(format_message(d.c.tr("publish.room_n"), {{"room", std::to_string(debate.room)}})) + "</h2>\n";
        if (!debate.venue.empty()) out += "<p class=\"venue\">" + esc(debate.venue) + "</p>\n";
        out += "<dl>\n";
        for (size_t s = 0; s < debate.teams.size() && s < d.t.format.sides.size(); ++s)
            out += "<dt>" + esc(d.side(s)) + "</dt><dd>" + esc(d.team(debate.teams[s])) + "</dd>\n";
        if (debate.chair >= 0)
            out += "<dt>" + esc(d.c.tr("col.chair")) + "</dt><dd>" + esc(d.adjudicator(debate.chair)) + "</dd>\n";
        for (int p : debate.panellists) out += "<dt>" + esc(d.c.tr("publish.panellist")) + "</dt><dd>" + esc(d.adjudicator(p)) + "</dd>\n";
        for (int p : debate.trainees) out += "<dt>" + esc(d.c.tr("publish.trainee")) + "</dt><dd>" + esc(d.adjudicator(p)) + "</dd>\n";
        out += "</dl>\n" + pager(d, r, i, debates.size()) + "</section>\n";
    }
    return out;
}

}  // namespace tab::site

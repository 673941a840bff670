#include "present_sheets.hpp"

namespace tab::cli {
namespace {

const char* const sheet_style =
    "@page{size:A4 portrait;margin:12mm}\n"
    "html,body{margin:0;padding:0;background:#fff;color:#111;font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:10.5pt}\n"
    ".sheet{break-after:page;page-break-after:always}\n"
    ".sheet:last-child{break-after:auto;page-break-after:auto}\n"
    "h1{font-size:15pt;margin:0 0 1mm}\n"
    ".meta{margin:0 0 1mm}\n"
    ".motion{font-style:italic;margin:1mm 0 3mm}\n"
    ".team{border:0.3mm solid #111;margin:0 0 3mm;padding:2mm 3mm;break-inside:avoid}\n"
    ".team h2{font-size:12pt;margin:0 0 1.5mm}\n"
    "table{border-collapse:collapse;width:100%}\n"
    "th,td{border:0.2mm solid #555;padding:1.5mm 2mm;text-align:left;vertical-align:middle}\n"
    "td.box{width:28mm;height:7mm}\n"
    ".decision{margin:2mm 0 0}\n"
    ".signature{margin-top:10mm;border-top:0.3mm solid #111;width:80mm;padding-top:1mm}\n";

std::string cell(const std::string& text) { return "<td>" + html_escape(text) + "</td>"; }

std::string team_block(const app::BallotSheets& s, const app::SheetTeam& team, const Catalogue& cat) {
    std::string html = "<section class=\"team\">\n<h2>" + html_escape(cat.tr("side." + team.side + ".long")) + ": " +
                       html_escape(team.team) + "</h2>\n<table>\n<tr><th>" + html_escape(cat.tr("sheet.position")) + "</th><th>" +
                       html_escape(cat.tr("col.speaker")) + "</th><th>" + html_escape(cat.tr("col.score")) + "</th>" +
                       (s.speech_ranks ? "<th>" + html_escape(cat.tr("col.rank")) + "</th>" : "") + "</tr>\n";
    auto row = [&](const std::string& position) {
        html += "<tr>" + cell(position) + "<td class=\"box\"></td><td class=\"box\"></td>" +
                (s.speech_ranks ? "<td class=\"box\"></td>" : "") + "</tr>\n";
    };
    for (int p = 1; p <= s.speakers_per_team; ++p) row(std::to_string(p));
    if (s.reply) row(cat.tr("sheet.reply"));
    html += "<tr><th colspan=\"2\">" + html_escape(cat.tr("sheet.total")) + "</th><td class=\"box\"></td>" +
            (s.speech_ranks ? "<td></td>" : "") + "</tr>\n</table>\n";
    std::string speakers;
    for (const std::string& name : team.speakers) speakers += (speakers.empty() ? "" : ", ") + name;
    html += "<p class=\"decision\">" + html_escape(cat.tr("col.speakers")) + ": " + html_escape(speakers) + "</p>\n";
    // BP ranks the four teams; a two-team debate has a winner; an elimination round, who goes through.
    const std::string decision = s.bp && !s.elimination ? "sheet.place" : s.elimination ? "sheet.advances" : "sheet.winner";
    html += "<p class=\"decision\">" + html_escape(cat.tr(decision)) + ": ☐</p>\n</section>\n";
    return html;
}

}  // namespace

std::string ballot_sheets_page(const app::BallotSheets& s, const Catalogue& cat) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + cat.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                       html_escape(cat.tr("sheet.title") + " — " + s.tournament + ", " + s.round_name) + "</title>\n<style>\n" +
                       sheet_style + "</style>\n</head>\n<body>\n";
    for (const app::BlankSheet& sheet : s.sheets) {
        html += "<div class=\"sheet\">\n<h1>" + html_escape(cat.tr("sheet.title")) + "</h1>\n";
        html += "<p class=\"meta\">" + html_escape(s.tournament) + " · " + html_escape(s.round_name) + " · " +
                html_escape(cat.tr("col.room")) + " " + std::to_string(sheet.room) +
                (sheet.venue.empty() ? "" : " (" + html_escape(sheet.venue) + ")") + "</p>\n";
        for (const std::string& motion : s.motions)
            html += "<p class=\"motion\">" + html_escape(cat.tr("col.motion")) + ": " + html_escape(motion) + "</p>\n";
        const std::string role = sheet.adjudicator.empty() ? "" : " (" + cat.tr(sheet.chair ? "sheet.chair" : "sheet.panellist") + ")";
        html += "<p class=\"meta\">" + html_escape(cat.tr("col.adjudicator")) + ": " +
                (sheet.adjudicator.empty() ? "______________________" : html_escape(sheet.adjudicator + role)) + "</p>\n";
        for (const app::SheetTeam& team : sheet.teams) html += team_block(s, team, cat);
        html += "<p class=\"signature\">" + html_escape(cat.tr("sheet.signature")) + "</p>\n</div>\n";
    }
    return html + "</body>\n</html>\n";
}

}  // namespace tab::cli

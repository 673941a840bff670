// Certificates and diplomas as printable HTML. A participant with awards gets one diploma per
// award and no certificate of participation; everyone else gets a certificate of participation.
// The words around the recipient's name come from one catalogue entry per document kind
// ("cert.text.award", "cert.text.participation"), one printed line per line of the entry, so that
// each language orders them its own way: Kazakh puts the name first, in the nominative, and
// needs no case ending on it ("{name} / «{tournament}» турниріне қатысты").
#include "present_certificates.hpp"

#include <sstream>

namespace tab::cli {
namespace {

// Diplomas of the 1st, 2nd and 3rd degree for places 1-3; a plain diploma for places below.
std::string document_title(const Catalogue& cat, const app::AwardEntry* award) {
    if (!award) return cat.tr("cert.title.participation");
    if (award->place >= 1 && award->place <= 3) return cat.tr("cert.title.diploma_" + std::to_string(award->place));
    return cat.tr("cert.title.diploma");
}

std::string style(PageOrientation orientation) {
    const bool landscape = orientation == PageOrientation::landscape;
    // The sheet is a little shorter than A4 so that rounding never spills it onto a second page.
    const std::string width = landscape ? "297mm" : "210mm", height = landscape ? "209mm" : "296mm";
    return std::string("@page{size:A4 ") + (landscape ? "landscape" : "portrait") +
           ";margin:0}\n"
           "html,body{margin:0;padding:0;background:#fff;color:#1b1b1b}\n"
           ".certificate{box-sizing:border-box;width:" + width + ";height:" + height +
           ";padding:9mm;overflow:hidden;break-after:page;page-break-after:always;"
           "font-family:'Noto Serif','DejaVu Serif',Georgia,serif}\n"
           ".certificate:last-child{break-after:auto;page-break-after:auto}\n"
           ".frame{box-sizing:border-box;height:100%;border:2.5mm double #1f3a68;outline:0.6mm solid #b08d3c;"
           "outline-offset:-5mm;padding:11mm 16mm;display:flex;flex-direction:column;align-items:center;"
           "justify-content:space-between;text-align:center}\n"
           ".logo{max-height:26mm;max-width:60mm}\n"
           ".tournament{font-size:15pt;letter-spacing:0.08em;text-transform:uppercase;color:#1f3a68;margin:2mm 0 0}\n"
           ".organiser{font-size:11pt;margin:1mm 0 0}\n"
           "h1{font-size:32pt;color:#8a6d1f;margin:3mm 0;font-weight:normal;letter-spacing:0.04em}\n"
           ".line{font-size:14pt;margin:1.5mm 0}\n"
           ".name{font-size:26pt;font-weight:bold;margin:3mm 0;color:#1f3a68}\n"
           ".team{font-size:12pt;font-style:italic;margin:0.5mm 0}\n"
           ".award{font-size:16pt;font-weight:bold}\n"
           ".when{font-size:11pt;margin:2mm 0}\n"
           ".footer{width:100%}\n"
           ".signatures{display:flex;justify-content:space-around;width:100%;gap:10mm}\n"
           ".signature{flex:0 1 65mm;border-top:0.3mm solid #1b1b1b;padding-top:1.5mm;font-size:10pt}\n"
           ".signature .role{font-style:italic}\n";
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string header(const app::CertificatesReport& r) {
    std::string html;
    if (!r.logo.empty()) html += "<img class=\"logo\" alt=\"\" src=\"" + r.logo + "\">\n";
    html += "<p class=\"tournament\">" + html_escape(r.tournament) + "</p>\n";
    if (!r.organiser.empty()) html += "<p class=\"organiser\">" + html_escape(r.organiser) + "</p>\n";
    return html;
}

std::string footer(const app::CertificatesReport& r, const Catalogue& cat) {
    std::string when = r.place;
    if (!r.date.empty()) when += (when.empty() ? "" : ", ") + cat.date(r.date);
    std::string html = when.empty() ? "" : "<p class=\"when\">" + html_escape(when) + "</p>\n";
    if (!r.signatures.empty()) {
        html += "<div class=\"signatures\">\n";
        for (const Signature& s : r.signatures) {
            html += "<div class=\"signature\"><div class=\"signer\">" + html_escape(s.name) + "</div>";
            if (!s.role.empty()) html += "<div class=\"role\">" + html_escape(s.role) + "</div>";
            html += "</div>\n";
        }
        html += "</div>\n";
    }
    return "<div class=\"footer\">\n" + html + "</div>\n";
}

// The middle of a sheet: the catalogue entry's lines, the name line followed by team and institution.
std::string body(const app::CertificatesReport& r, const app::CertificateLine& c, const Catalogue& cat, const app::AwardEntry* award) {
    const std::string text = cat.tr(award ? "cert.text.award" : "cert.text.participation");
    std::string html = "<div class=\"body\">\n<h1>" + html_escape(document_title(cat, award)) + "</h1>\n";
    for (const std::string& line : lines_of(text)) {
        if (line == "{name}") {
            html += "<p class=\"name\">" + html_escape(c.name) + "</p>\n";
            if (!c.team.empty()) html += "<p class=\"team\">" + html_escape(c.team) + "</p>\n";
            if (!c.institution.empty()) html += "<p class=\"team\">" + html_escape(c.institution) + "</p>\n";
        } else if (line == "{award}") {
            html += "<p class=\"line award\">" + html_escape(award_text(cat, *award)) + "</p>\n";
        } else {
            html += "<p class=\"line\">" + html_escape(format_message(line, {{"tournament", r.tournament}})) + "</p>\n";
        }
    }
    return html + "</div>\n";
}

std::string sheet(const app::CertificatesReport& r, const app::CertificateLine& c, const Catalogue& cat, const app::AwardEntry* award) {
    // Before the tournament is finished (--provisional) every sheet says so, where no one can miss it.
    const std::string mark = r.provisional ? "<p class=\"provisional\" style=\"margin:0;font-size:18pt;font-weight:bold;"
                                             "letter-spacing:0.2em;text-transform:uppercase;color:#b3261e;border:0.8mm solid "
                                             "#b3261e;padding:1mm 6mm\">" + html_escape(cat.tr("awards.provisional")) + "</p>\n"
                                           : "";
    return "<section class=\"certificate\"><div class=\"frame\">\n" + mark + "<div class=\"header\">\n" + header(r) + "</div>\n" +
           body(r, c, cat, award) + footer(r, cat) + "</div></section>\n";
}

}  // namespace

std::string award_text(const Catalogue& cat, const app::AwardEntry& a) {
    const std::string place = format_message(cat.tr(a.shared ? "award.place_shared" : "award.place"), {{"place", std::to_string(a.place)}});
    std::string key = a.kind == tab::AwardKind::team        ? "award.team"
                      : a.kind == tab::AwardKind::adjudicator ? "award.adjudicator"
                      : a.category.empty()                   ? "award.speaker"
                                                             : "award.speaker_category";
    if (a.kind == tab::AwardKind::team && a.category.empty()) return place;  // the overall places: no category to name
    return format_message(cat.tr(key), {{"place", place}, {"category", a.category_name}});
}

std::string certificates_page(const app::CertificatesReport& r, const Catalogue& cat, PageOrientation orientation) {
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + cat.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                       html_escape(r.tournament) + "</title>\n<style>\n" + style(orientation) + "</style>\n</head>\n<body>\n";
    for (const app::CertificateLine& c : r.certificates) {
        if (c.awards.empty()) page += sheet(r, c, cat, nullptr);
        for (const app::AwardEntry& a : c.awards) page += sheet(r, c, cat, &a);
    }
    return page + "</body>\n</html>\n";
}

}  // namespace tab::cli

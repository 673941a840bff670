// The frame of every page: one whole HTML document with its CSS inline and no script, so the
// folder can be copied anywhere, opened from a USB stick on a projector, or printed.
//
// The layout is one column at most 60rem wide. Nothing may make the page wider than a 390 px
// phone: tables scroll sideways inside their own .scroll box, pictures (inline SVG figures)
// shrink to the column's width, long words break, and the navigation wraps onto more lines. The main navigation lists the site's pages; a round's pages
// add a second line with that round's draw, find-your-room, results and projector view. Printing
// gives A4 pages without navigation, with tables at full width and rows kept whole. In the
// projector view a room chosen by its link (#room-N, the :target) fills the screen alone.
#include <fmt/format.h>

#include "site.hpp"

namespace tab::site {

namespace {

const char* const site_css = R"(*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:60rem;padding:.75rem;color:#111;line-height:1.45;font-size:1rem;overflow-wrap:anywhere}
nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem;margin-bottom:.6rem;font-size:.95rem}
nav.round{padding:.3rem 0;border-top:1px solid #ddd;border-bottom:1px solid #ddd}
nav a[aria-current]{font-weight:bold;color:#111;text-decoration:none}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .4rem}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;font-size:.95rem;overflow-wrap:normal}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}.num{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#555;font-size:.9rem}.motion{font-size:1.05rem}.info{color:#333;font-size:.95rem;border-left:3px solid #ccc;padding-left:.6rem}
ul.rounds li{margin:.3rem 0}
figure.chart{margin:1rem 0;max-width:100%}figure.chart svg{display:block}
body.projector{max-width:none;padding:0 1rem;font-size:clamp(1.25rem,3.2vw,2.6rem)}
.projector section{min-height:100vh;padding:1rem 0;border-bottom:2px solid #999}
.projector h2{font-size:1.5em;margin:.2em 0}.projector .venue{font-size:1.2em;font-weight:bold}
.projector dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em;margin:.5em 0}.projector dt{font-weight:bold}.projector dd{margin:0}
.projector .pager{display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.7em}
body.projector:has(section:target)>:not(:target){display:none}
.team-tab td:nth-child(n+4){white-space:nowrap}
@media print{@page{size:A4;margin:15mm}nav,.pager{display:none}body{max-width:none;padding:0;font-size:10.5pt}
.scroll{overflow:visible}th{background:none}tr{break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}
body.projector{font-size:20pt}.projector section{min-height:0;break-after:page;border:none}})";

std::string links(const std::vector<std::pair<std::string, std::string>>& pages, const std::string& current,
                  const std::string& css_class) {
    std::string out = "<nav class=\"" + css_class + "\">\n";
    for (const auto& [file, title] : pages)
        out += "<a href=\"" + esc(file) + "\"" + (file == current ? " aria-current=\"page\"" : "") + ">" + esc(title) +
               "</a>\n";
    return out + "</nav>\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> round_links(const SiteData& d, const RoundData& r) {
    std::vector<std::pair<std::string, std::string>> out = {{draw_file(r, "draw"), d.c.tr("publish.by_room")},
                                                            {draw_file(r, "rooms"), d.c.tr("publish.by_team")}};
    if (r.released) out.emplace_back(draw_file(r, "results"), d.c.tr("publish.results"));
    out.emplace_back(draw_file(r, "projector"), d.c.tr("publish.projector"));
    return out;
}

std::string document(const SiteData& d, const std::vector<Page>& main_pages, const Page& page) {
    std::vector<std::pair<std::string, std::string>> main;
    for (const Page& p : main_pages) main.emplace_back(p.file, p.title);
    std::string navigation = links(main, page.round ? "" : page.file, "site");
    if (page.round) navigation += links(round_links(d, *page.round), page.file, "round");
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n"
        "<style>\n{}\n</style>\n</head>\n<body{}>\n{}<h1>{}</h1>\n<p class=\"note\">{}</p>\n{}</body>\n</html>\n",
        esc(d.c.lang()), esc(page.title), esc(d.t.name), site_css, page.projector ? " class=\"projector\"" : "",
        navigation, esc(page.title), esc(d.t.name), page.body);
}

}  // namespace tab::site

// HTML tables and notes shared by the pages.
#include "site.hpp"
#include "tab/render/render.hpp"

namespace tab::site {

std::string esc(std::string_view s) { return html_escape(s); }

std::string table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                  const std::string& css_class) {
    std::string out = "<div class=\"scroll\"><table class=\"" + css_class + "\">\n<thead><tr>";
    for (const Column& c : columns) out += (c.numeric ? "<th class=\"num\">" : "<th>") + esc(c.heading) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const std::vector<std::string>& row : rows) {
        out += "<tr>";
        for (size_t i = 0; i < row.size(); ++i)
            out += (i < columns.size() && columns[i].numeric ? "<td class=\"num\">" : "<td>") + esc(row[i]) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table></div>\n";
}

std::string paragraph(const std::string& text, const std::string& css_class) {
    return "<p class=\"" + css_class + "\">" + esc(text) + "</p>\n";
}

std::string tab_notes(const SiteData& d) {
    std::string out;
    if (!d.pending.empty()) out += paragraph(format_message(d.c.tr("publish.pending"), {{"rounds", d.pending}}));
    if (d.withheld) out += paragraph(d.c.tr("publish.withheld"));
    return out;
}

}  // namespace tab::site

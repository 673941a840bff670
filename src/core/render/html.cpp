// A self-contained HTML page: no scripts, no external files, so it can be mailed, opened on a
// phone at the venue, or printed for the notice board. The inline style keeps tables readable on
// a narrow screen (they scroll sideways inside their own box) and on paper (no shading, headings
// repeated on every page, rows never split). Numbers are right-aligned through class "num".
// A table may be followed by a figure (RenderOptions::figures), an inline SVG made by tab.
// Every piece of text, translated headings included, passes through html_escape.
#include "renderers.hpp"

namespace tab {
namespace {

constexpr std::string_view kStyle = R"(body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       margin: 1rem; color: #111; line-height: 1.4; }
h1 { font-size: 1.4rem; }
h2 { font-size: 1.15rem; margin-top: 1.5rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.95rem; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid #ccc; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #333; }
figure { margin: 1rem 0; max-width: 100%; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f4f4f4; }
@media print {
  body { margin: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  tbody tr:nth-child(even) { background: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
)";

std::string page_title(const std::vector<Table>& tables, const RenderOptions& options) {
    if (!options.page_title.empty()) return options.page_title;
    for (const Table& table : tables) {
        if (!table.title.empty()) return table.title;
    }
    return "tab";
}

std::string cell_tag(std::string_view tag, const std::string& text, bool numeric) {
    std::string name(tag);
    return "<" + name + (numeric ? " class=\"num\">" : ">") + html_escape(text) + "</" + name + ">";
}

std::string html_section(const Table& table, const Catalogue& catalogue, const RenderOptions& options) {
    std::string out = "<section>\n";
    if (!table.title.empty()) out += "<h2>" + html_escape(table.title) + "</h2>\n";
    out += "<div class=\"scroll\"><table>\n<thead><tr>";
    std::vector<std::string> heads = headings(table, catalogue);
    std::vector<bool> right;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        right.push_back(is_right_aligned(table, c));
        out += cell_tag("th", heads[c], right[c]);
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const std::vector<Cell>& row : table.rows) {
        out += "<tr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            out += cell_tag("td", cell_at(row, c).display(), right[c]);
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table></div>\n";
    for (const auto& [name, markup] : options.figures)
        if (name == table.name) out += markup;
    return out + "</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += ch;
        }
    }
    return out;
}

std::string render_html(const std::vector<Table>& tables, const Catalogue& catalogue, const RenderOptions& options) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(catalogue.lang()) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(page_title(tables, options)) + "</title>\n";
    out += "<style>\n" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    if (!options.page_title.empty()) out += "<h1>" + html_escape(options.page_title) + "</h1>\n";
    for (const Table& table : tables) out += html_section(table, catalogue, options);
    return out + "</body>\n</html>\n";
}

}  // namespace tab

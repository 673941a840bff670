// publish_site(): the pages of the public website. Each page is a whole HTML document with its
// CSS inline and no script, so a director can copy the folder anywhere, open it from a USB
// stick on a projector, or print it. The CSS makes tables scroll sideways on a narrow phone
// screen rather than squeeze, and hides the navigation when printing.
//
// What is shown is chosen, not filtered: names, institution codes, venues, adjudicators,
// motions and scores. PersonalData is never read here, so no phone, e-mail or birth date can
// reach a page. The tabs count the prelim rounds that are not silent (Round::silent withholds
// a round's results), and say so when a round was left out.
#include <fmt/format.h>

#include "tab/ballots/completeness.hpp"
#include "tab/breaks/break.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/loader.hpp"
#include "tab/archive/publish.hpp"
#include "tab/render/render.hpp"
#include "tab/standings/standings.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

const char* const style = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:60rem;padding:.75rem;color:#111;line-height:1.4}
nav{display:flex;flex-wrap:wrap;gap:.25rem .75rem;margin-bottom:1rem;font-size:.95rem}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#555;font-size:.9rem}
@media print{nav{display:none}body{max-width:none}th{background:none}a{color:inherit;text-decoration:none}})";

struct Page {
    std::string file;
    std::string title;
};

std::string esc(std::string_view s) { return html_escape(s); }

class Site {
public:
    Site(const Tournament& t, const FileSystem& fs, const Catalogue& c, Diagnostics& diags)
        : t_(t), fs_(fs), c_(c), diags_(diags) {}

    std::vector<std::pair<std::string, std::string>> build() {
        std::vector<std::pair<std::string, std::string>> out;
        std::vector<std::pair<Page, std::string>> pages;
        for (const Round& r : t_.rounds)
            if (fs_.exists(draw_path(r.id)))
                if (std::optional<Draw> d = read_draw(fs_, t_, r.id, diags_))
                    pages.push_back({{"draw-" + r.id + ".html", format_message(c_.tr("publish.draw"), {{"round", r.name}})},
                                     draw_body(r, *d)});
        collect_results();
        if (auto teams = compute_team_standings(t_, results_, team_standings_options(t_), diags_))
            pages.push_back({{"team-tab.html", c_.tr("publish.team_tab")}, team_tab(*teams)});
        if (auto speakers = compute_speaker_standings(t_, results_, speaker_standings_options(t_), diags_))
            pages.push_back({{"speaker-tab.html", c_.tr("publish.speaker_tab")}, speaker_tab(*speakers)});
        if (t_.format.reply)
            if (auto replies = compute_reply_standings(t_, results_, reply_standings_options(t_), diags_))
                pages.push_back({{"replies-tab.html", c_.tr("publish.replies_tab")}, speaker_tab(*replies)});
        if (fs_.exists(break_file))
            if (std::optional<Break> b = read_break(t_, fs_, diags_))
                pages.push_back({{"break.html", c_.tr("publish.break")}, break_body(*b)});
        pages.push_back({{"motions.html", c_.tr("publish.motions")}, motions_body()});

        std::vector<Page> nav = {{"index.html", c_.tr("publish.index")}};
        for (const auto& [page, body] : pages) nav.push_back(page);
        std::string index = "<ul>\n";
        for (size_t i = 1; i < nav.size(); ++i)
            index += "<li><a href=\"" + esc(nav[i].file) + "\">" + esc(nav[i].title) + "</a></li>\n";
        out.emplace_back("index.html", document(nav, nav[0], index + "</ul>\n"));
        for (const auto& [page, body] : pages) out.emplace_back(page.file, document(nav, page, body));
        return out;
    }

private:
    std::string document(const std::vector<Page>& nav, const Page& page, const std::string& body) const {
        std::string links;
        for (const Page& p : nav) links += "<a href=\"" + esc(p.file) + "\">" + esc(p.title) + "</a>\n";
        return fmt::format(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n"
            "<style>\n{}\n</style>\n</head>\n<body>\n<nav>\n{}</nav>\n<h1>{}</h1>\n<p class=\"note\">{}</p>\n{}</body>\n</html>\n",
            esc(c_.lang()), esc(page.title), esc(t_.name), style, links, esc(page.title), esc(t_.name), body);
    }

    static std::string table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                             const std::vector<bool>& numeric, const std::string& css_class) {
        std::string out = "<div class=\"scroll\"><table class=\"" + css_class + "\">\n<thead><tr>";
        for (const std::string& h : headers) out += "<th>" + esc(h) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const std::vector<std::string>& row : rows) {
            out += "<tr>";
            for (size_t i = 0; i < row.size(); ++i)
                out += (i < numeric.size() && numeric[i] ? "<td class=\"num\">" : "<td>") + esc(row[i]) + "</td>";
            out += "</tr>\n";
        }
        return out + "</tbody>\n</table></div>\n";
    }

    std::string adj(int i) const { return i >= 0 ? t_.adjudicators[static_cast<size_t>(i)].name : ""; }
    std::string adjs(const std::vector<int>& v) const {
        std::string out;
        for (int i : v) out += (out.empty() ? "" : ", ") + adj(i);
        return out;
    }
    std::string team(int i) const { return i >= 0 ? t_.teams[static_cast<size_t>(i)].name : ""; }
    std::string institution_of(int team) const { return t_.team_institution_code(team); }

    std::string draw_body(const Round& r, const Draw& d) const {
        std::string out;
        for (const Motion& m : r.motions) out += "<p class=\"motion\"><strong>" + esc(c_.tr("col.motion")) + ":</strong> " + esc(m.text) + "</p>\n";
        std::vector<std::string> headers = {c_.tr("col.room"), c_.tr("col.venue")};
        for (const std::string& side : t_.format.sides) headers.push_back(c_.tr("side." + side));
        for (const char* k : {"col.chair", "col.panellists", "col.trainees"}) headers.push_back(c_.tr(k));
        std::vector<std::vector<std::string>> rows;
        for (const Debate& debate : d.debates) {
            std::vector<std::string> row = {std::to_string(debate.room), debate.venue};
            for (size_t s = 0; s < t_.format.sides.size(); ++s) row.push_back(s < debate.teams.size() ? team(debate.teams[s]) : "");
            row.push_back(adj(debate.chair));
            row.push_back(adjs(debate.panellists));
            row.push_back(adjs(debate.trainees));
            rows.push_back(row);
        }
        for (int b : d.byes) rows.push_back({"bye", "", team(b)});
        return out + table(headers, rows, {true}, "draw");
    }

    // Silent rounds are withheld; a round still missing results is left out and shown as pending.
    void collect_results() {
        const std::vector<RoundResults> loaded = load_results(t_, fs_, "", diags_);
        for (const IncompleteRound& r : left_out(incomplete_prelims(t_, loaded), message("what.website"), diags_))
            pending_ += (pending_.empty() ? "" : ", ") + r.round;
        for (const RoundResults& r : complete_only(loaded, incomplete_prelims(t_, loaded))) {
            if (t_.rounds[static_cast<size_t>(r.round_index)].silent) withheld_ = true;
            else results_.push_back(r);
        }
    }

    std::string metric_text(const MetricValue& v) const {
        if (!v.present()) return "";
        return v.kind == MetricValue::Kind::exact ? format_fraction(v.exact) : fmt::format("{:.2f}", v.real);
    }

    std::string note() const {
        std::string out;
        if (!pending_.empty())
            out += "<p class=\"note\">" + esc(format_message(c_.tr("publish.pending"), {{"rounds", pending_}})) + "</p>\n";
        if (withheld_) out += "<p class=\"note\">" + esc(c_.tr("publish.withheld")) + "</p>\n";
        return out;
    }

    std::string team_tab(const TeamStandings& s) const {
        std::vector<std::string> headers = {c_.tr("col.rank"), c_.tr("col.team"), c_.tr("col.institution")};
        std::vector<bool> numeric = {true, false, false};
        for (const std::string& col : s.columns()) headers.push_back(c_.tr("col." + col)), numeric.push_back(true);
        std::vector<std::vector<std::string>> rows;
        for (const TeamStanding& row : s.rows) {
            std::vector<std::string> cells = {rank_text(row.rank), team(row.team), institution_of(row.team)};
            for (const MetricValue& v : row.metrics) cells.push_back(metric_text(v));
            rows.push_back(cells);
        }
        return note() + table(headers, rows, numeric, "team-tab");
    }

    std::string speaker_tab(const SpeakerStandings& s) const {
        std::vector<std::string> headers = {c_.tr("col.rank"), c_.tr("col.speaker"), c_.tr("col.team")};
        std::vector<bool> numeric = {true, false, false};
        for (const std::string& col : s.columns()) headers.push_back(c_.tr("col." + col)), numeric.push_back(true);
        std::vector<std::vector<std::string>> rows;
        for (const SpeakerStanding& row : s.rows) {
            const Speaker& sp = t_.speakers[static_cast<size_t>(row.speaker)];
            std::vector<std::string> cells = {rank_text(row.rank), sp.name, team(sp.team)};
            for (const MetricValue& v : row.metrics) cells.push_back(metric_text(v));
            rows.push_back(cells);
        }
        return note() + table(headers, rows, numeric, "speaker-tab");
    }

    std::string break_body(const Break& b) const {
        std::string out;
        for (const CategoryBreak& c : b.categories) {
            const BreakCategory* category = t_.find_break_category(c.category);
            out += "<h2>" + esc(category ? category->name : c.category) + "</h2>\n";
            std::vector<std::vector<std::string>> rows;
            for (const BreakEntry& e : c.entries)
                rows.push_back({e.break_rank ? std::to_string(e.break_rank) : "", team(e.team), institution_of(e.team),
                                std::to_string(e.rank), e.remark == Remark::broke ? "" : c_.tr("remark." + std::string(remark_key(e.remark)))});
            out += table({c_.tr("col.break_rank"), c_.tr("col.team"), c_.tr("col.institution"), c_.tr("col.rank"),
                          c_.tr("col.remark")},
                         rows, {true, false, false, true, false}, "break");
        }
        return out;
    }

    std::string motions_body() const {
        std::vector<std::vector<std::string>> rows;
        for (const Round& r : t_.rounds)
            for (const Motion& m : r.motions) rows.push_back({r.name, m.text});
        return table({c_.tr("col.round"), c_.tr("col.motion")}, rows, {}, "motions");
    }

    const Tournament& t_;
    const FileSystem& fs_;
    const Catalogue& c_;
    Diagnostics& diags_;
    std::vector<RoundResults> results_;
    bool withheld_ = false;
    std::string pending_;  // the rounds left out of the tabs until their results are in, "R4, R5"
};

}  // namespace

std::optional<std::vector<std::pair<std::string, std::string>>> publish_site(const FileSystem& fs,
                                                                             const std::string& language,
                                                                             Diagnostics& diags) {
    std::optional<Tournament> t = load_tournament(fs, diags);
    if (!t) return std::nullopt;
    if (!language.empty()) use_language(*t, language);
    Catalogue catalogue = Catalogue::builtin(language.empty() ? t->language : language);
    load_catalogue_overrides(catalogue, fs, diags);
    return Site(*t, fs, catalogue, diags).build();
}

}  // namespace tab

// tab awards: team places, best speakers and adjudicators as tables. tab certificates: one row
// per participant for mail-merge (any --format), or with --format html a printable page with one
// certificate per sheet in the tournament's language. Only names, teams and institutions are
// printed: never the personal data of the registration forms.
#include "commands.hpp"
#include "tab/breaks/awards.hpp"
#include "tab/ballots/results.hpp"

namespace tab::cli {
namespace {

std::string category_name(const Tournament& t, const std::string& id) {
    if (const BreakCategory* c = t.find_break_category(id)) return c->name.empty() ? id : c->name;
    for (const SpeakerCategory& c : t.speaker_categories)
        if (c.id == id) return c.name.empty() ? id : c.name;
    return id;
}

// "3=" for a shared third place, as the standings print shared ranks.
std::string place_text(int place, bool shared) { return std::to_string(place) + (shared ? "=" : ""); }

std::string award_text(const Tournament& t, const Catalogue& cat, const AwardLine& a) {
    std::string place = format_message(cat.tr(a.shared ? "award.place_shared" : "award.place"), {{"place", std::to_string(a.place)}});
    std::string category = a.category.empty() ? "" : category_name(t, a.category);
    std::string key = a.kind == "team" ? "award.team" : a.kind == "speaker" ? "award.speaker" : "award.adjudicator";
    if (a.kind == "speaker" && !a.category.empty()) key = "award.speaker_category";
    return format_message(cat.tr(key), {{"place", place}, {"category", category}});
}

std::optional<Awards> load_awards(Context& ctx, const Tournament& t) {
    Diagnostics diags;
    std::vector<RoundResults> prelims = load_results(t, ctx.fs(), "", diags);
    std::string error;
    std::optional<Awards> a = compute_awards(t, ctx.fs(), prelims, diags, &error);
    if (ctx.report(diags) > 0) return std::nullopt;
    if (!a) ctx.error("cannot compute the awards: " + error);
    return a;
}

std::string team_institution(const Tournament& t, int team) {
    int i = t.teams[static_cast<size_t>(team)].institution;
    return i >= 0 ? t.institutions[static_cast<size_t>(i)].code : "";
}

}  // namespace

int run_awards(Context& ctx, const AwardsOptions&) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    std::optional<Awards> a = load_awards(ctx, *t);
    if (!a) return exit_code::invalid_input;
    const Catalogue cat = ctx.catalogue();
    std::vector<Table> tables;
    for (const TeamPlaces& tp : a->teams) {
        Table table{"places_" + tp.category,
                    format_message(cat.tr("title.team_places"), {{"category", category_name(*t, tp.category)}}),
                    {{"place", true}, {"team"}, {"institution"}}, {}};
        for (const Placing& p : tp.places)
            table.rows.push_back({Cell::of(place_text(p.place, p.shared)), Cell::of(t->teams[static_cast<size_t>(p.who)].name),
                                  Cell::of(team_institution(*t, p.who))});
        if (!tp.missing.empty()) ctx.warn(category_name(*t, tp.category) + ": no places yet (" + tp.missing + ")");
        tables.push_back(std::move(table));
    }
    for (const SpeakerAwards& sa : a->speakers) {
        std::string title = sa.category.empty()
                                ? cat.tr("title.best_speakers")
                                : format_message(cat.tr("title.best_speakers_category"), {{"category", category_name(*t, sa.category)}});
        Table table{"speakers" + (sa.category.empty() ? "" : "_" + sa.category), title,
                    {{"place", true}, {"speaker"}, {"team"}, {"score", true}}, {}};
        for (const Placing& p : sa.speakers) {
            const Speaker& s = t->speakers[static_cast<size_t>(p.who)];
            table.rows.push_back({Cell::of(place_text(p.place, p.shared)), Cell::of(s.name),
                                  Cell::of(s.team >= 0 ? t->teams[static_cast<size_t>(s.team)].name : ""), Cell::of(p.score, 2)});
        }
        tables.push_back(std::move(table));
    }
    if (!a->adjudicators.empty()) {
        Table table{"adjudicators", cat.tr("title.best_adjudicators"), {{"place", true}, {"adjudicator"}, {"score", true}}, {}};
        for (const Placing& p : a->adjudicators)
            table.rows.push_back({Cell::of(place_text(p.place, p.shared)), Cell::of(t->adjudicators[static_cast<size_t>(p.who)].name),
                                  Cell::of(p.score, 2)});
        tables.push_back(std::move(table));
    }
    ctx.print(tables);
    return exit_code::ok;
}

int run_certificates(Context& ctx, const AwardsOptions&) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    std::optional<Awards> a = load_awards(ctx, *t);
    if (!a) return exit_code::invalid_input;
    const Catalogue cat = ctx.catalogue();
    const std::string date = t->start_date ? format_date(*t->start_date) : "";
    std::vector<Certificate> certs = certificates(*t, *a);
    if (ctx.format() == OutputFormat::html) {
        std::string page = "<!DOCTYPE html>\n<html lang=\"" + cat.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                           html_escape(t->name) + "</title>\n<style>\n"
                           ".certificate{page-break-after:always;break-after:page;text-align:center;padding:4cm 2cm;"
                           "font-family:serif}\n.certificate h1{font-size:40pt}\n.certificate .name{font-size:28pt;"
                           "font-weight:bold}\n</style>\n</head>\n<body>\n";
        for (const Certificate& c : certs) {
            page += "<section class=\"certificate\">\n<h1>" + html_escape(cat.tr("cert.title")) + "</h1>\n<p>" +
                    html_escape(cat.tr("cert.presented_to")) + "</p>\n<p class=\"name\">" + html_escape(c.name) + "</p>\n";
            if (!c.team.empty()) page += "<p>" + html_escape(c.team) + "</p>\n";
            if (!c.institution.empty()) page += "<p>" + html_escape(c.institution) + "</p>\n";
            if (c.awards.empty()) page += "<p>" + html_escape(cat.tr("award.participation")) + "</p>\n";
            for (const AwardLine& line : c.awards) page += "<p><strong>" + html_escape(award_text(*t, cat, line)) + "</strong></p>\n";
            page += "<p>" + html_escape(t->name) + (date.empty() ? "" : ", " + html_escape(date)) + "</p>\n</section>\n";
        }
        ctx.print(page + "</body>\n</html>\n");
        return exit_code::ok;
    }
    Table table{"certificates", "", {{"name"}, {"team"}, {"institution"}, {"role"}, {"award"}, {"tournament"}, {"date"}}, {}};
    for (const Certificate& c : certs) {
        std::string awards;
        for (const AwardLine& line : c.awards) awards += (awards.empty() ? "" : "; ") + award_text(*t, cat, line);
        if (awards.empty()) awards = cat.tr("award.participation");
        table.rows.push_back({Cell::of(c.name), Cell::of(c.team), Cell::of(c.institution), Cell::of(cat.tr("role." + c.role)),
                              Cell::of(awards), Cell::of(t->name), Cell::of(date)});
    }
    ctx.print(table);
    return exit_code::ok;
}

}  // namespace tab::cli

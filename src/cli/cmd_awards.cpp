// tab awards (app::awards): team places, best speakers and best adjudicators, one table per
// category for people and one table per kind for machines. tab certificates
// (app::certificates): one row per participant for mail-merge, or with --format html a
// printable page with one diploma or certificate per A4 sheet (present_certificates.cpp).
#include "commands.hpp"
#include "present.hpp"
#include "present_certificates.hpp"
#include "tab/app/awards.hpp"

namespace tab::cli {
namespace {

// "3=" for a shared place, as the standings print shared ranks.
std::string place_text(int place, bool shared) { return std::to_string(place) + (shared ? "=" : ""); }
Cell shared_cell(bool value) { return Cell::of(std::string(value ? "true" : "false")); }

// Before the tournament is finished (--provisional) every table gets a column saying so on each line.
void mark_provisional(std::vector<Table>& tables, const Catalogue& cat) {
    for (Table& table : tables) {
        table.columns.push_back({"note"});
        for (std::vector<Cell>& row : table.rows) row.push_back(Cell::of(cat.tr("awards.provisional")));
    }
}

std::vector<Table> people_tables(const app::AwardsReport& r, const Catalogue& cat) {
    std::vector<Table> tables;
    for (const app::TeamPlaceLine& l : r.team_places) {
        if (tables.empty() || tables.back().name != "places_" + l.category)
            tables.push_back({"places_" + l.category, format_message(cat.tr("title.team_places"), {{"category", l.category_name}}),
                              {{"place", true}, {"team"}, {"institution"}}, {}});
        tables.back().rows.push_back({Cell::of(place_text(l.place, l.shared)), Cell::of(l.team), Cell::of(l.institution)});
    }
    for (const app::PendingPlaces& p : r.pending)
        tables.push_back({"places_" + p.category, format_message(cat.tr("title.team_places"), {{"category", p.category_name}}),
                          {{"place", true}, {"team"}, {"institution"}}, {}});
    for (const app::SpeakerAwardLine& l : r.best_speakers) {
        if (tables.empty() || tables.back().name != "speakers_" + l.category)
            tables.push_back({"speakers_" + l.category,
                              l.category.empty() ? cat.tr("title.best_speakers")
                                                 : format_message(cat.tr("title.best_speakers_category"), {{"category", l.category_name}}),
                              {{"place", true}, {"speaker"}, {"team"}, {"score", true}}, {}});
        tables.back().rows.push_back({Cell::of(place_text(l.place, l.shared)), Cell::of(l.speaker), Cell::of(l.team), Cell::of(l.score, 2)});
    }
    if (!r.best_adjudicators.empty()) {
        Table table{"adjudicators", cat.tr("title.best_adjudicators"), {{"place", true}, {"adjudicator"}, {"score", true}}, {}};
        for (const app::AdjudicatorAwardLine& l : r.best_adjudicators)
            table.rows.push_back({Cell::of(place_text(l.place, l.shared)), Cell::of(l.adjudicator), Cell::of(l.score, 2)});
        tables.push_back(std::move(table));
    }
    if (r.provisional) mark_provisional(tables, cat);
    return tables;
}

// Three tables, always in this order and always present (a heading row at least), so that a
// script finds team places in the first block, speakers in the second, adjudicators in the third.
std::vector<Table> machine_tables(const app::AwardsReport& r) {
    Table places{"team_places", "", {{"category"}, {"place", true}, {"shared"}, {"team"}, {"institution"}}, {}};
    for (const app::TeamPlaceLine& l : r.team_places)
        places.rows.push_back({Cell::of(l.category), Cell::of(l.place), shared_cell(l.shared), Cell::of(l.team), Cell::of(l.institution)});
    Table speakers{"best_speakers", "", {{"category"}, {"place", true}, {"shared"}, {"speaker"}, {"team"}, {"score", true}}, {}};
    for (const app::SpeakerAwardLine& l : r.best_speakers)
        speakers.rows.push_back({Cell::of(l.category), Cell::of(l.place), shared_cell(l.shared), Cell::of(l.speaker), Cell::of(l.team),
                                 Cell::of(l.score, 2)});
    Table adjudicators{"best_adjudicators", "", {{"place", true}, {"shared"}, {"adjudicator"}, {"score", true}}, {}};
    for (const app::AdjudicatorAwardLine& l : r.best_adjudicators)
        adjudicators.rows.push_back({Cell::of(l.place), shared_cell(l.shared), Cell::of(l.adjudicator), Cell::of(l.score, 2)});
    for (Table* table : {&places, &speakers, &adjudicators}) {
        table->columns.push_back({"provisional"});
        for (std::vector<Cell>& row : table->rows) row.push_back(shared_cell(r.provisional));
    }
    return {places, speakers, adjudicators};
}

// For mail-merge: role as a code for machines and translated for people; the awards as the
// sentences printed on the certificate (a list cell, joined by "; ").
Table certificates_table(const app::CertificatesReport& r, const Catalogue& cat, bool for_machines) {
    Table table{"certificates", "", {{"name"}, {"team"}, {"institution"}, {"role"}, {"awards"}, {"tournament"}, {"date"}}, {}};
    for (const app::CertificateLine& c : r.certificates) {
        std::string awards;
        for (const app::AwardEntry& a : c.awards) awards += (awards.empty() ? "" : "; ") + award_text(cat, a);
        if (awards.empty()) awards = cat.tr("award.participation");
        const std::string role = app::code(c.role);
        table.rows.push_back({Cell::of(c.name), Cell::of(c.team), Cell::of(c.institution),
                              Cell::of(for_machines ? role : cat.tr("role." + role)), Cell::of(awards), Cell::of(r.tournament),
                              Cell::of(for_machines ? r.date : cat.date(r.date))});
    }
    return table;
}

}  // namespace

int run_awards(Context& ctx, const AwardsOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::AwardsReport> r = app::awards(*t, ctx.fs(), o.provisional, diags);
    if (!r) return ctx.finish(diags);
    ctx.report(diags);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else if (is_machine_format(ctx.format())) ctx.print(machine_tables(*r));
    else ctx.print(people_tables(*r, ctx.catalogue()));
    return exit_code::ok;
}

int run_certificates(Context& ctx, const CertificatesOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::CertificatesReport> r = app::certificates(*t, ctx.fs(), o.provisional, diags);
    if (!r) return ctx.finish(diags);
    ctx.report(diags);
    const Catalogue cat = ctx.catalogue();
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else if (ctx.format() == OutputFormat::html) ctx.print(certificates_page(*r, cat, o.orientation == "portrait" ? PageOrientation::portrait : PageOrientation::landscape));
    else ctx.print(certificates_table(*r, cat, is_machine_format(ctx.format())));
    return exit_code::ok;
}

}  // namespace tab::cli

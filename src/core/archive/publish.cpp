// publish_site(): the pages of the public website, put together from the page builders of
// src/core/archive/site/ (one file per kind of page) inside the frame of site/frame.cpp.
//
// What is shown is chosen, not filtered: names, institutions, venues, adjudicators, motions and
// scores. PersonalData is never read, so no phone, e-mail or birth date can reach a page.
#include "site/site.hpp"
#include "tab/archive/publish.hpp"
#include "tab/model/loader.hpp"

namespace tab {

namespace {

using site::Page;

// The pages of each drawn round: draw by room, find your room, results (once released), projector.
std::vector<Page> round_pages(const site::SiteData& d) {
    std::vector<Page> out;
    for (const site::RoundData& r : d.rounds) {
        if (!r.draw) continue;
        auto title = [&](const char* key) { return format_message(d.c.tr(key), {{"round", r.round->name}}); };
        out.push_back({site::draw_file(r, "draw"), title("publish.draw"), site::draw_by_room(d, r), &r});
        out.push_back({site::draw_file(r, "rooms"), title("publish.rooms_of"), site::draw_by_team(d, r), &r});
        if (r.released)
            out.push_back({site::draw_file(r, "results"), title("publish.results_of"),
                           site::round_results(d, r), &r});
        out.push_back({site::draw_file(r, "projector"), title("publish.projector_of"),
                       site::projector(d, r), &r, true});
    }
    return out;
}

// The pages in the main navigation after the contents.
std::vector<Page> main_pages(const site::SiteData& d, Diagnostics& diags) {
    std::vector<Page> out = {{"team-tab.html", d.c.tr("publish.team_tab"), site::team_tab(d, diags)},
                             {"speaker-tab.html", d.c.tr("publish.speaker_tab"), site::speaker_tab(d, diags)}};
    if (d.t.format.reply) out.push_back({"replies-tab.html", d.c.tr("publish.replies_tab"), site::reply_tab(d, diags)});
    out.push_back({"motions.html", d.c.tr("publish.motions"), site::motions_page(d)});
    if (d.t.format.is_bp()) out.push_back({"positions.html", d.c.tr("publish.positions"), site::position_balance(d)});
    if (d.break_) out.push_back({"break.html", d.c.tr("publish.break"), site::break_page(d)});
    out.push_back({"participants.html", d.c.tr("publish.participants"), site::participants_page(d)});
    out.push_back({"institutions.html", d.c.tr("publish.institutions"), site::institutions_page(d)});
    return out;
}

std::string contents(const site::SiteData& d, const std::vector<Page>& main) {
    std::string out = "<h2>" + site::esc(d.c.tr("col.rounds")) + "</h2>\n<ul class=\"rounds\">\n";
    for (const site::RoundData& r : d.rounds) {
        if (!r.draw) continue;
        out += "<li><strong>" + site::esc(r.round->name) + "</strong>:";
        for (const auto& [file, title] : site::round_links(d, r))
            out += " <a href=\"" + site::esc(file) + "\">" + site::esc(title) + "</a>";
        out += "</li>\n";
    }
    out += "</ul>\n<h2>" + site::esc(d.c.tr("publish.tabs")) + "</h2>\n<ul>\n";
    for (size_t i = 1; i < main.size(); ++i)
        out += "<li><a href=\"" + site::esc(main[i].file) + "\">" + site::esc(main[i].title) + "</a></li>\n";
    return out + "</ul>\n";
}

}  // namespace

std::optional<std::vector<std::pair<std::string, std::string>>> publish_site(const FileSystem& fs,
                                                                             const std::string& language,
                                                                             Diagnostics& diags,
                                                                             bool include_silent) {
    // A tournament with an error (a [publish] key naming an unknown round) is not published.
    const int errors_before = diags.error_count();
    std::optional<Tournament> t = load_tournament(fs, diags);
    if (!t || diags.error_count() > errors_before) return std::nullopt;
    if (!language.empty()) use_language(*t, language);
    Catalogue catalogue = Catalogue::builtin(language.empty() ? t->language : language);
    load_catalogue_overrides(catalogue, fs, diags);
    const site::SiteData d = site::load_site_data(*t, catalogue, fs, include_silent, diags);

    std::vector<Page> main = {{"index.html", catalogue.tr("publish.index"), ""}};
    for (Page& p : main_pages(d, diags)) main.push_back(std::move(p));
    main.front().body = contents(d, main);
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("index.html", site::document(d, main, main.front()));
    for (const Page& p : round_pages(d)) out.emplace_back(p.file, site::document(d, main, p));
    for (size_t i = 1; i < main.size(); ++i) out.emplace_back(main[i].file, site::document(d, main, main[i]));
    return out;
}

}  // namespace tab

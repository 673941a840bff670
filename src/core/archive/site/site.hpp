// The public website's parts (tab/archive/publish.hpp), one file per kind of page: what every
// page knows about the tournament (SiteData, site_data.cpp), the page frame with its CSS and
// navigation (frame.cpp), HTML tables (markup.cpp), and the pages themselves. A page builder
// returns the body of a page; the frame wraps it into a whole document. Pictures are inline SVG
// figures (tab/render/charts.hpp) beside the tables: the bracket, the position heat map, the
// motions' win rates and the speaker-score histogram.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tab/ballots/results.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/breaks/break.hpp"
#include "tab/breaks/liveness.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab::site {

// One round as the site shows it.
struct RoundData {
    const Round* round = nullptr;
    std::optional<Draw> draw;             // nullopt: not drawn (no page)
    std::optional<RoundResults> results;  // with the draw
    bool complete = false;                // every debate has a result that counts
    bool released = false;                // complete and released ([publish] results_released)
};

// What the pages are made from: the tournament, its drawn rounds with their results, which
// results are public, the break and liveness. Personal data is never copied here.
struct SiteData {
    const Tournament& t;
    const Catalogue& c;
    std::vector<RoundData> rounds;      // in tournament order, drawn or not
    std::vector<RoundResults> counted;  // the released prelims: what the tabs count
    std::string pending;                // drawn prelims still missing results, "R4, R5"
    bool withheld = false;              // a complete prelim is not released (silent or not listed)
    std::optional<Break> break_;        // when break.csv exists
    std::optional<TournamentLiveness> liveness;  // after the counted prelims (liveness_now)

    std::string team(int i) const;
    std::string adjudicator(int i) const;
    std::string side(size_t s) const;  // "OG", "Gov" in the page's language
    // The result of team in round r (an index into rounds), if released.
    const TeamResult* released_result(size_t r, int team) const;
};

// Loads every drawn round, its results and the break; warns about rounds left out. A silent
// round's results are public once the tournament is over (every round drawn and decided), or
// at once with `include_silent`.
SiteData load_site_data(const Tournament& t, const Catalogue& c, const FileSystem& fs, bool include_silent,
                        Diagnostics& diags);

// Markup (markup.cpp).
std::string esc(std::string_view s);
struct Column {
    std::string heading;
    bool numeric = false;
};
// A table inside its own sideways-scrolling box, so a wide table never widens the page.
std::string table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                  const std::string& css_class);
std::string paragraph(const std::string& text, const std::string& css_class = "note");
// "Results of R4 are pending ..." and "results of silent or unreleased rounds are not included",
// where they apply.
std::string tab_notes(const SiteData& d);

// A page: its file, title and body; `round` names the round whose sub-navigation it shows.
struct Page {
    std::string file;
    std::string title;
    std::string body;
    const RoundData* round = nullptr;
    bool projector = false;  // large type, full-screen sections
};

// The frame (frame.cpp): the whole document around a page, with the site's navigation.
std::string document(const SiteData& d, const std::vector<Page>& main_pages, const Page& page);
// The pages of one round that exist, in the order of its sub-navigation.
std::vector<std::pair<std::string, std::string>> round_links(const SiteData& d, const RoundData& r);

// The pages (one file each).
std::string draw_file(const RoundData& r, std::string_view kind);  // "draw-R1.html", "teams-R1.html"
std::string draw_by_room(const SiteData& d, const RoundData& r);
std::string draw_by_team(const SiteData& d, const RoundData& r);
std::string round_results(const SiteData& d, const RoundData& r);
std::string projector(const SiteData& d, const RoundData& r);
std::string team_tab(const SiteData& d, Diagnostics& diags);
std::string speaker_tab(const SiteData& d, Diagnostics& diags);
std::string reply_tab(const SiteData& d, Diagnostics& diags);
std::string motions_page(const SiteData& d);
std::string position_balance(const SiteData& d);
std::string break_page(const SiteData& d);
// The speaker-score histogram with the break cut-offs (score_histogram.cpp), "" without scores.
std::string score_histogram(const SiteData& d);
std::string participants_page(const SiteData& d);
std::string institutions_page(const SiteData& d);

}  // namespace tab::site

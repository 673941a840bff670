// tab publish: the pages of an imported tournament are complete documents without scripts or
// network fetches, in the tournament's language, with the draw and tab tables, and never a
// phone, e-mail or birth date; a silent round's results stay out of the tabs until the tournament
// is over, or --include-silent.
#include <doctest/doctest.h>

#include <algorithm>

#include "tab/archive/debatexml.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/publish.hpp"

namespace {

tab::MemoryFileSystem schools_a_with_contacts() {
    const std::string xml =
        tab::DiskFileSystem(std::string(TAB_DATA_DIR) + "/debatexml").read("schools-2024-a.xml").value_or("");
    tab::Diagnostics diags;
    std::optional<tab::DebateXmlImport> imported = tab::import_debatexml(xml, "a.xml", diags);
    REQUIRE(imported);
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    REQUIRE(tab::write_debatexml_import(fs, *imported, problems));
    fs.files["teams.csv"] += "Extra,,Private Person,,,,,,female,2009-01-02,Aktau,+7 700 123 45 67,p@example.kz\n";
    fs.files["adjudicators.csv"] +=
        "Private Judge,,,5,false,false,false,,,,,,male,1990-05-06,Aktau,+7 701 765 43 21,j@example.kz\n";
    return fs;
}

const std::string* page(const std::vector<std::pair<std::string, std::string>>& pages, const std::string& name) {
    for (const auto& [file, html] : pages)
        if (file == name) return &html;
    return nullptr;
}

}  // namespace

TEST_CASE("publish: every page is self-contained, shows its tables and no personal data") {
    tab::MemoryFileSystem fs = schools_a_with_contacts();
    tab::Diagnostics diags;
    auto pages = tab::publish_site(fs, "", diags);
    REQUIRE(pages);
    CHECK(pages->front().first == "index.html");
    for (const char* name : {"draw-R1.html", "draw-QF.html", "team-tab.html", "speaker-tab.html", "replies-tab.html",
                             "motions.html"}) {
        CAPTURE(name);
        const std::string* html = page(*pages, name);
        REQUIRE(html);
        CHECK(html->find("<table") != std::string::npos);
    }
    for (const auto& [file, html] : *pages) {
        CAPTURE(file);
        CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(html.find("<style>") != std::string::npos);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("http://") == std::string::npos);
        CHECK(html.find("https://") == std::string::npos);
        for (const char* secret : {"700 123", "701 765", "p@example.kz", "j@example.kz", "2009-01-02", "1990-05-06"})
            CHECK(html.find(secret) == std::string::npos);
    }
    const std::string& tab = *page(*pages, "team-tab.html");
    CHECK(tab.find("School 02 A") < tab.find("School 01 A"));
    CHECK(page(*pages, "draw-QF.html")->find("School 07 B") != std::string::npos);
    CHECK(page(*pages, "break.html") == nullptr);  // no break.csv
}

TEST_CASE("publish: in the tournament's language, and a silent round's results are left out until the end") {
    tab::MemoryFileSystem fs = schools_a_with_contacts();
    const std::string final_ballots = fs.files.at("rounds/GF/ballots.csv");
    fs.files.erase("rounds/GF/ballots.csv");  // the final still to be debated
    tab::Diagnostics diags;
    auto english = tab::publish_site(fs, "", diags);
    REQUIRE(english);
    std::string& toml = fs.files["tournament.toml"];
    toml.replace(toml.find("language = \"en\""), 15, "language = \"ru\"");
    const size_t r5 = toml.find("id = \"R5\"");
    REQUIRE(r5 != std::string::npos);
    toml.insert(toml.find("stage = \"prelim\"", r5), "silent = true\n");
    auto russian = tab::publish_site(fs, "", diags);
    REQUIRE(russian);
    const std::string& tab = *page(*russian, "team-tab.html");
    CHECK(tab.find("<html lang=\"ru\">") != std::string::npos);
    CHECK(tab.find("Командный зачёт") != std::string::npos);
    CHECK(tab.find("Результаты закрытых и ещё не опубликованных раундов не включены.") != std::string::npos);
    CHECK(tab.find("<th>R5</th>") == std::string::npos);
    CHECK(page(*russian, "results-R5.html") == nullptr);
    // Without round 5 the tab differs from the full one.
    CHECK(tab != *page(*english, "team-tab.html"));

    // --include-silent shows it at once; without it, it is shown once the final is decided.
    auto included = tab::publish_site(fs, "", diags, true);
    REQUIRE(included);
    CHECK(page(*included, "team-tab.html")->find("<th>R5</th>") != std::string::npos);
    CHECK(page(*included, "results-R5.html"));
    fs.files["rounds/GF/ballots.csv"] = final_ballots;
    auto over = tab::publish_site(fs, "", diags);
    REQUIRE(over);
    CHECK(page(*over, "team-tab.html")->find("<th>R5</th>") != std::string::npos);
    CHECK(page(*over, "team-tab.html")->find("Результаты закрытых") == std::string::npos);
    CHECK(page(*over, "results-R5.html"));
    CHECK(diags.error_count() == 0);
}

TEST_CASE("publish: --lang sets the language of every page, <html lang> included") {
    tab::MemoryFileSystem fs = schools_a_with_contacts();
    tab::Diagnostics diags;
    for (const char* lang : {"kk", "ru"}) {
        auto pages = tab::publish_site(fs, lang, diags);
        REQUIRE(pages);
        for (const auto& [file, html] : *pages) {
            CAPTURE(file);
            CHECK(html.find("<html lang=\"" + std::string(lang) + "\">") != std::string::npos);
        }
    }
}

TEST_CASE("publish: each round has its draw by room and by team, a projector view and released results") {
    tab::MemoryFileSystem fs = schools_a_with_contacts();
    tab::Diagnostics diags;
    auto pages = tab::publish_site(fs, "", diags);
    REQUIRE(pages);
    for (const char* name : {"rooms-R1.html", "results-R1.html", "projector-R1.html", "results-QF.html", "participants.html",
                             "institutions.html"}) {
        CAPTURE(name);
        CHECK(page(*pages, name));
    }
    CHECK(page(*pages, "positions.html") == nullptr);  // two-team: no BP position balance
    // Find your room: team names in alphabetical order.
    const std::string& rooms = *page(*pages, "rooms-R1.html");
    CHECK(rooms.find("<td>School 01 A</td>") < rooms.find("<td>School 01 B</td>"));
    CHECK(rooms.find("<td>School 01 B</td>") < rooms.find("<td>School 02 A</td>"));
    // The team tab gives each round's side and result, and each team's liveness: the prelims are
    // over, so the break of 8 computed now decides who is safe.
    const std::string& tab = *page(*pages, "team-tab.html");
    CHECK(tab.find(" win</td>") != std::string::npos);
    CHECK(tab.find("<th>Live (Open)</th>") != std::string::npos);
    size_t safe = 0;
    for (size_t at = tab.find("<td>Safe</td>"); at != std::string::npos; at = tab.find("<td>Safe</td>", at + 1)) ++safe;
    CHECK(safe == 8);
    CHECK(tab.find("<td>Dead</td>") != std::string::npos);
    // The speaker tab's histogram and the motions' bars are pictures with a title.
    CHECK(page(*pages, "speaker-tab.html")->find("<title id=\"speaker-scores-title\">") != std::string::npos);
    CHECK(page(*pages, "motions.html")->find("<title id=\"motion-rates-title\">") != std::string::npos);
    CHECK(page(*pages, "projector-R1.html")->find("<section id=\"room-1\">") != std::string::npos);
}

TEST_CASE("publish: [publish] results_released names the rounds whose results are shown") {
    tab::MemoryFileSystem fs = schools_a_with_contacts();
    fs.files["tournament.toml"] += "\n[publish]\nresults_released = [\"R1\", \"R2\"]\n";
    tab::Diagnostics diags;
    auto pages = tab::publish_site(fs, "", diags);
    REQUIRE(pages);
    CHECK(diags.error_count() == 0);
    CHECK(page(*pages, "results-R2.html"));
    CHECK(page(*pages, "results-R3.html") == nullptr);
    CHECK(page(*pages, "results-QF.html") == nullptr);
    CHECK(page(*pages, "draw-R3.html"));  // the draw stays public
    const std::string& tab = *page(*pages, "team-tab.html");
    CHECK(tab.find("<th>R2</th>") != std::string::npos);
    CHECK(tab.find("<th>R3</th>") == std::string::npos);
    CHECK(tab.find("Results of silent rounds, and of rounds not yet released, are not included.") != std::string::npos);

    fs.files["tournament.toml"].replace(fs.files["tournament.toml"].find("\"R2\"]"), 5, "\"R9\"]");
    tab::Diagnostics unknown;
    CHECK_FALSE(tab::publish_site(fs, "", unknown));
    CHECK(unknown.error_count() == 1);
}

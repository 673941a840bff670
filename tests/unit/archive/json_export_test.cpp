// tab export json: the document holds the participants, every round's draw and results, the
// standings as `tab standings` ranks them, and personal data only when asked for.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tab/archive/debatexml.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/json_export.hpp"

namespace {

tab::MemoryFileSystem schools_a() {
    const std::string xml =
        tab::DiskFileSystem(std::string(TAB_DATA_DIR) + "/debatexml").read("schools-2024-a.xml").value_or("");
    tab::Diagnostics diags;
    std::optional<tab::DebateXmlImport> imported = tab::import_debatexml(xml, "a.xml", diags);
    REQUIRE(imported);
    tab::MemoryFileSystem fs;
    tab::Diagnostics problems;
    REQUIRE(tab::write_debatexml_import(fs, *imported, problems));
    return fs;
}

}  // namespace

TEST_CASE("export json: participants, draws, results and standings of an imported tournament") {
    tab::MemoryFileSystem fs = schools_a();
    fs.files["teams.csv"] += "Extra,,Private Person,,,,,,female,2009-01-02,Aktau,+7 700 000 00 00,p@example.kz\n";
    tab::Diagnostics diags;
    std::optional<std::string> text = tab::export_json(fs, diags, false);
    REQUIRE(text);
    const nlohmann::json doc = nlohmann::json::parse(*text);
    CHECK(doc["tab_export"] == 1);
    CHECK(doc["participants"]["teams"].size() == 24);
    CHECK(doc["rounds"].size() == 8);
    CHECK(doc["rounds"][5]["id"] == "QF");
    CHECK(doc["rounds"][5]["draw"]["rooms"].size() == 4);  // the one draw shape of tab draw --format json
    CHECK(doc["rounds"][5]["draw"]["stage"] == "elimination");
    CHECK(doc["rounds"][5]["draw"]["rooms"][0]["teams"][0].contains("pullup"));
    CHECK(doc["rounds"][0]["results"].size() == 11);
    CHECK(doc["rounds"][0]["results"][0]["entered"] == true);
    const nlohmann::json& top = doc["standings"]["teams"]["rows"][0];
    CHECK(top["team"] == "School 02 A");
    CHECK(top["metrics"]["wins"] == 5);
    CHECK(doc["standings"].contains("replies"));
    CHECK(text->find("p@example.kz") == std::string::npos);
    CHECK(text->find("+7 700") == std::string::npos);
    CHECK(text->find("2009-01-02") == std::string::npos);
    // The same files give the same bytes.
    CHECK(tab::export_json(fs, diags, false) == text);

    std::optional<std::string> with = tab::export_json(fs, diags, true);
    REQUIRE(with);
    CHECK(with->find("p@example.kz") != std::string::npos);
    CHECK(with->find("2009-01-02") != std::string::npos);
}

// translations.csv: an organiser's wording replaces the built-in one for its language (or for
// every language when lang is empty); unknown keys, languages and empty texts are reported.
#include <doctest/doctest.h>

#include "../said_in.hpp"

#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("translations.csv overrides entries of its language, or of all when lang is empty") {
    MemoryFileSystem fs;
    fs.files["translations.csv"] = "key,text,lang\n"
                                   "side.og,ПП,ru\n"
                                   "protocol.organiser,Ұйымдастырушы (қолы),kk\n"
                                   "col.team,Фракция,\n";
    Diagnostics diags;
    Catalogue ru = Catalogue::builtin("ru");
    load_catalogue_overrides(ru, fs, diags);
    CHECK(ru.tr("side.og") == "ПП");
    CHECK(ru.tr("protocol.organiser") == "Организатор");  // a Kazakh row leaves Russian alone
    CHECK(ru.tr("col.team") == "Фракция");
    Catalogue kk = Catalogue::builtin("kk");
    load_catalogue_overrides(kk, fs, diags);
    CHECK(kk.tr("side.og") == "АҮ");
    CHECK(kk.tr("protocol.organiser") == "Ұйымдастырушы (қолы)");
    CHECK(diags.all().empty());
}

TEST_CASE("translations.csv problems are reported with their place, no file changes nothing") {
    MemoryFileSystem fs;
    Diagnostics diags;
    Catalogue en = Catalogue::builtin("en");
    load_catalogue_overrides(en, fs, diags);
    CHECK(diags.all().empty());

    fs.files["translations.csv"] = "key,text,lang\n"
                                   "side.ogg,OGG,en\n"
                                   "side.og,Gov 1,de\n"
                                   "side.oo,,en\n";
    load_catalogue_overrides(en, fs, diags);
    REQUIRE(diags.all().size() == 3);
    CHECK(diags.all()[0].severity == Severity::warning);
    CHECK(diags.all()[0].line == 2);
    CHECK(diags.all()[0].message == "found key 'side.ogg', which tab does not use; it is ignored");
    CHECK(diags.all()[1].line == 3);
    CHECK(diags.all()[1].column == 3);
    CHECK(diags.all()[1].message == "found language 'de'; expected en, kk, ru or empty");
    CHECK(diags.all()[2].message == "found an empty text for 'side.oo'; expected the wording to use");
    CHECK(en.tr("side.og") == "OG");
    CHECK(en.tr("side.oo") == "OO");

    fs.files["translations.csv"] = "name,value\nside.og,X\n";
    diags = Diagnostics();
    load_catalogue_overrides(en, fs, diags);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "found no 'key' and 'text' columns; expected the header key,text[,lang]");
}

TEST_CASE("translations.csv problems are said in Kazakh and Russian") {
    MemoryFileSystem fs;
    fs.files["translations.csv"] = "key,text,lang\nside.og,ПП,fr\nno.such,x,\nside.oo,,\n";
    Diagnostics diags;
    Catalogue en = Catalogue::builtin("en");
    load_catalogue_overrides(en, fs, diags);
    REQUIRE(diags.all().size() == 3);
    const std::vector<std::string> codes = {"translations", "csv", "fr", "no", "such", "side", "oo", "en", "kk", "ru", "tab"};
    CHECK(english_left(diags, "ru", codes) == "");
    CHECK(english_left(diags, "kk", codes) == "");
}

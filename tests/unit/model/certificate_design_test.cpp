// [certificates] in tournament.toml: the typed keys, the [[certificates.signatures]] entries in
// order, where the logo is named (for the error when its file is missing), and bad entries.
#include <doctest/doctest.h>

#include "tab/model/loader.hpp"

using namespace tab;

TEST_CASE("certificate design: signatures in order, the logo's position, typed keys") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] =
        "name = \"Cup\"\npreset = \"bp\"\nlocation = \"Алматы\"\n\n"
        "[certificates]\nlogo = \"logo.png\"\norganiser = \"Club\"\n\n"
        "[[certificates.signatures]]\nname = \"Айгерім Нұрланқызы\"\nrole = \"Бас төреші\"\n\n"
        "[[certificates.signatures]]\nname = \"Ерлан Назарбаев\"\n";
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(fs, diags);
    REQUIRE(t);
    CHECK_FALSE(diags.has_errors());
    const CertificateDesign& d = t->certificate_design;
    REQUIRE(d.signatures.size() == 2);
    CHECK(d.signatures[0].name == "Айгерім Нұрланқызы");
    CHECK(d.signatures[0].role == "Бас төреші");
    CHECK(d.signatures[1].name == "Ерлан Назарбаев");
    CHECK(d.signatures[1].role.empty());
    CHECK(d.logo_line == 6);
    CHECK(d.logo_column == 8);
    const Settings s = t->section("certificates");
    CHECK(s.get_string("logo") == "logo.png");
    CHECK(s.get_string("organiser") == "Club");
    CHECK_FALSE(s.has("place"));
}

TEST_CASE("certificate design: a signature without a name and an unknown key are errors") {
    MemoryFileSystem fs;
    fs.files["tournament.toml"] =
        "name = \"Cup\"\npreset = \"bp\"\n\n[certificates]\nlogos = \"x.png\"\n\n"
        "[[certificates.signatures]]\nrole = \"Chief adjudicator\"\n";
    fs.files["teams.csv"] = "team,institution,speaker\n";
    Diagnostics diags;
    load_tournament(fs, diags);
    std::string all;
    for (const Diagnostic& d : diags.all()) all += format_diagnostic(d) + "\n";
    INFO(all);
    CHECK(all.find("tournament.toml:5:") != std::string::npos);   // logos: unknown
    CHECK(all.find("'name'") != std::string::npos);               // the signature's missing name
}

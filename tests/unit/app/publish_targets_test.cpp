// Where publish may write: never into the tournament directory, never over a folder of files it
// did not write (a hand-made index.html) unless forced; a folder it wrote before is updated.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include "example.hpp"
#include "tab/app/publish.hpp"
#include "tab/io/disk_filesystem.hpp"

using namespace tab;

TEST_CASE("publish targets: an empty folder gets the pages and the marker, and is updated again") {
    test::Example e = test::example("wsdc-open");
    MemoryFileSystem site;
    Diagnostics diags;
    REQUIRE(app::publish(e.fs, site, {"site", "", false, false}, diags));
    CHECK(site.exists(app::site_marker));
    CHECK(site.exists("index.html"));
    REQUIRE(app::publish(e.fs, site, {"site", "", false, false}, diags));
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("publish targets: a folder of other files is refused (exit 3) unless forced, nothing is written") {
    test::Example e = test::example("wsdc-open");
    MemoryFileSystem site;
    site.files["index.html"] = "<p>our own page</p>";
    Diagnostics refused;
    CHECK_FALSE(app::publish(e.fs, site, {"site", "", false, false}, refused));
    CHECK(refused.first_failure() == Failure::refused_overwrite);
    CHECK(refused.all().at(0).message.find("site holds files that tab publish did not write") != std::string::npos);
    CHECK(site.files.size() == 1);
    CHECK(site.files["index.html"] == "<p>our own page</p>");

    Diagnostics forced;
    REQUIRE(app::publish(e.fs, site, {"site", "", false, true}, forced));
    CHECK(site.files["index.html"] != "<p>our own page</p>");
}

TEST_CASE("publish targets: a folder inside the tournament directory is refused, even forced") {
    test::Example e = test::example("wsdc-open");
    MemoryFileSystem site;
    Diagnostics diags;
    CHECK_FALSE(app::publish(e.fs, site, {"site", "", true, true}, diags));
    CHECK(diags.first_failure() == Failure::usage);
    CHECK(site.files.empty());
}

TEST_CASE("publish targets: directory_inside follows symbolic links and folders still to be made") {
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / ("tab-publish-targets-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "cup" / "rounds");
    fs::create_directories(root / "elsewhere");
    fs::create_directory_symlink(root / "cup", root / "link-to-cup");
    const std::string cup = (root / "cup").string();
    CHECK(directory_inside(cup, cup));
    CHECK(directory_inside((root / "cup" / "site").string(), cup));          // not made yet
    CHECK(directory_inside((root / "cup" / "a" / "b").string(), cup));
    CHECK(directory_inside((root / "link-to-cup" / "site").string(), cup));  // through a link
    CHECK(directory_inside((root / "elsewhere" / ".." / "cup" / "x").string(), cup));
    CHECK_FALSE(directory_inside((root / "elsewhere" / "site").string(), cup));
    CHECK_FALSE(directory_inside((root / "cup-site").string(), cup));
    fs::remove_all(root);
}

// The real file system never writes outside its root, whatever path it is handed.
#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include "tab/io/disk_filesystem.hpp"

namespace fs = std::filesystem;

namespace {

// A fresh folder with a tournament directory `t` and a neighbour `other` beside it.
struct Scratch {
    fs::path base = fs::temp_directory_path() / ("tab-diskfs-" + std::to_string(::getpid()));
    Scratch() {
        fs::remove_all(base);
        fs::create_directories(base / "t" / "rounds");
        fs::create_directories(base / "other" / "rounds");
    }
    ~Scratch() { fs::remove_all(base); }
};

}  // namespace

TEST_CASE("DiskFileSystem writes inside its root and refuses every way out") {
    Scratch scratch;
    tab::DiskFileSystem disk((scratch.base / "t").string());
    tab::Message error;

    CHECK(disk.write_atomic("rounds/R1/draw.csv", "x\n", &error));
    CHECK(disk.read("rounds/R1/draw.csv") == "x\n");

    CHECK_FALSE(disk.write_atomic("../other/rounds/R1/draw.csv", "evil\n", &error));
    CHECK(error.key == "diag.files.outside_root");
    CHECK(error.text.find("leads outside") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch.base / "other" / "rounds" / "R1"));

    CHECK_FALSE(disk.write_atomic("rounds/../../other/x.csv", "evil\n", &error));
    CHECK_FALSE(disk.write_atomic((scratch.base / "other" / "x.csv").string(), "evil\n", &error));
    CHECK_FALSE(disk.write_atomic("", "evil\n", &error));
    CHECK_FALSE(fs::exists(scratch.base / "other" / "x.csv"));

    // A folder of the tournament that is a symbolic link to somewhere else is not written through.
    fs::create_directory_symlink(scratch.base / "other" / "rounds", scratch.base / "t" / "linked");
    CHECK_FALSE(disk.write_atomic("linked/R9/draw.csv", "evil\n", &error));
    CHECK_FALSE(fs::exists(scratch.base / "other" / "rounds" / "R9"));

    // A root given with a trailing slash or as a relative path works the same.
    tab::DiskFileSystem slashed((scratch.base / "t").string() + "/");
    CHECK(slashed.write_atomic("a.csv", "a\n", &error));
    CHECK_FALSE(slashed.write_atomic("../other/a.csv", "a\n", &error));
}

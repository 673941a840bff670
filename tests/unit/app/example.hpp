// A bundled example tournament in memory, for the application layer's tests.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tab/base/filesystem.hpp"
#include "tab/model/loader.hpp"

namespace tab::test {

struct Example {
    MemoryFileSystem fs;
    Tournament t;
};

inline Example example(const std::string& name) {
    Example e;
    const std::filesystem::path root = std::filesystem::path(TAB_SOURCE_DIR) / "examples" / name;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        e.fs.files[std::filesystem::relative(entry.path(), root).generic_string()] = text.str();
    }
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(e.fs, diags);
    REQUIRE(t);
    e.t = std::move(*t);
    return e;
}

}  // namespace tab::test

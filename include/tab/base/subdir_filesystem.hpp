// A view of one directory of another file system: a season's commands hold one FileSystem rooted
// at the season directory and hand each tournament a SubdirFileSystem of its own directory, so the
// loader, the results and the writers read and write tournament files by their usual paths.
#pragma once

#include <string>

#include "tab/base/filesystem.hpp"

namespace tab {

class SubdirFileSystem : public FileSystem {
public:
    // `dir` is relative to base's root ("" or "." = the root itself); base must outlive the view.
    SubdirFileSystem(FileSystem& base, std::string dir);

    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool write_atomic(const std::string& path, const std::string& content, Message* error) override;
    bool write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error) override;
    std::vector<std::string> list(const std::string& dir) const override;

    // The path of a file of this view as the base sees it.
    std::string full(const std::string& path) const;

private:
    FileSystem& base_;
    std::string dir_;  // without a trailing '/'; empty = the root
};

}  // namespace tab

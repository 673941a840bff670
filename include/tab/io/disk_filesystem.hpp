// The real file system under a root directory (the tournament directory).
#pragma once

#include <string>

#include "tab/base/filesystem.hpp"

namespace tab {

class DiskFileSystem : public FileSystem {
public:
    explicit DiskFileSystem(std::string root) : root_(std::move(root)) {}

    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool write_atomic(const std::string& path, const std::string& content, std::string* error) override;
    std::vector<std::string> list(const std::string& dir) const override;

    const std::string& root() const { return root_; }
    // False for a path that is absolute, holds "..", or resolves (through symbolic links) to a
    // place outside the root: write_atomic refuses those.
    bool stays_inside(const std::string& path) const;

private:
    std::string root_;
    std::string full(const std::string& path) const;
};

// True if `inner` is `outer` or lies inside it, following symbolic links of the parts that exist
// (`inner` may not exist yet): publish refuses to write its site into the tournament directory.
bool directory_inside(const std::string& inner, const std::string& outer);

}  // namespace tab

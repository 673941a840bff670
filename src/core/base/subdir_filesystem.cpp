#include "tab/base/subdir_filesystem.hpp"

namespace tab {

SubdirFileSystem::SubdirFileSystem(FileSystem& base, std::string dir) : base_(base), dir_(std::move(dir)) {
    while (!dir_.empty() && dir_.back() == '/') dir_.pop_back();
    if (dir_ == ".") dir_.clear();
}

std::string SubdirFileSystem::full(const std::string& path) const {
    if (dir_.empty()) return path;
    if (path.empty() || path == ".") return dir_;
    return dir_ + "/" + path;
}

std::optional<std::string> SubdirFileSystem::read(const std::string& path) const { return base_.read(full(path)); }

bool SubdirFileSystem::exists(const std::string& path) const { return base_.exists(full(path)); }

bool SubdirFileSystem::write_atomic(const std::string& path, const std::string& content, std::string* error) {
    return base_.write_atomic(full(path), content, error);
}

std::vector<std::string> SubdirFileSystem::list(const std::string& dir) const { return base_.list(full(dir)); }

}  // namespace tab

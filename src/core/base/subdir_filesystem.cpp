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

bool SubdirFileSystem::write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files,
                                          Message* error) {
    std::vector<std::pair<std::string, std::string>> in_base;
    for (const auto& [path, content] : files) in_base.emplace_back(full(path), content);
    return base_.write_atomic_group(in_base, error);
}

bool SubdirFileSystem::write_atomic(const std::string& path, const std::string& content, Message* error) {
    return base_.write_atomic(full(path), content, error);
}

std::vector<std::string> SubdirFileSystem::list(const std::string& dir) const { return base_.list(full(dir)); }

}  // namespace tab

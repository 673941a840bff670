#include <set>

#include "tab/base/filesystem.hpp"

namespace tab {

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::exists(const std::string& path) const {
    if (files.count(path)) return true;
    const std::string prefix = path + "/";
    auto it = files.lower_bound(prefix);
    return it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool MemoryFileSystem::write_atomic(const std::string& path, const std::string& content, Message*) {
    files[path] = content;
    return true;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
    const std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
    std::set<std::string> names;
    for (auto it = files.lower_bound(prefix); it != files.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0) break;
        std::string rest = it->first.substr(prefix.size());
        names.insert(rest.substr(0, rest.find('/')));
    }
    return {names.begin(), names.end()};
}

}  // namespace tab

// Atomic writes: the content goes to a temporary file beside the target, is flushed to disk,
// and is renamed over the target, so a crash leaves either the old file or the new one.
// Writes stay inside the root: a path that is absolute, climbs with "..", or leads out through a
// symbolic link (a folder of the tournament that links elsewhere) is refused, so that an id read
// from an archive or a file can never make tab write into another directory.
#include "tab/io/disk_filesystem.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tab {

std::string DiskFileSystem::full(const std::string& path) const {
    if (path.empty() || path == ".") return root_;
    return (std::filesystem::path(root_) / path).string();
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(full(path), ec)) return std::nullopt;
    std::ifstream in(full(path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

bool DiskFileSystem::exists(const std::string& path) const {
    std::error_code ec;
    return std::filesystem::exists(full(path), ec);
}

namespace {

// The deepest part of `path` that exists, resolved through symbolic links.
std::filesystem::path resolved_existing_part(std::filesystem::path path) {
    std::error_code ec;
    while (!path.empty() && !std::filesystem::exists(path, ec)) path = path.parent_path();
    return std::filesystem::canonical(path.empty() ? "." : path, ec);
}

bool is_inside(const std::filesystem::path& inner, const std::filesystem::path& outer) {
    auto [end, _] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
    return end == outer.end();
}

}  // namespace

bool DiskFileSystem::stays_inside(const std::string& path) const {
    const std::filesystem::path relative(path);
    if (path.empty() || relative.is_absolute()) return false;
    for (const std::filesystem::path& part : relative)
        if (part == "..") return false;
    return is_inside(resolved_existing_part(full(path)), resolved_existing_part(root_));
}

bool directory_inside(const std::string& inner, const std::string& outer) {
    std::error_code ec;
    const std::filesystem::path absolute_inner = std::filesystem::absolute(inner, ec);
    if (ec) return false;
    // The existing part resolved, then the parts still to be created appended as they are.
    std::filesystem::path existing = absolute_inner, rest;
    while (!existing.empty() && existing != existing.root_path() && !std::filesystem::exists(existing, ec)) {
        rest = existing.filename() / rest;
        existing = existing.parent_path();
    }
    const std::filesystem::path resolved = (resolved_existing_part(existing) / rest).lexically_normal();
    return is_inside(resolved, resolved_existing_part(std::filesystem::absolute(outer, ec)));
}

bool DiskFileSystem::write_atomic(const std::string& path, const std::string& content, std::string* error) {
    const std::filesystem::path target = full(path);
    if (!stays_inside(path)) {
        if (error) *error = "refused to write " + target.string() + ": the path leads outside " + root_;
        return false;
    }
    std::error_code ec;
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) {
        if (error) *error = "cannot create " + target.parent_path().string() + ": " + ec.message();
        return false;
    }
    std::string tmp = target.string() + ".tmp-XXXXXX";
    int fd = mkstemp(tmp.data());
    if (fd < 0) {
        if (error) *error = "cannot write " + target.string() + ": " + std::strerror(errno);
        return false;
    }
    size_t written = 0;
    while (written < content.size()) {
        ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        written += static_cast<size_t>(n);
    }
    bool ok = written == content.size() && ::fsync(fd) == 0;
    ::fchmod(fd, 0644);
    ok = (::close(fd) == 0) && ok;
    if (ok) ok = std::rename(tmp.c_str(), target.c_str()) == 0;
    if (!ok) {
        if (error) *error = "cannot write " + target.string() + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
    }
    return ok;
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(full(dir), ec))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace tab

// Atomic writes: the content goes to a temporary file beside the target, is flushed to disk,
// and is renamed over the target, so a crash leaves either the old file or the new one.
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

bool DiskFileSystem::write_atomic(const std::string& path, const std::string& content, std::string* error) {
    const std::filesystem::path target = full(path);
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

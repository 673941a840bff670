// Atomic writes: the content goes to a temporary file beside the target, is flushed to disk,
// and is renamed over the target, so a crash leaves either the old file or the new one.
// Writes stay inside the root: a path that is absolute, climbs with "..", or leads out through a
// symbolic link (a folder of the tournament that links elsewhere) is refused, so that an id read
// from an archive or a file can never make tab write into another directory.
#include "tab/io/disk_filesystem.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tab/io/os_error.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

// The lock file of a tournament directory. flock() locks are released by the kernel when the
// process ends in any way, so a crash never leaves the directory locked.
constexpr const char* lock_file = ".tab.lock";
// The journal of a group write (write_atomic_group) between its decision and its last rename.
constexpr const char* journal_file = ".tab.journal";

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {
    if (const char* n = std::getenv("TAB_TEST_FAIL_AFTER_WRITES")) fail_after_writes_ = std::strtol(n, nullptr, 10);
    if (const char* name = std::getenv("TAB_TEST_WRITES_FAIL_WITH")) failing_errno_ = errno_named(name).value_or(0);
}

DiskFileSystem::~DiskFileSystem() {
    std::error_code ec;
    if (!staging_.empty()) std::filesystem::remove_all(staging_, ec);  // not committed: the root stays as it was
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

bool DiskFileSystem::lock_for_writing(Message* error) {
    if (lock_fd_ >= 0) return true;
    // A new directory (init, import, a new site) is created to hold its lock.
    std::error_code ec;
    std::filesystem::create_directories(root_, ec);
    if (ec) {
        if (error) *error = file_failure("diag.files.cannot_create", {{"dir", root_}}, os_reason(ec));
        return false;
    }
    const std::string path = (std::filesystem::path(root_) / lock_file).string();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error) *error = file_failure("diag.files.cannot_lock", {{"lock", path}}, os_reason(errno));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int reason = errno;
        ::close(fd);
        if (error)
            *error = reason == EWOULDBLOCK ? message("lock.held", {{"dir", root_}, {"lock", path}})
                                           : file_failure("diag.files.cannot_lock", {{"lock", path}}, os_reason(reason));
        return false;
    }
    lock_fd_ = fd;
    return finish_journal(error);  // a killed group write of an earlier process
}

namespace {

// The root as an absolute path without a trailing '/': its parent holds the staging sibling.
std::filesystem::path absolute_root(const std::string& root) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(root, ec).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();
    return p;
}

// Staging siblings ROOT.tmp-XXXXXX a killed run left behind. Only the holder of the root's lock
// stages, so while we hold it no other process is using one.
void remove_stale_staging(const std::filesystem::path& root) {
    const std::string prefix = root.filename().string() + ".tmp-";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0)
            std::filesystem::remove_all(entry.path(), ec);
    }
}

}  // namespace

bool DiskFileSystem::stage_writes(Message* error) {
    if (!staging_.empty()) return true;
    if (!lock_for_writing(error)) return false;
    const std::filesystem::path root = absolute_root(root_);
    remove_stale_staging(root);
    std::string staging = root.string() + ".tmp-XXXXXX";
    if (!::mkdtemp(staging.data())) {
        if (error) *error = file_failure("diag.files.cannot_create", {{"dir", staging}}, os_reason(errno));
        return false;
    }
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
        if (entry.path().filename() == lock_file) continue;
        std::filesystem::copy(entry.path(), std::filesystem::path(staging) / entry.path().filename(),
                              std::filesystem::copy_options::recursive | std::filesystem::copy_options::copy_symlinks, ec);
        if (ec) break;
    }
    if (ec) {
        if (error) *error = file_failure("diag.files.cannot_copy", {{"dir", root.string()}, {"staging", staging}}, os_reason(ec));
        std::filesystem::remove_all(staging, ec);
        return false;
    }
    ::chmod(staging.c_str(), 0755);  // mkdtemp makes it 0700; the root it becomes is an ordinary folder
    staging_ = staging;
    return true;
}

bool DiskFileSystem::commit_writes(Message* error) {
    if (staging_.empty()) return true;
    const std::string root = absolute_root(root_).string();
    // One atomic step: the staging copy becomes the root, the old root takes the staging name.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, root.c_str(), RENAME_EXCHANGE) != 0) {
        if (error) *error = file_failure("diag.files.cannot_commit", {{"staging", staging_}, {"dir", root}}, os_reason(errno));
        return false;
    }
    std::error_code ec;
    std::filesystem::remove_all(staging_, ec);  // the old root; what a failure here leaves is cleaned next time
    staging_.clear();
    return true;
}

std::string DiskFileSystem::full(const std::string& path) const {
    if (path.empty() || path == ".") return base();
    return (std::filesystem::path(base()) / path).string();
}

namespace {

// The (temporary, target) lines of the journal at `journal_path`, paths relative to the
// directory; none when there is no journal (no group write was interrupted).
std::vector<std::pair<std::string, std::string>> journal_entries(const std::string& journal_path) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::ifstream lines(journal_path, std::ios::binary);
    for (std::string line; std::getline(lines, line);)
        if (size_t tab = line.find('\t'); tab != std::string::npos) entries.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    return entries;
}

}  // namespace

std::string DiskFileSystem::current(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::exists(full(journal_file), ec)) return full(path);
    for (const auto& [tmp, target] : journal_entries(full(journal_file)))
        if (target == path && std::filesystem::exists(full(tmp), ec)) return full(tmp);
    return full(path);
}

bool DiskFileSystem::finish_journal(Message* error) {
    std::error_code ec;
    if (!std::filesystem::exists(full(journal_file), ec)) return true;
    for (const auto& [tmp, target] : journal_entries(full(journal_file))) {
        if (!std::filesystem::exists(full(tmp), ec)) continue;  // renamed before the kill
        if (std::rename(full(tmp).c_str(), full(target).c_str()) != 0) {
            if (error) *error = file_failure("diag.files.cannot_write", {{"file", full(target)}}, os_reason(errno));
            return false;  // the journal stays: the next command tries again
        }
        count_write();
    }
    if (::unlink(full(journal_file).c_str()) != 0) {
        if (error) *error = file_failure("diag.files.cannot_remove", {{"file", full(journal_file)}}, os_reason(errno));
        return false;
    }
    return true;
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::error_code ec;
    const std::string file = current(path);
    if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

bool DiskFileSystem::exists(const std::string& path) const {
    std::error_code ec;
    return std::filesystem::exists(current(path), ec);
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
    return is_inside(resolved_existing_part(full(path)), resolved_existing_part(base()));
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

bool DiskFileSystem::write_temporary(const std::string& path, const std::string& content, std::string* tmp,
                                     Message* error) {
    const std::filesystem::path target = full(path);
    if (!stays_inside(path)) {
        if (error) *error = message("diag.files.outside_root", {{"file", target.string()}, {"dir", base()}});
        return false;
    }
    std::error_code ec;
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) {
        if (error) *error = file_failure("diag.files.cannot_create", {{"dir", target.parent_path().string()}}, os_reason(ec));
        return false;
    }
    if (std::filesystem::is_directory(target, ec)) {  // caught before a group write decides anything
        if (error) *error = file_failure("diag.files.cannot_write", {{"file", target.string()}}, os_reason(EISDIR));
        return false;
    }
    *tmp = target.string() + ".tmp-XXXXXX";
    int fd = mkstemp(tmp->data());
    if (fd < 0) {
        if (error) *error = file_failure("diag.files.cannot_write", {{"file", target.string()}}, os_reason(errno));
        return false;
    }
    int failure = failing_errno_;  // the first errno of the writes, the flush and the close; 0 = none
    size_t written = 0;
    while (failure == 0 && written < content.size()) {
        ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno != EINTR) failure = errno;
        if (n > 0) written += static_cast<size_t>(n);
    }
    if (failure == 0 && ::fsync(fd) != 0) failure = errno;
    ::fchmod(fd, 0644);
    if (::close(fd) != 0 && failure == 0) failure = errno;
    if (failure != 0) {
        if (error) *error = file_failure("diag.files.cannot_write", {{"file", target.string()}}, os_reason(failure));
        ::unlink(tmp->c_str());
    }
    return failure == 0;
}

void DiskFileSystem::count_write() {
    if (fail_after_writes_ > 0 && ++writes_ >= fail_after_writes_) ::_exit(137);
}

bool DiskFileSystem::write_atomic(const std::string& path, const std::string& content, Message* error) {
    std::string tmp;
    if (!write_temporary(path, content, &tmp, error)) return false;
    if (std::rename(tmp.c_str(), full(path).c_str()) != 0) {
        if (error) *error = file_failure("diag.files.cannot_write", {{"file", full(path)}}, os_reason(errno));
        ::unlink(tmp.c_str());
        return false;
    }
    count_write();
    return true;
}

bool DiskFileSystem::write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error) {
    std::string journal;
    std::vector<std::string> written;  // the temporaries, removed if the group fails before its journal
    bool ok = true;
    for (const auto& [path, content] : files) {
        std::string tmp;
        if (!(ok = write_temporary(path, content, &tmp, error))) break;
        written.push_back(tmp);
        count_write();
        // The temporary's name relative to the directory: its target's path and the suffix.
        journal += path + tmp.substr(full(path).size()) + "\t" + path + "\n";
    }
    if (ok) ok = write_atomic(journal_file, journal, error);  // from here on, the new files hold
    if (!ok) {
        for (const std::string& tmp : written) ::unlink(tmp.c_str());
        return false;
    }
    return finish_journal(error);
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

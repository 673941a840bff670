#include "tab/base/filesystem.hpp"

namespace tab {

bool write_file(FileSystem& fs, const std::string& path, const std::string& content, Diagnostics& diags) {
    std::string reason;
    if (fs.write_atomic(path, content, &reason)) return true;
    // reason is the system's own wording (strerror), passed on as it is.
    diags.fail(Failure::cannot, Message{"diag.files.cannot_write", {{"file", path}, {"reason", reason}},
                                        "cannot write " + path + ": " + reason});
    return false;
}

bool FileSystem::write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, std::string* error) {
    for (const auto& [path, content] : files) {
        std::string reason;
        if (!write_atomic(path, content, &reason)) {
            if (error) *error = "cannot write " + path + ": " + reason;
            return false;
        }
    }
    return true;
}

bool write_files(FileSystem& fs, const std::vector<std::pair<std::string, std::string>>& files, Diagnostics& diags) {
    std::string reason;
    if (fs.write_atomic_group(files, &reason)) return true;
    diags.fail(Failure::cannot, reason);
    return false;
}

bool lock_for_writing(FileSystem& fs, Diagnostics& diags) {
    std::string reason;
    if (fs.lock_for_writing(&reason)) return true;
    diags.fail(Failure::cannot, reason);
    return false;
}

bool stage_writes(FileSystem& fs, Diagnostics& diags) {
    std::string reason;
    if (fs.stage_writes(&reason)) return true;
    diags.fail(Failure::cannot, reason);
    return false;
}

bool commit_writes(FileSystem& fs, Diagnostics& diags) {
    std::string reason;
    if (fs.commit_writes(&reason)) return true;
    diags.fail(Failure::cannot, reason);
    return false;
}

}  // namespace tab

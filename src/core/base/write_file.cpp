#include "tab/base/filesystem.hpp"

namespace tab {

// The file system words its failures (what, which path, why) as catalogue messages: passed on as they are.

bool write_file(FileSystem& fs, const std::string& path, const std::string& content, Diagnostics& diags) {
    Message error;
    if (fs.write_atomic(path, content, &error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

bool FileSystem::write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error) {
    for (const auto& [path, content] : files)
        if (!write_atomic(path, content, error)) return false;
    return true;
}

bool write_files(FileSystem& fs, const std::vector<std::pair<std::string, std::string>>& files, Diagnostics& diags) {
    Message error;
    if (fs.write_atomic_group(files, &error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

bool lock_for_writing(FileSystem& fs, Diagnostics& diags) {
    Message error;
    if (fs.lock_for_writing(&error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

bool stage_writes(FileSystem& fs, Diagnostics& diags) {
    Message error;
    if (fs.stage_writes(&error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

bool commit_writes(FileSystem& fs, Diagnostics& diags) {
    Message error;
    if (fs.commit_writes(&error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

}  // namespace tab

#include "tab/base/filesystem.hpp"

namespace tab {

bool write_file(FileSystem& fs, const std::string& path, const std::string& content, Diagnostics& diags) {
    std::string reason;
    if (fs.write_atomic(path, content, &reason)) return true;
    diags.fail(Failure::cannot, "cannot write " + path + ": " + reason);
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

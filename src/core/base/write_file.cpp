#include "tab/base/filesystem.hpp"

namespace tab {

namespace {

// Runs a file system operation; its failure, which the file system words itself (what, which
// path, why) as a catalogue message, goes to diags as it is.
template <typename Operation>
bool told(Operation operation, Diagnostics& diags) {
    Message error;
    if (operation(&error)) return true;
    diags.fail(Failure::cannot, std::move(error));
    return false;
}

}  // namespace

bool FileSystem::write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error) {
    for (const auto& [path, content] : files)
        if (!write_atomic(path, content, error)) return false;
    return true;
}

bool write_file(FileSystem& fs, const std::string& path, const std::string& content, Diagnostics& diags) {
    return told([&](Message* error) { return fs.write_atomic(path, content, error); }, diags);
}

bool write_files(FileSystem& fs, const std::vector<std::pair<std::string, std::string>>& files, Diagnostics& diags) {
    return told([&](Message* error) { return fs.write_atomic_group(files, error); }, diags);
}

bool lock_for_writing(FileSystem& fs, Diagnostics& diags) {
    return told([&](Message* error) { return fs.lock_for_writing(error); }, diags);
}

bool stage_writes(FileSystem& fs, Diagnostics& diags) {
    return told([&](Message* error) { return fs.stage_writes(error); }, diags);
}

bool commit_writes(FileSystem& fs, Diagnostics& diags) {
    return told([&](Message* error) { return fs.commit_writes(error); }, diags);
}

}  // namespace tab

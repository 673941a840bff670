// The only way the core reads or writes files. The CLI hands it a DiskFileSystem rooted at the
// tournament directory; tests hand it a MemoryFileSystem. Paths are relative to the root and use '/'.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tab/base/diagnostics.hpp"

namespace tab {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The whole file, or nullopt if it does not exist or cannot be read.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool exists(const std::string& path) const = 0;
    // Writes through a temporary file renamed into place, creating parent directories.
    // Returns false and sets *error on failure: the whole failure as a catalogue message (what
    // could not be done, to which path, and the system's reason), never words of its own.
    virtual bool write_atomic(const std::string& path, const std::string& content, Message* error) = 0;
    // Writes several files (path, content) so that a crash, a kill or a failed write leaves all
    // of them as they were or all of them new, never a mixture: a draw's draw.csv and draw.toml.
    // The default writes them one after the other (enough in memory). DiskFileSystem: through a
    // journal (see there). Returns false and sets *error on failure.
    virtual bool write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error);
    // Names (not paths) of the entries of a directory, sorted; empty if it does not exist.
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
    // Keeps every other tab process from writing this directory until this object is gone
    // (DiskFileSystem: an flock on .tab.lock, released on exit or crash). False with *error when
    // another process holds it or it cannot be taken. Taking it again is harmless. Nothing to
    // share in memory: true.
    virtual bool lock_for_writing(Message* error) {
        (void)error;
        return true;
    }
    // From stage_writes() until commit_writes(), every write lands in a staging copy of the
    // whole directory, which commit_writes() puts in place at once: a crash, a kill or a failed
    // write in between leaves the directory as it was. For commands that write many files (init,
    // import, publish). DiskFileSystem: it takes the lock, copies the root into a sibling
    // ROOT.tmp-XXXXXX (removing stale ones a killed run left) and exchanges the two at commit.
    // Nothing to do in memory: true.
    virtual bool stage_writes(Message* error) {
        (void)error;
        return true;
    }
    virtual bool commit_writes(Message* error) {
        (void)error;
        return true;
    }
};

// A file system held in memory, for tests.
class MemoryFileSystem : public FileSystem {
public:
    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool write_atomic(const std::string& path, const std::string& content, Message* error) override;
    std::vector<std::string> list(const std::string& dir) const override;

    std::map<std::string, std::string> files;
};

// fs.write_atomic, a failure told in diags (Failure::cannot) as the file system words it
// ("cannot write PATH: reason"): how the core writes a file.
bool write_file(FileSystem& fs, const std::string& path, const std::string& content, Diagnostics& diags);

// fs.write_atomic_group, a failure told in diags (Failure::cannot) with the path and the reason.
bool write_files(FileSystem& fs, const std::vector<std::pair<std::string, std::string>>& files, Diagnostics& diags);

// fs.lock_for_writing, a failure told in diags (Failure::cannot): what a command that writes into
// the tournament calls before it reads what it decides on.
bool lock_for_writing(FileSystem& fs, Diagnostics& diags);

// fs.stage_writes and fs.commit_writes, a failure told in diags (Failure::cannot).
bool stage_writes(FileSystem& fs, Diagnostics& diags);
bool commit_writes(FileSystem& fs, Diagnostics& diags);

}  // namespace tab

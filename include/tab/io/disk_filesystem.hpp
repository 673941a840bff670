// The real file system under a root directory (the tournament directory).
#pragma once

#include <string>

#include "tab/base/filesystem.hpp"

namespace tab {

class DiskFileSystem : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    ~DiskFileSystem() override;
    DiskFileSystem(const DiskFileSystem&) = delete;
    DiskFileSystem& operator=(const DiskFileSystem&) = delete;

    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool write_atomic(const std::string& path, const std::string& content, Message* error) override;
    // Each new content into a flushed temporary beside its target; then the journal .tab.journal
    // (one line "temporary<TAB>target" per file), written atomically, decides the new state; then
    // the renames, then the journal is removed. A kill before the journal leaves the old files
    // (and stray temporaries); after it, reads see the new ones through the journal, and the next
    // command that takes the lock finishes the renames.
    bool write_atomic_group(const std::vector<std::pair<std::string, std::string>>& files, Message* error) override;
    std::vector<std::string> list(const std::string& dir) const override;
    bool lock_for_writing(Message* error) override;
    bool stage_writes(Message* error) override;
    bool commit_writes(Message* error) override;

    const std::string& root() const { return root_; }
    // False for a path that is absolute, holds "..", or resolves (through symbolic links) to a
    // place outside the root: write_atomic refuses those.
    bool stays_inside(const std::string& path) const;

private:
    std::string root_;
    int lock_fd_ = -1;  // the open .tab.lock while this process holds the lock
    std::string staging_;  // between stage_writes and commit_writes: the sibling written into
    // Tests of crash safety set TAB_TEST_FAIL_AFTER_WRITES=N: the process dies (_exit(137), as
    // if killed) right after its Nth file is written. 0: never.
    long fail_after_writes_ = 0;
    // Tests of failed writes set TAB_TEST_WRITES_FAIL_WITH to an errno's name ("enospc"): every
    // file written fails with it, as the system's own failure would. 0: never.
    int failing_errno_ = 0;
    long writes_ = 0;
    // The content in a new temporary file beside path's target, flushed; its full path in *tmp.
    bool write_temporary(const std::string& path, const std::string& content, std::string* tmp, Message* error);
    // The fault hook: dies after the Nth file written (TAB_TEST_FAIL_AFTER_WRITES).
    void count_write();
    // The renames of an unfinished group write (.tab.journal), then the journal removed.
    bool finish_journal(Message* error);
    // The file a read of `path` sees: the temporary an unfinished group write has for it, or itself.
    std::string current(const std::string& path) const;
    // Where paths point now: the staging copy while there is one, else the root.
    const std::string& base() const { return staging_.empty() ? root_ : staging_; }
    std::string full(const std::string& path) const;
};

// True if `inner` is `outer` or lies inside it, following symbolic links of the parts that exist
// (`inner` may not exist yet): publish refuses to write its site into the tournament directory.
bool directory_inside(const std::string& inner, const std::string& outer);

}  // namespace tab

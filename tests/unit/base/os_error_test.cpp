// A failed file operation is told with the system's reason as a catalogue entry per errno, so
// that a Kazakh or Russian reader reads it in their language; an errno without one keeps the
// system's own text as the argument of diag.os.other.
#include <doctest/doctest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unistd.h>

#include "tab/io/disk_filesystem.hpp"
#include "tab/io/os_error.hpp"
#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("os_reason: each listed errno has its own entry, in every language") {
    const std::vector<std::pair<int, std::string>> listed = {
        {ENOENT, "enoent"}, {EACCES, "eacces"},   {EPERM, "eperm"},   {ENOSPC, "enospc"},
        {EDQUOT, "edquot"}, {EROFS, "erofs"},     {EEXIST, "eexist"}, {ENOTDIR, "enotdir"},
        {EISDIR, "eisdir"}, {ENAMETOOLONG, "enametoolong"},           {EMFILE, "emfile"},
        {ENFILE, "enfile"}, {EIO, "eio"},         {ELOOP, "eloop"},   {EXDEV, "exdev"},
        {EBUSY, "ebusy"},   {ENOTEMPTY, "enotempty"},
    };
    for (const auto& [errnum, name] : listed) {
        CAPTURE(name);
        const Message reason = os_reason(errnum);
        CHECK(reason.key == "diag.os." + name);
        CHECK(reason.args.empty());
        CHECK(errno_named(name) == errnum);
        // The English entry is the system's own wording (glibc's), as tab said it before.
        CHECK(reason.text == std::strerror(errnum));
        for (const std::string& lang : supported_languages()) CHECK(builtin_entries(lang).count(reason.key) == 1);
        CHECK(Catalogue::builtin("ru").say(reason) != reason.text);
        CHECK(Catalogue::builtin("kk").say(reason) != reason.text);
    }
    CHECK(os_reason(std::make_error_code(std::errc::no_space_on_device)).key == "diag.os.enospc");
}

TEST_CASE("os_reason: an errno without an entry says the system's text") {
    const Message reason = os_reason(ENOTSOCK);
    CHECK(reason.key == "diag.os.other");
    CHECK(reason.args == MessageArgs{{"system_error", std::strerror(ENOTSOCK)}});
    CHECK(reason.text == std::strerror(ENOTSOCK));
    CHECK(Catalogue::builtin("ru").say(reason) == std::string("ошибка системы: ") + std::strerror(ENOTSOCK));
    CHECK_FALSE(errno_named("enotsock"));
}

TEST_CASE("file_failure: the action with the reason inside, said in Russian without English") {
    const Message m = file_failure("diag.files.cannot_write", {{"file", "rounds/R1/draw.csv"}}, os_reason(ENOSPC));
    CHECK(m.text == "cannot write rounds/R1/draw.csv: No space left on device");
    CHECK(Catalogue::builtin("ru").say(m) == "не удаётся записать rounds/R1/draw.csv: на диске не осталось места");
    CHECK(Catalogue::builtin("kk").say(m) == "rounds/R1/draw.csv файлын жазу мүмкін емес: дискіде бос орын қалмады");
}

TEST_CASE("DiskFileSystem: an injected failure (TAB_TEST_WRITES_FAIL_WITH) is told like the system's") {
    const std::filesystem::path root = std::filesystem::temp_directory_path() / ("tab-oserror-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root);
    ::setenv("TAB_TEST_WRITES_FAIL_WITH", "enospc", 1);
    DiskFileSystem disk(root.string());
    ::unsetenv("TAB_TEST_WRITES_FAIL_WITH");
    Diagnostics diags;
    CHECK_FALSE(write_file(disk, "a.csv", "x\n", diags));
    REQUIRE(diags.all().size() == 1);
    const Diagnostic& d = diags.all()[0];
    CHECK(d.failure == Failure::cannot);
    CHECK(d.key == "diag.files.cannot_write");
    CHECK(d.message == "cannot write " + (root / "a.csv").string() + ": No space left on device");
    CHECK_FALSE(disk.exists("a.csv"));
    CHECK(disk.list(".").empty());  // no temporary left behind
    std::filesystem::remove_all(root);
}

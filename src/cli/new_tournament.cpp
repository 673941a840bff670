// Writing a new tournament directory. `tab init` and `tab import` never replace a file: if the
// directory already holds tournament.toml or any participant file they would write, they
// write nothing, name the files and exit with 3. There is deliberately no --force: a
// tournament directory holds hand-edited work, and removing it is a step a person should take.
#include "new_tournament.hpp"

#include <filesystem>

#include "tab/io/disk_filesystem.hpp"
#include "tab/archive/writer.hpp"

namespace tab::cli {

std::string target_directory(const Context& ctx, const std::string& dir) {
    const std::filesystem::path p(dir);
    if (p.is_absolute() || ctx.options().dir == ".") return dir;
    return (std::filesystem::path(ctx.options().dir) / p).string();
}

std::string directory_name(const std::string& dir) {
    std::filesystem::path p = std::filesystem::path(dir).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();  // a trailing '/'
    if (p.empty() || p == "." || p == "..") p = std::filesystem::absolute(p).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();
    return p.filename().string();
}

int write_new_tournament(Context& ctx, const std::string& dir, const Tournament& t) {
    DiskFileSystem fs(dir);
    std::string existing;
    for (const std::string& path : tournament_file_paths(t))
        if (fs.exists(path)) existing += (existing.empty() ? "" : ", ") + path;
    if (!existing.empty()) {
        ctx.error(dir + " already holds " + existing + "; refusing to overwrite (choose a new directory)");
        return exit_code::refused_overwrite;
    }
    std::string error;
    if (!write_tournament(fs, t, &error)) {
        ctx.error("cannot write the tournament into " + dir + ": " + error);
        return exit_code::cannot;
    }
    return exit_code::ok;
}

}  // namespace tab::cli

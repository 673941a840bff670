#include "tab/loader.hpp"

#include "loader_internal.hpp"

namespace tab {

std::optional<Tournament> load_tournament(const FileSystem& fs, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(detail::tournament_file);
    if (!text) {
        diags.error(detail::tournament_file, 0, 0,
                    "not found; expected a tournament directory (create one with `tab init DIR`)");
        return std::nullopt;
    }
    Tournament t;
    if (!detail::read_tournament_toml(*text, t, diags)) return std::nullopt;
    detail::read_participants(fs, t, diags);
    detail::check_consistency(t, diags);
    return t;
}

}  // namespace tab

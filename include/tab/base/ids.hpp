// Ids that become parts of paths (round ids: rounds/<id>/draw.csv; break and speaker category
// ids). They are checked once, where they enter tab (tournament.toml, an import), so that no file
// tab writes can leave the tournament directory. The rule (docs/formats.md "Ids"): 1 to 64 bytes of
// letters (any script), digits, '-', '_', '.', '+' and inner spaces, beginning with a letter or a
// digit; so no '/', '\', no ".." or other leading dot, no control character, never empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tab {

inline constexpr size_t max_id_bytes = 64;

// Why `id` cannot be an id ("found '/' at byte 3; expected letters, digits, ...") or nothing.
std::optional<std::string> id_problem(std::string_view id);

}  // namespace tab

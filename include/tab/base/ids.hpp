// Ids that become parts of paths (round ids: rounds/<id>/draw.csv; break and speaker category
// ids). They are checked once, where they enter tab (tournament.toml, an import), so that no file
// tab writes can leave the tournament directory. The rule (docs/formats.md "Ids"): 1 to 64 bytes of
// letters (any script), digits, '-', '_', '.', '+' and inner spaces, beginning with a letter or a
// digit; so no '/', '\', no ".." or other leading dot, no control character, never empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tab/base/diagnostics.hpp"

namespace tab {

inline constexpr size_t max_id_bytes = 64;

// Why `id` cannot be an id ("found 'a/b' with '/'; expected letters, digits, ...") or nothing. The
// message's text is written here in English (base lies below the catalogue); a unit test checks it
// against the catalogue's entry.
std::optional<Message> invalid_id(std::string_view id);

}  // namespace tab

// `tab publish DIR OUT/`: the tournament as a static website, one self-contained HTML file per
// page (inline CSS, no scripts, nothing fetched), readable on a phone and printable, in the
// tournament's language: index, a draw page per drawn round, team, speaker and reply tabs,
// the break (when computed) and the motions. Names and institutions only: never a phone,
// e-mail, birth date or any other personal data. Results of silent rounds are left out until
// the tournament is over (every round drawn and decided), or shown at once with include_silent.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

// The pages as (file name, HTML), index.html first, in `language` (empty: the tournament's),
// with the directory's translations.csv applied; nullopt (with diagnostics) if the tournament
// cannot be loaded.
std::optional<std::vector<std::pair<std::string, std::string>>> publish_site(const FileSystem& fs,
                                                                             const std::string& language,
                                                                             Diagnostics& diags,
                                                                             bool include_silent = false);

}  // namespace tab

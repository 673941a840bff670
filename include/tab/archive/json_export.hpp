// `tab export json`: the whole tournament as one JSON document for scripts (participants,
// rounds with draws and results, standings, the break when computed). The shape is documented
// in docs/formats.md ("tab export json"); "tab_export" holds its version.
#pragma once

#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"

namespace tab {

// The document for the tournament directory at fs, pretty-printed; nullopt (with diagnostics)
// if the tournament cannot be loaded. Phone, e-mail, birth date, gender and district appear
// only with include_contacts.
std::optional<std::string> export_json(const FileSystem& fs, Diagnostics& diags, bool include_contacts);

}  // namespace tab

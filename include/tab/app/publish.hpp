// tab publish DIR OUT: the tournament's public website (tab/archive/publish.hpp) written into OUT,
// one HTML file per page.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"

namespace tab::app {

// The file publish leaves in every folder it writes: a later publish replaces that folder's pages
// without --force, but never a folder of other files (a hand-made index.html).
inline constexpr const char* site_marker = ".tab-publish";

struct PublishRequest {
    std::string out;   // the output folder as the user named it (messages, result)
    std::string lang;  // "" = the tournament's language
    bool out_inside_tournament = false;  // OUT is the tournament directory or lies inside it
    bool force = false;                  // write into a non-empty folder without the marker
    bool include_silent = false;         // silent rounds' results before the tournament is over
};
struct PublishResult {
    std::string out;
    std::vector<std::string> pages;  // file names written, index.html first
};

// Invalid input when the tournament cannot be loaded; usage when OUT lies inside the tournament
// directory; refused overwrite when OUT holds files but no site_marker and force is not set;
// cannot when a page cannot be written.
std::optional<PublishResult> publish(const FileSystem& tournament, FileSystem& site, const PublishRequest& request,
                                     Diagnostics& diags);
nlohmann::ordered_json to_json(const PublishResult& result);

}  // namespace tab::app

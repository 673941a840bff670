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

struct PublishRequest {
    std::string out;   // the output folder as the user named it (messages, result)
    std::string lang;  // "" = the tournament's language
};
struct PublishResult {
    std::string out;
    std::vector<std::string> pages;  // file names written, index.html first
};

// Invalid input when the tournament cannot be loaded; cannot when a page cannot be written.
std::optional<PublishResult> publish(const FileSystem& tournament, FileSystem& site, const PublishRequest& request,
                                     Diagnostics& diags);
nlohmann::ordered_json to_json(const PublishResult& result);

}  // namespace tab::app

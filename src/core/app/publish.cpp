#include "tab/app/publish.hpp"
#include "tab/translate/translate.hpp"

#include "tab/archive/publish.hpp"

namespace tab::app {

std::optional<PublishResult> publish(const FileSystem& tournament, FileSystem& site, const PublishRequest& request,
                                     Diagnostics& diags) {
    if (request.out_inside_tournament) {
        diags.fail(Failure::usage, message("diag.site_folder.inside", {{"dir", request.out}}));
        return std::nullopt;
    }
    if (!request.force && !site.list(".").empty() && !site.exists(site_marker)) {
        diags.fail(Failure::refused_overwrite, message("diag.site_folder.foreign", {{"dir", request.out}, {"marker", site_marker}}));
        return std::nullopt;
    }
    auto pages = publish_site(tournament, request.lang, diags, request.include_silent);
    if (!pages) return std::nullopt;
    // The whole site appears at once: a reader never sees half of an update.
    if (!stage_writes(site, diags)) return std::nullopt;
    PublishResult result{request.out, {}};
    if (!write_file(site, site_marker, "Written by tab publish: the next publish may replace this folder's pages.\n", diags))
        return std::nullopt;
    for (const auto& [file, html] : *pages) {
        if (!write_file(site, file, html, diags)) return std::nullopt;
        result.pages.push_back(file);
    }
    if (!commit_writes(site, diags)) return std::nullopt;
    return result;
}

nlohmann::ordered_json to_json(const PublishResult& result) { return {{"out", result.out}, {"pages", result.pages}}; }

}  // namespace tab::app

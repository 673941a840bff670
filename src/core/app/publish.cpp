#include "tab/app/publish.hpp"

#include "tab/archive/publish.hpp"

namespace tab::app {

std::optional<PublishResult> publish(const FileSystem& tournament, FileSystem& site, const PublishRequest& request,
                                     Diagnostics& diags) {
    if (request.out_inside_tournament) {
        diags.fail(Failure::usage, "the site folder " + request.out +
                                       " is inside the tournament directory; expected a folder outside it");
        return std::nullopt;
    }
    if (!request.force && !site.list(".").empty() && !site.exists(site_marker)) {
        diags.fail(Failure::refused_overwrite, request.out + " holds files that tab publish did not write (no " +
                                                   site_marker + "); expected an empty or new folder, or --force");
        return std::nullopt;
    }
    auto pages = publish_site(tournament, request.lang, diags, request.include_silent);
    if (!pages) return std::nullopt;
    // The whole site appears at once: a reader never sees half of an update.
    if (!stage_writes(site, diags)) return std::nullopt;
    PublishResult result{request.out, {}};
    std::string marker_error;
    if (!site.write_atomic(site_marker, "Written by tab publish: the next publish may replace this folder's pages.\n",
                           &marker_error)) {
        diags.fail(Failure::cannot, "cannot write " + request.out + "/" + site_marker + ": " + marker_error);
        return std::nullopt;
    }
    for (const auto& [file, html] : *pages) {
        std::string error;
        if (!site.write_atomic(file, html, &error)) {
            diags.fail(Failure::cannot, "cannot write " + request.out + "/" + file + ": " + error);
            return std::nullopt;
        }
        result.pages.push_back(file);
    }
    if (!commit_writes(site, diags)) return std::nullopt;
    return result;
}

nlohmann::ordered_json to_json(const PublishResult& result) { return {{"out", result.out}, {"pages", result.pages}}; }

}  // namespace tab::app

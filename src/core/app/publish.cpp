#include "tab/app/publish.hpp"

#include "tab/archive/publish.hpp"

namespace tab::app {

std::optional<PublishResult> publish(const FileSystem& tournament, FileSystem& site, const PublishRequest& request,
                                     Diagnostics& diags) {
    auto pages = publish_site(tournament, request.lang, diags);
    if (!pages) return std::nullopt;
    PublishResult result{request.out, {}};
    for (const auto& [file, html] : *pages) {
        std::string error;
        if (!site.write_atomic(file, html, &error)) {
            diags.fail(Failure::cannot, "cannot write " + request.out + "/" + file + ": " + error);
            return std::nullopt;
        }
        result.pages.push_back(file);
    }
    return result;
}

nlohmann::ordered_json to_json(const PublishResult& result) { return {{"out", result.out}, {"pages", result.pages}}; }

}  // namespace tab::app

// The language a tournament directory declares, read before (or without) loading it, so that
// the messages about a command line or an unreadable tournament are in the director's language.
#include <toml++/toml.h>

#include "tab/model/loader.hpp"

namespace tab {

std::string declared_language(const FileSystem& fs) {
    std::optional<std::string> text = fs.read("tournament.toml");
    if (!text) return "en";
    try {
        toml::table doc = toml::parse(*text);
        return doc["language"].value_or(std::string("en"));
    } catch (const toml::parse_error&) {
        return "en";  // the loader reports the error itself
    }
}

}  // namespace tab

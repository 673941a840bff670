#include "tab/model/local_text.hpp"

namespace tab {

const std::string& LocalText::in(std::string_view lang) const {
    auto it = by_language.find(std::string(lang));
    return it != by_language.end() ? it->second : plain;
}

}  // namespace tab

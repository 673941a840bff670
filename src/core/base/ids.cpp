#include "tab/base/ids.hpp"

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Every byte of a multi-byte UTF-8 sequence is >= 0x80: a letter of another script (Cyrillic,
// Kazakh). Such bytes never spell '/', '.', or a control character.
bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::optional<Message> invalid_id(std::string_view id) {
    const std::string expected = "; expected letters, digits, '-', '_', '.', '+' or inner spaces, beginning with a letter or a digit";
    if (id.empty()) return Message{"diag.id.empty", {}, "found an empty id" + expected};
    if (id.size() > max_id_bytes) {
        const std::string bytes = std::to_string(id.size()), most = std::to_string(max_id_bytes);
        return Message{"diag.id.too_long", {{"bytes", bytes}, {"most", most}},
                       "found an id of " + bytes + " bytes; expected at most " + most};
    }
    if (!is_valid_utf8(id)) return Message{"diag.id.not_utf8", {}, "found an id that is not valid UTF-8" + expected};
    const std::string found(id);
    if (!ascii_alnum(id.front()) && !non_ascii(id.front())) {
        const std::string first(1, id.front());
        return Message{"diag.id.bad_start", {{"found", found}, {"first", first}},
                       "found '" + found + "', which begins with '" + first + "'" + expected};
    }
    if (id.back() == ' ') return Message{"diag.id.trailing_space", {{"found", found}}, "found '" + found + "', which ends with a space" + expected};
    for (char c : id) {
        if (ascii_alnum(c) || non_ascii(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == ' ') continue;
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return Message{"diag.id.control_character", {}, "found an id with a control character" + expected};
        const std::string bad(1, c);
        return Message{"diag.id.bad_character", {{"found", found}, {"character", bad}},
                       "found '" + found + "' with '" + bad + "'" + expected};
    }
    return std::nullopt;
}

}  // namespace tab

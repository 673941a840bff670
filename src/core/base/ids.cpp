#include "tab/base/ids.hpp"

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Every byte of a multi-byte UTF-8 sequence is >= 0x80: a letter of another script (Cyrillic,
// Kazakh). Such bytes never spell '/', '.', or a control character.
bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::optional<std::string> id_problem(std::string_view id) {
    const std::string expected = "; expected letters, digits, '-', '_', '.', '+' or inner spaces, beginning with a letter or a digit";
    if (id.empty()) return "found an empty id" + expected;
    if (id.size() > max_id_bytes)
        return "found an id of " + std::to_string(id.size()) + " bytes; expected at most " + std::to_string(max_id_bytes);
    if (!is_valid_utf8(id)) return "found an id that is not valid UTF-8" + expected;
    if (!ascii_alnum(id.front()) && !non_ascii(id.front()))
        return "found '" + std::string(id) + "', which begins with '" + id.front() + "'" + expected;
    if (id.back() == ' ') return "found '" + std::string(id) + "', which ends with a space" + expected;
    for (char c : id) {
        if (ascii_alnum(c) || non_ascii(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == ' ') continue;
        const bool printable = static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
        return "found '" + (printable ? std::string(id) : std::string("(control character)")) + "' with " +
               (printable ? "'" + std::string(1, c) + "'" : std::string("a control character")) + expected;
    }
    return std::nullopt;
}

}  // namespace tab

#include "tab/base/names.hpp"

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

// Lower-case Cyrillic letters and the Latin letters they look like, in lower or in upper case
// (Н and H, в and B): folding both cases this way keeps the key case-insensitive.
char32_t latin_look_alike(char32_t c) {
    switch (c) {
        case U'а': return U'a';
        case U'в': return U'b';
        case U'е': case U'ё': return U'e';
        case U'і': return U'i';
        case U'ј': return U'j';
        case U'к': return U'k';
        case U'м': return U'm';
        case U'н': case U'һ': return U'h';
        case U'о': return U'o';
        case U'р': return U'p';
        case U'с': return U'c';
        case U'ѕ': return U's';
        case U'т': return U't';
        case U'у': return U'y';
        case U'х': return U'x';
        default: return c;
    }
}

}  // namespace

std::string normalise_name(std::string_view name) {
    std::vector<char32_t> out;
    for (char32_t c : decode_utf8(to_lower(to_nfc(name)))) {
        if (c == U' ' || c == U'\t' || c == U'\u00a0') {
            if (!out.empty() && out.back() != U' ') out.push_back(U' ');
            continue;
        }
        out.push_back(c == U'ё' ? U'е' : c);
    }
    if (!out.empty() && out.back() == U' ') out.pop_back();
    return encode_utf8(out);
}

std::string name_key(std::string_view name) {
    std::vector<char32_t> folded = decode_utf8(normalise_name(name));
    for (char32_t& c : folded) c = latin_look_alike(c);
    return encode_utf8(folded);
}

}  // namespace tab

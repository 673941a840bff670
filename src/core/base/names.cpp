#include "tab/base/names.hpp"

#include <algorithm>

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

// Letters a reader cannot tell apart on a printed sheet, folded onto one (in lower case; the
// capitals that lower-casing leaves alone are listed too). Folding both cases this way keeps the
// key case-insensitive. docs/formats.md "Names" prints this table: keep the two in step.
char32_t look_alike(char32_t c) {
    switch (c) {
        case U'а': return U'a';
        case U'в': return U'b';
        case U'е': case U'ё': return U'e';
        case U'і': case U'ı': return U'i';
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
        case U'ə': case U'Ə': return U'ә';  // Latin schwa
        case U'ɵ': case U'Ɵ': return U'ө';  // Latin barred o
        // Typographic quotes and apostrophes, as word processors and phones type them.
        case U'‘': case U'’': case U'‚': case U'‛': case U'ʼ': case U'`': case U'´': return U'\'';
        case U'“': case U'”': case U'„': case U'«': case U'»': return U'"';
        default: return c;
    }
}

// After look_alike: the Kazakh letters folded onto the letter a typist without a Kazakh keyboard
// writes for them (the Russian one, itself already folded onto its Latin look-alike).
char32_t keyboard_substitute(char32_t c) {
    switch (c) {
        case U'ә': return U'a';
        case U'ө': return U'o';
        case U'ү': case U'ұ': return U'y';
        case U'қ': return U'k';
        case U'ғ': return U'г';
        case U'ң': return U'h';
        default: return c;
    }
}

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\u00a0' || c == U'\u2007' || c == U'\u2009' || c == U'\u202f';
}

}  // namespace

std::string normalise_name(std::string_view name) {
    std::vector<char32_t> out;
    for (char32_t c : decode_utf8(to_lower(to_nfc(name)))) {
        if (is_space(c)) {
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
    for (char32_t& c : folded) c = look_alike(c);
    return encode_utf8(folded);
}

std::string typed_name_key(std::string_view name) {
    std::vector<char32_t> folded = decode_utf8(name_key(name));
    for (char32_t& c : folded) c = keyboard_substitute(c);
    return encode_utf8(folded);
}

int match_typed_name(std::string_view typed, const std::vector<std::string>& names) {
    const std::string key = name_key(typed);
    for (size_t i = 0; i < names.size(); ++i)
        if (name_key(names[i]) == key) return static_cast<int>(i);
    const std::string typed_key = typed_name_key(typed);
    int found = -1;
    for (size_t i = 0; i < names.size(); ++i) {
        if (typed_name_key(names[i]) != typed_key) continue;
        if (found >= 0) return -1;  // two spellings that a Russian keyboard types alike: no guess
        found = static_cast<int>(i);
    }
    return found;
}

int name_distance(std::string_view a, std::string_view b) {
    const std::vector<char32_t> x = decode_utf8(typed_name_key(a)), y = decode_utf8(typed_name_key(b));
    // Levenshtein distance, one row at a time.
    std::vector<int> row(y.size() + 1);
    for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
    for (size_t i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (size_t j = 1; j <= y.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& candidates) {
    std::vector<std::string> out;
    int best = 0;
    for (const std::string& name : candidates) {
        const int d = name_distance(typed, name);
        if (out.empty() || d < best) out.clear(), best = d;
        if (d == best && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
}

}  // namespace tab

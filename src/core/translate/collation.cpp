// Sorting names the way a Kazakh or Russian reader expects to find them in a list.
//
// Code-point order is wrong for both languages: the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І and Ё sit
// outside the block А–Я (U+0410–U+042F), so plain byte order files «Әлиев» and «Қасымов» after
// «Яковлев». Instead each name becomes a sequence of primary weights, compared first:
//   - punctuation and spaces < digits < Latin < Greek < Cyrillic < everything else;
//   - Latin and Greek letters weigh as their base letter (é as e), ignoring case;
//   - Cyrillic letters weigh by their place in the 42-letter Kazakh alphabet (GLOSSARY.md (a),
//     the CLDR/glibc kk order): А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц
//     Ч Ш Щ Ъ Ы І Ь Э Ю Я. The 33 Russian letters keep their Russian order inside it, so one table
//     serves both languages; the only difference is Ё, a letter of its own after Е in Kazakh and a
//     variant of Е in Russian (and in every other language). Other Cyrillic letters weigh as their
//     base letter (ї as і, ў as у) or, without one, after Я;
//   - combining marks left after NFC are ignored.
// When the weights are equal («Елкин» and «Ёлкин» in Russian, «Eva» and «Éva»), a second pass
// that keeps accents and Ё apart decides (Е before Ё, e before é); when those are equal too
// («anna» and «Anna»), the bytes decide, so the order is total and the same on every machine.
// Example (kk): Абаев < Әлиев < Бек < Ғалым < Ерлан < Ёлдас < Иван < Қасым < Ұлан < Үміт < Іңкәр.
#include <algorithm>
#include <cstdint>
#include <iterator>

#include "tab/translate/translate.hpp"
#include "tab/base/unicode.hpp"

namespace tab {
namespace {

constexpr char32_t kKazakhAlphabet[] = {
    U'а', U'ә', U'б', U'в', U'г', U'ғ', U'д', U'е', U'ё', U'ж', U'з', U'и', U'й', U'к',
    U'қ', U'л', U'м', U'н', U'ң', U'о', U'ө', U'п', U'р', U'с', U'т', U'у', U'ұ', U'ү',
    U'ф', U'х', U'һ', U'ц', U'ч', U'ш', U'щ', U'ъ', U'ы', U'і', U'ь', U'э', U'ю', U'я',
};

enum Group : uint32_t { punctuation = 1, digit, latin, greek, cyrillic, other };

// How finely a key tells letters apart: the primary key merges accents (and, outside Kazakh,
// Ё with Е); the secondary key, which only breaks ties, keeps both apart.
struct Strength {
    bool separate_yo;
    bool accents;
};

uint32_t weight(Group group, uint32_t value) { return (static_cast<uint32_t>(group) << 24) | value; }

bool is_combining_mark(char32_t c) { return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489); }

// Place in the Kazakh alphabet, 1-based; 0 if the letter is not in it.
uint32_t kazakh_rank(char32_t c) {
    const char32_t* end = std::end(kKazakhAlphabet);
    const char32_t* it = std::find(std::begin(kKazakhAlphabet), end, c);
    return it == end ? 0 : static_cast<uint32_t>(it - std::begin(kKazakhAlphabet)) + 1;
}

uint32_t cyrillic_weight(char32_t c, Strength strength) {
    if (c == U'ё' && !strength.separate_yo) c = U'е';
    uint32_t rank = kazakh_rank(c);
    if (rank == 0 && !strength.accents) rank = kazakh_rank(base_letter(c));
    return weight(cyrillic, rank != 0 ? rank : 0x100 + c);
}

// The weight of a lower-case code point; 0 for code points the comparison ignores.
uint32_t letter_weight(char32_t c, Strength strength) {
    if (is_combining_mark(c)) return 0;
    if (c >= '0' && c <= '9') return weight(digit, c);
    char32_t letter = strength.accents ? c : base_letter(c);
    bool latin_letter = (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7);
    if (latin_letter) return weight(latin, letter);
    if (c >= 0x0370 && c <= 0x03FF) return weight(greek, letter);
    if (c >= 0x0400 && c <= 0x052F) return cyrillic_weight(c, strength);
    if (c < 0xC0 || (c >= 0x2000 && c <= 0x206F)) return weight(punctuation, c);
    return weight(other, c);
}

std::vector<uint32_t> sort_key(std::string_view name, Strength strength) {
    std::vector<uint32_t> key;
    for (char32_t c : decode_utf8(to_lower(to_nfc(name)))) {
        if (uint32_t w = letter_weight(c, strength)) key.push_back(w);
    }
    return key;
}

int sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }

}  // namespace

int compare_names(std::string_view a, std::string_view b, std::string_view lang) {
    Strength primary{lang == "kk", false};
    Strength secondary{true, true};
    for (Strength strength : {primary, secondary}) {
        std::vector<uint32_t> key_a = sort_key(a, strength);
        std::vector<uint32_t> key_b = sort_key(b, strength);
        if (key_a != key_b) return key_a < key_b ? -1 : 1;
    }
    return sign(a.compare(b));
}

}  // namespace tab

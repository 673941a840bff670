// How many terminal columns a string takes, so that text tables line up. Every code point counts
// one column (Latin, Cyrillic, and the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І alike), except combining
// marks and other zero-width characters (none) and East Asian wide characters and emoji (two),
// following the usual wcwidth conventions for the ranges below.
#include <algorithm>
#include <iterator>

#include "tab/render/render.hpp"
#include "tab/base/unicode.hpp"

namespace tab {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
    {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0E31, 0x0E31},
    {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
    {0x2060, 0x2064}, {0x20D0, 0x20F0}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

constexpr Range kWide[] = {
    {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool in(const Range* begin, const Range* end, char32_t c) {
    return std::any_of(begin, end, [c](const Range& r) { return c >= r.first && c <= r.last; });
}

int code_point_width(char32_t c) {
    if (c < 0x20 || c == 0x7F) return 0;
    if (c < 0x300) return 1;
    if (in(std::begin(kZeroWidth), std::end(kZeroWidth), c)) return 0;
    if (in(std::begin(kWide), std::end(kWide), c)) return 2;
    return 1;
}

}  // namespace

int display_width(std::string_view utf8) {
    int width = 0;
    for (char32_t c : decode_utf8(utf8)) width += code_point_width(c);
    return width;
}

}  // namespace tab

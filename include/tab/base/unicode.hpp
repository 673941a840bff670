// The little Unicode tab needs: valid UTF-8, NFC composition for the Latin and Cyrillic letters
// that forms may send decomposed (so "й" typed as и + combining breve is one letter), and
// case folding for matching names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tab {

bool is_valid_utf8(std::string_view text);
// Decodes UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<char32_t> decode_utf8(std::string_view text);
std::string encode_utf8(const std::vector<char32_t>& code_points);
// Canonical composition (NFC) for Latin, Cyrillic (incl. Kazakh) and Greek letters.
std::string to_nfc(std::string_view text);
// Lower case for Latin, Cyrillic (incl. Kazakh letters) and Greek; other code points unchanged.
std::string to_lower(std::string_view text);
// The letter without its accents, through canonical decomposition (é → e, ӧ → о, й → и);
// c itself when it has none.
char32_t base_letter(char32_t c);

}  // namespace tab

#include <doctest/doctest.h>

#include <algorithm>

#include "tab/base/unicode.hpp"

using namespace tab;

TEST_CASE("is_valid_utf8 accepts well-formed text and rejects broken sequences") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("Әлем Ёлкин é 漢 \xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("\xC3"));               // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));           // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));       // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));   // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("a\xFF" "b"));
}

TEST_CASE("decode and encode round-trip, invalid bytes become U+FFFD") {
    std::vector<char32_t> points = decode_utf8("Aә漢\xF0\x9F\x98\x80");
    CHECK(points == std::vector<char32_t>{U'A', 0x04D9, 0x6F22, 0x1F600});
    CHECK(encode_utf8(points) == "Aә漢\xF0\x9F\x98\x80");
    CHECK(decode_utf8("a\xFF" "b") == std::vector<char32_t>{U'a', 0xFFFD, U'b'});
    CHECK(encode_utf8({0xD800}) == "\xEF\xBF\xBD");
}

TEST_CASE("to_nfc composes decomposed Cyrillic, Latin and Greek letters") {
    CHECK(to_nfc("\xD0\xB8\xCC\x86") == "й");            // и + breve
    CHECK(to_nfc("\xD0\x98\xCC\x86") == "Й");
    CHECK(to_nfc("\xD0\xB5\xCC\x88") == "ё");            // е + diaeresis
    CHECK(to_nfc("\xD0\x95\xCC\x88лкин") == "Ёлкин");
    CHECK(to_nfc("e\xCC\x81mile") == "émile");           // e + acute
    CHECK(to_nfc("\xD1\x96\xCC\x88") == "ї");            // і + diaeresis
    CHECK(to_nfc("\xD1\x83\xCC\x86") == "ў");
    CHECK(to_nfc("\xD0\xBE\xCC\x88") == "ӧ");
    CHECK(to_nfc("\xCE\xB1\xCC\x81") == "ά");            // alpha + acute
    CHECK(to_nfc("u\xCC\x88\xCC\x81") == "ǘ");           // two steps: ü, then ǘ
}

TEST_CASE("to_nfc orders marks canonically and respects blocking") {
    // a + acute + dot below and a + dot below + acute are the same text once normalised.
    CHECK(to_nfc("a\xCC\x81\xCC\xA3") == to_nfc("a\xCC\xA3\xCC\x81"));
    // c + cedilla + acute: cedilla composes first (ç), the acute has no ç+acute entry here and stays.
    CHECK(to_nfc("c\xCC\xA7\xCC\x81") == "ç\xCC\x81");
    // A precomposed letter followed by a second mark of the same class is not recomposed wrongly.
    CHECK(to_nfc("é\xCC\x81") == "é\xCC\x81");
    // Decomposing and recomposing leaves NFC text unchanged.
    CHECK(to_nfc("Ǖ ǘ Ё ё Й й") == "Ǖ ǘ Ё ё Й й");
}

TEST_CASE("to_nfc leaves Kazakh letters, which have no decomposition, unchanged") {
    std::string kazakh = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    CHECK(to_nfc(kazakh) == kazakh);
    CHECK(to_nfc("Ascii only") == "Ascii only");
}

TEST_CASE("to_lower lowers every Kazakh capital and Russian, Latin and Greek letters") {
    CHECK(to_lower("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі");
    CHECK(to_lower("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
    CHECK(to_lower("ÀÉÎÕÜ ŁŃŚŹŻ Ə") == "àéîõü łńśźż ə");
    CHECK(to_lower("ΑΒΓΔ ΆΈΏ") == "αβγδ άέώ");
    CHECK(to_lower("Ӧ Ї Ў") == "ӧ ї ў");
    CHECK(to_lower("already lower, 123!") == "already lower, 123!");
    CHECK(to_lower("漢") == "漢");
}

TEST_CASE("base_letter strips accents through decomposition") {
    CHECK(base_letter(U'é') == U'e');
    CHECK(base_letter(U'ǘ') == U'u');
    CHECK(base_letter(U'й') == U'и');
    CHECK(base_letter(U'ӧ') == U'о');
    CHECK(base_letter(U'ә') == U'ә');
    CHECK(base_letter(U'x') == U'x');
}

TEST_CASE("every precomposed Latin, Greek and Cyrillic letter survives decomposition and recomposition") {
    // to_nfc decomposes fully and composes again, so this round-trips every table entry,
    // including the two-level ones (ǘ = ü + acute = u + diaeresis + acute).
    int decomposable = 0;
    for (char32_t c = 0xC0; c <= 0x4FF; ++c) {
        if (c >= 0x0300 && c <= 0x036F) continue;  // combining marks themselves
        if (c == 0x0374 || c == 0x037E || c == 0x0387) continue;  // singletons NFC maps elsewhere
        std::string letter = encode_utf8({c});
        CAPTURE(static_cast<uint32_t>(c));
        CHECK(to_nfc(letter) == letter);
        if (base_letter(c) != c) ++decomposable;
    }
    CHECK(decomposable > 300);
}

TEST_CASE("to_lower is idempotent and never maps two capitals of one script to the same letter") {
    for (char32_t c = 0x41; c <= 0x52F; ++c) {
        std::string lower = to_lower(encode_utf8({c}));
        CAPTURE(static_cast<uint32_t>(c));
        CHECK(to_lower(lower) == lower);
    }
    std::string capitals = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
    std::vector<char32_t> lowered = decode_utf8(to_lower(capitals));
    std::vector<char32_t> sorted = lowered;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    std::vector<char32_t> upper = decode_utf8(capitals);
    REQUIRE(lowered.size() == 42);
    for (std::size_t i = 0; i < upper.size(); ++i) CHECK(lowered[i] != upper[i]);
}

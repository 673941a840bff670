#include <doctest/doctest.h>

#include "tab/base/base64.hpp"

// The test vectors of RFC 4648, section 10, and bytes above 127 (a PNG's signature).
TEST_CASE("base64 encodes the RFC 4648 test vectors") {
    CHECK(tab::base64_encode("") == "");
    CHECK(tab::base64_encode("f") == "Zg==");
    CHECK(tab::base64_encode("fo") == "Zm8=");
    CHECK(tab::base64_encode("foo") == "Zm9v");
    CHECK(tab::base64_encode("foob") == "Zm9vYg==");
    CHECK(tab::base64_encode("fooba") == "Zm9vYmE=");
    CHECK(tab::base64_encode("foobar") == "Zm9vYmFy");
    CHECK(tab::base64_encode(std::string("\x89PNG\r\n\x1a\n", 8)) == "iVBORw0KGgo=");
}

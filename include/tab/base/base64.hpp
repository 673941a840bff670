// Base64 (RFC 4648, with padding): how a binary file, such as a certificate's logo, is
// embedded in a self-contained HTML page as a data: URI.
#pragma once

#include <string>
#include <string_view>

namespace tab {

std::string base64_encode(std::string_view bytes);

}  // namespace tab

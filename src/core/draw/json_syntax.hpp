// What nlohmann::json says about a text that is not valid JSON, as a message of the catalogue.
// The library words its errors only in English ("syntax error while parsing value - invalid
// literal; last read: 'tru'"); the ones a person meets are said in the reader's language, and
// anything else is passed on in the library's own words.
#pragma once

#include <string_view>

#include "tab/base/diagnostics.hpp"

namespace tab {

// The problem of a json::parse_error's what(), for the "{problem@}" of diag.state.syntax.
Message json_syntax_problem(std::string_view what);

}  // namespace tab

// What toml++ says about a file that is not valid TOML, as a message of the catalogue. toml++
// words its errors only in English ("Error while parsing key-value pair: expected '=', saw '\"'");
// the ones a person typing tournament.toml or season.toml meets are recognised and said in the
// reader's language, and anything else is passed on in toml++'s own words.
#pragma once

#include <string_view>

#include "tab/base/diagnostics.hpp"

namespace tab {

// The problem of a toml::parse_error's description(), for the "{problem@}" of diag.toml.syntax.
Message toml_syntax_problem(std::string_view description);

}  // namespace tab

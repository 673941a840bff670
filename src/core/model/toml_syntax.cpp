#include "tab/model/toml_syntax.hpp"

#include <array>
#include <regex>
#include <string>

#include "tab/translate/translate.hpp"

namespace tab {
namespace {

// What toml++ expected ("expected X, saw …"), as the catalogue's words for it. Digits of every
// kind (decimal, hexadecimal, exponent, fractional) are "a digit" to a person typing a number.
struct Expectation {
    const char* toml;
    const char* key;
};
constexpr std::array expectations = {
    Expectation{"a comment or whitespace", "diag.toml_want.line_end"},
    Expectation{"keys, tables, whitespace or comments", "diag.toml_want.line_start"},
    Expectation{"bare key starting character or string delimiter", "diag.toml_want.key"},
    Expectation{"key or closing '}'", "diag.toml_want.key_or_brace"},
    Expectation{"value", "diag.toml_want.value"},
    Expectation{"value-terminator", "diag.toml_want.value_end"},
    Expectation{"comma or closing ']'", "diag.toml_want.comma_or_bracket"},
    Expectation{"comma or closing '}'", "diag.toml_want.comma_or_brace"},
    Expectation{"4-digit year", "diag.toml_want.year"},
    Expectation{"space or tab", "diag.toml_want.space"},
    Expectation{"space, 'T' or 't'", "diag.toml_want.date_time_separator"},
};

// The key for toml++'s "expected X", or empty when X is not one we know.
std::string expectation_key(const std::string& expected) {
    for (const Expectation& e : expectations)
        if (expected == e.toml) return e.key;
    static const std::regex digit(R"((2-digit \w+|(decimal |hexadecimal |hex |exponent |exponent decimal |expected )?digits?( or (sign|exponent|'\.'))?|fractional digits))");
    if (std::regex_match(expected, digit)) return expected.starts_with("2-digit") ? "diag.toml_want.two_digits" : "diag.toml_want.digit";
    return "";
}

// What toml++ saw, without the line break it may take in ("saw 'tru\n'").
std::string shown(std::string found) {
    while (found.ends_with('\n') || found.ends_with('\r')) found.pop_back();
    return found;
}

// The problems toml++ words as a whole sentence: a pattern of its wording and the key, with the
// pattern's first group (when it has one) as the argument `found`.
struct Sentence {
    const char* pattern;
    const char* key;
};
const std::array sentences = {
    Sentence{"encountered end-of-file", "diag.toml_syntax.eof"},
    Sentence{"expected key-value pair, saw closing '\\}' \\(dangling comma\\)", "diag.toml_syntax.extra_comma"},
    Sentence{"expected (?:value|key-value pair) or closing '.', saw comma", "diag.toml_syntax.extra_comma"},
    Sentence{"cannot redefine existing [^']*'(.*)'(?: as .*)?", "diag.toml_syntax.redefined"},
    Sentence{"cannot redefine existing .* as dotted key-value pair", "diag.toml_syntax.redefined_dotted"},
    Sentence{"cannot insert '(.*)' into existing inline table", "diag.toml_syntax.inline_table_closed"},
    Sentence{".*control character.*|\\(vertical tabs .*", "diag.toml_syntax.control_character"},
    Sentence{"(?:unknown )?escape sequence '(.*)'.*", "diag.toml_syntax.escape"},
    Sentence{"leading zeroes are prohibited", "diag.toml_syntax.leading_zero"},
    Sentence{".*underscores.*", "diag.toml_syntax.underscore"},
    Sentence{"'(.*)' is not representable in 64 bits", "diag.toml_syntax.too_big"},
    Sentence{"could not determine value type|'(.*)' could not be interpreted as a value|an unspecified error occurred "
             "while trying to interpret '(.*)' as a value",
             "diag.toml_syntax.not_a_value"},
    Sentence{".*(surrogates|U\\+10FFFF).*", "diag.toml_syntax.bad_unicode"},
    Sentence{"multi-line strings are prohibited in .*keys", "diag.toml_syntax.multiline_key"},
    Sentence{"tables with blank bare keys are explicitly prohibited", "diag.toml_syntax.blank_key"},
    Sentence{"line-ending backslashes .*", "diag.toml_syntax.backslash"},
    Sentence{"\\[\\[array-of-table\\]\\] brackets .*", "diag.toml_syntax.array_of_tables"},
    Sentence{".*(exceeds|exceeded|exceeeds|too long).*", "diag.toml_syntax.too_long"},
    Sentence{"expected '\\\\n' after '\\\\r'.*", "diag.toml_syntax.line_break"},
    Sentence{"missing exponent|hexadecimal floating-point .*", "diag.toml_syntax.bad_number"},
};

Message detail_problem(const std::string& scope, const std::string& detail) {
    std::smatch m;
    // In a string, the control character toml++ finds first is most often the line break of a
    // string whose closing quote is missing.
    if (scope.ends_with("string") && detail.find("control character") != std::string::npos)
        return message("diag.toml_syntax.unclosed_string");
    static const std::regex range(R"(expected (month|day|hour|minute|second) between (\d+) (?:and|to) (\d+) \(inclusive\), saw (.*))");
    if (std::regex_match(detail, m, range)) {
        const Message part = message("diag.toml_part." + m[1].str());
        return message("diag.toml_syntax.out_of_range", {{"low", m[2].str()}, {"high", m[3].str()}, {"found", m[4].str()}},
                       {{"part", &part}});
    }
    for (const Sentence& s : sentences) {
        if (!std::regex_match(detail, m, std::regex(s.pattern))) continue;
        std::string found;
        for (size_t i = 1; i < m.size(); ++i)
            if (m[i].matched && found.empty()) found = shown(m[i].str());
        return message(s.key, {{"found", found}});
    }
    static const std::regex expected(R"(expected (.+), saw (?:'([\s\S]*)'|(EOF)))");
    if (std::regex_match(detail, m, expected)) {
        std::string want = expectation_key(m[1].str());
        MessageArgs want_args;
        // A character or word toml++ quotes ("expected '='", "expected 'x' or 'X'") is said as it is.
        static const std::regex symbols(R"('[^']*'( or '[^']*')*)");
        if (want.empty() && std::regex_match(m[1].str(), symbols)) {
            want = "diag.toml_want.symbol";
            want_args = {{"symbol", std::regex_replace(m[1].str(), std::regex(" or "), " / ")}};
        }
        if (!want.empty()) {
            const Message wanted = message(want, want_args);
            if (m[3].matched) return message("diag.toml_syntax.expected_before_end", {}, {{"expected", &wanted}});
            // toml++ shows a line break it saw as the two characters \n.
            if (m[2].str() == "\\n" || m[2].str() == "\\r")
                return message("diag.toml_syntax.expected_before_line_end", {}, {{"expected", &wanted}});
            return message("diag.toml_syntax.expected", {{"found", shown(m[2].str())}}, {{"expected", &wanted}});
        }
    }
    return message("diag.toml_syntax.untranslated", {{"description", detail}});
}

}  // namespace

Message toml_syntax_problem(std::string_view description) {
    std::string detail(description);
    // toml++ names the construct it was reading ("Error while parsing key-value pair: …"); the
    // position of the diagnostic says where it is, and what is wrong is in the rest.
    static const std::regex in_scope(R"(Error while parsing ([^:]*): ([\s\S]*))");
    std::smatch m;
    std::string scope;
    if (std::regex_match(detail, m, in_scope)) {
        scope = m[1].str();
        detail = m[2].str();
    }
    return detail_problem(scope, detail);
}

}  // namespace tab

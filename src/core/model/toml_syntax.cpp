#include "tab/model/toml_syntax.hpp"

#include <array>
#include <optional>
#include <regex>
#include <span>
#include <string>
#include <vector>

#include "tab/translate/translate.hpp"

namespace tab {
namespace {

// A wording of toml++ (a regular expression over its text) and the catalogue key that says it.
struct Wording {
    const char* toml;
    const char* key;
};

// A table of wordings with their expressions compiled once.
class Wordings {
public:
    explicit Wordings(std::span<const Wording> table) : table_(table) {
        for (const Wording& w : table) compiled_.emplace_back(w.toml);
    }
    // The first wording that matches `text` whole, with its groups in `m`; null for none.
    const Wording* match(const std::string& text, std::smatch& m) const {
        for (size_t i = 0; i < table_.size(); ++i)
            if (std::regex_match(text, m, compiled_[i])) return &table_[i];
        return nullptr;
    }

private:
    std::span<const Wording> table_;
    std::vector<std::regex> compiled_;
};

// What toml++ expected ("expected X, saw …"), as the catalogue's words for it. Digits of every
// kind (decimal, hexadecimal, exponent, fractional) are "a digit" to a person typing a number.
const std::array expectations = {
    Wording{"a comment or whitespace", "diag.toml_want.line_end"},
    Wording{"keys, tables, whitespace or comments", "diag.toml_want.line_start"},
    Wording{"bare key starting character or string delimiter", "diag.toml_want.key"},
    Wording{"key or closing '\\}'", "diag.toml_want.key_or_brace"},
    Wording{"value", "diag.toml_want.value"},
    Wording{"value-terminator", "diag.toml_want.value_end"},
    Wording{"comma or closing '\\]'", "diag.toml_want.comma_or_bracket"},
    Wording{"comma or closing '\\}'", "diag.toml_want.comma_or_brace"},
    Wording{"4-digit year", "diag.toml_want.year"},
    Wording{"space or tab", "diag.toml_want.space"},
    Wording{"space, 'T' or 't'", "diag.toml_want.date_time_separator"},
    Wording{"2-digit \\w+", "diag.toml_want.two_digits"},
    Wording{"(decimal |hexadecimal |hex |exponent |exponent decimal |expected )?digits?( or (sign|exponent|'\\.'))?|"
            "fractional digits",
            "diag.toml_want.digit"},
};

// What toml++ saw, without the line break it may take in ("saw 'tru\n'").
std::string shown(std::string found) {
    while (found.ends_with('\n') || found.ends_with('\r')) found.pop_back();
    return found;
}

// The problems toml++ words as a whole sentence, with the first group that matched (when the
// wording has one) as the argument `found`.
const std::array sentences = {
    Wording{"encountered end-of-file", "diag.toml_syntax.eof"},
    Wording{"expected key-value pair, saw closing '\\}' \\(dangling comma\\)", "diag.toml_syntax.extra_comma"},
    Wording{"expected (?:value|key-value pair) or closing '.', saw comma", "diag.toml_syntax.extra_comma"},
    Wording{"cannot redefine existing [^']*'(.*)'(?: as .*)?", "diag.toml_syntax.redefined"},
    Wording{"cannot redefine existing .* as dotted key-value pair", "diag.toml_syntax.redefined_dotted"},
    Wording{"cannot insert '(.*)' into existing inline table", "diag.toml_syntax.inline_table_closed"},
    Wording{".*control character.*|\\(vertical tabs .*", "diag.toml_syntax.control_character"},
    Wording{"(?:unknown )?escape sequence '(.*)'.*", "diag.toml_syntax.escape"},
    Wording{"leading zeroes are prohibited", "diag.toml_syntax.leading_zero"},
    Wording{".*underscores.*", "diag.toml_syntax.underscore"},
    Wording{"'(.*)' is not representable in 64 bits", "diag.toml_syntax.too_big"},
    Wording{"could not determine value type|'(.*)' could not be interpreted as a value|an unspecified error occurred "
             "while trying to interpret '(.*)' as a value",
             "diag.toml_syntax.not_a_value"},
    Wording{".*(surrogates|U\\+10FFFF).*", "diag.toml_syntax.bad_unicode"},
    Wording{"multi-line strings are prohibited in .*keys", "diag.toml_syntax.multiline_key"},
    Wording{"tables with blank bare keys are explicitly prohibited", "diag.toml_syntax.blank_key"},
    Wording{"line-ending backslashes .*", "diag.toml_syntax.backslash"},
    Wording{"\\[\\[array-of-table\\]\\] brackets .*", "diag.toml_syntax.array_of_tables"},
    Wording{".*(exceeds|exceeded|exceeeds|too long).*", "diag.toml_syntax.too_long"},
    Wording{"expected '\\\\n' after '\\\\r'.*", "diag.toml_syntax.line_break"},
    Wording{"missing exponent|hexadecimal floating-point .*", "diag.toml_syntax.bad_number"},
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
    static const Wordings sentence_wordings(sentences);
    if (const Wording* sentence = sentence_wordings.match(detail, m)) {
        std::string found;
        for (size_t i = 1; i < m.size() && found.empty(); ++i)
            if (m[i].matched) found = shown(m[i].str());
        return message(sentence->key, {{"found", found}});
    }
    static const std::regex expected(R"(expected (.+), saw (?:'([\s\S]*)'|(EOF)))");
    if (std::regex_match(detail, m, expected)) {
        const std::string what = m[1].str();
        std::smatch w;
        std::optional<Message> want;
        // A character or word toml++ quotes ("expected '='", "expected 'x' or 'X'") is said as it is.
        static const std::regex symbols(R"('[^']*'( or '[^']*')*)");
        static const Wordings expectation_wordings(expectations);
        if (const Wording* expectation = expectation_wordings.match(what, w)) want = message(expectation->key);
        else if (std::regex_match(what, symbols))
            want = message("diag.toml_want.symbol", {{"symbol", std::regex_replace(what, std::regex(" or "), " / ")}});
        if (want) {
            const Message& wanted = *want;
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

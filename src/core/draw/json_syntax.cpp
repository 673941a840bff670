#include "json_syntax.hpp"

#include <optional>
#include <regex>
#include <string>

#include "tab/translate/translate.hpp"

namespace tab {
namespace {

// A token as nlohmann::json names it ("end of input", "string literal", "'}'"), as a message.
Message token(const std::string& name) {
    if (name == "end of input") return message("diag.json_token.end");
    if (name == "string literal") return message("diag.json_token.string");
    if (name == "number literal") return message("diag.json_token.number");
    if (name == "'[', '{', or a literal") return message("diag.json_token.value");
    if (name.ends_with(" literal")) return message("diag.json_token.symbol", {{"symbol", name.substr(0, name.size() - 8)}});
    if (name.size() == 3 && name.front() == '\'' && name.back() == '\'') return message("diag.json_token.symbol", {{"symbol", name}});
    return message("diag.json_token.other", {{"name", name}});
}

// What the lexer found wrong in `last` (the text it read last), or nullopt for a wording we do
// not know.
std::optional<Message> lexer_problem(const std::string& problem, const std::string& last) {
    // For a literal, `last` holds more than the word (nlohmann::json's quirk): it is not shown.
    if (problem == "invalid literal") return message("diag.json_syntax.not_a_value");
    if (problem == "invalid string: missing closing quote") return message("diag.json_syntax.unclosed_string");
    if (problem.starts_with("invalid string: control character")) return message("diag.json_syntax.control_character");
    if (problem == "invalid string: ill-formed UTF-8 byte") return message("diag.json_syntax.bad_utf8");
    if (problem.starts_with("invalid number")) return message("diag.json_syntax.bad_number", {{"found", last}});
    if (problem.starts_with("invalid string")) return message("diag.json_syntax.escape", {{"found", last}});
    return std::nullopt;
}

}  // namespace

Message json_syntax_problem(std::string_view what) {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: <problem>": the position
    // is the diagnostic's own.
    std::string text(what);
    if (size_t colon = text.find(": "); text.starts_with("[json.exception") && colon != std::string::npos)
        text = text.substr(colon + 2);
    if (text.starts_with("attempting to parse an empty input")) return message("diag.json_syntax.empty");
    std::smatch m;
    static const std::regex syntax(R"(syntax error (?:while parsing [^-]*)?- ([\s\S]*))");
    if (std::regex_match(text, m, syntax)) {
        const std::string rest = m[1].str();
        static const std::regex lexed(R"(([\s\S]*?); last read: '([\s\S]*)'(?:; expected .*)?)");
        static const std::regex unexpected(R"(unexpected (.+?)(?:; expected (.+))?)");
        if (std::regex_match(rest, m, lexed)) {
            if (std::optional<Message> problem = lexer_problem(m[1].str(), m[2].str())) return *problem;
        } else if (std::regex_match(rest, m, unexpected)) {
            const Message found = token(m[1].str());
            if (!m[2].matched) return message("diag.json_syntax.unexpected", {}, {{"found", &found}});
            const Message expected = token(m[2].str());
            return message("diag.json_syntax.unexpected_expected", {}, {{"found", &found}, {"expected", &expected}});
        }
    }
    return message("diag.json_syntax.untranslated", {{"description", text}});
}

}  // namespace tab

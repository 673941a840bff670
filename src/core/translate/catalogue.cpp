// Looking up translations: a language's own entry, else the English one, else the key itself, so
// a missing translation shows up as readable English or as an obvious "col.something" rather
// than as an empty heading.
#include <algorithm>
#include <charconv>
#include <optional>

#include "catalogues.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

Catalogue Catalogue::builtin(std::string_view lang) {
    const std::vector<std::string>& languages = supported_languages();
    bool known = std::find(languages.begin(), languages.end(), lang) != languages.end();
    Catalogue catalogue;
    catalogue.lang_ = known ? std::string(lang) : "en";
    catalogue.own_ = builtin_entries(catalogue.lang_);
    catalogue.english_ = catalogue_en();
    return catalogue;
}

std::string Catalogue::tr(std::string_view key) const {
    if (auto it = own_.find(key); it != own_.end()) return it->second;
    if (auto it = english_.find(key); it != english_.end()) return it->second;
    return std::string(key);
}

bool Catalogue::has(std::string_view key) const {
    return own_.find(key) != own_.end() || english_.find(key) != english_.end();
}

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> languages = {"en", "kk", "ru"};
    return languages;
}

const std::map<std::string, std::string, std::less<>>& builtin_entries(std::string_view lang) {
    if (lang == "kk") return catalogue_kk();
    if (lang == "ru") return catalogue_ru();
    return catalogue_en();
}

namespace {

// The pattern with every "{name}" replaced by value(name); a placeholder value() does not know
// (nullopt) stays as written.
template <typename Value>
std::string fill_placeholders(std::string_view pattern, Value value) {
    std::string out;
    out.reserve(pattern.size());
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        std::size_t close = pattern.find('}', pos);
        if (close == std::string_view::npos) break;
        std::size_t open = pattern.rfind('{', close);
        if (open == std::string_view::npos || open < pos) {
            out.append(pattern.substr(pos, close + 1 - pos));
            pos = close + 1;
            continue;
        }
        out.append(pattern.substr(pos, open - pos));
        if (std::optional<std::string> v = value(pattern.substr(open + 1, close - open - 1))) out += *v;
        else out.append(pattern.substr(open, close + 1 - open));
        pos = close + 1;
    }
    out.append(pattern.substr(std::min(pos, pattern.size())));
    return out;
}

}  // namespace

std::string format_message(std::string_view pattern,
                           std::initializer_list<std::pair<std::string_view, std::string>> args) {
    return fill_placeholders(pattern, [&](std::string_view name) -> std::optional<std::string> {
        auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (arg == args.end()) return std::nullopt;
        return arg->second;
    });
}

namespace {

// The arguments of the message nested as `name`: those named "name.x", as x.
MessageArgs inner_args(const MessageArgs& args, std::string_view name) {
    MessageArgs out;
    for (const auto& [arg, value] : args)
        if (arg.size() > name.size() && arg.compare(0, name.size(), name) == 0 && arg[name.size()] == '.')
            out.emplace_back(arg.substr(name.size() + 1), value);
    return out;
}

}  // namespace

std::string Catalogue::say(std::string_view key, const MessageArgs& args) const {
    return fill_placeholders(tr(key), [&](std::string_view placeholder) -> std::optional<std::string> {
        std::string_view name = placeholder.substr(0, placeholder.find_first_of("|@"));
        auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (arg == args.end()) return std::nullopt;
        if (name.size() == placeholder.size()) return arg->second;
        // "{action@}": the argument is the key of another entry, said with its own arguments,
        // which message() stored as "action.<name>"
        if (placeholder.substr(name.size()) == "@") return say(arg->second, inner_args(args, name));
        // "{n|count.room}": the counted noun of the language for the number n
        long long n = 0;
        std::from_chars(arg->second.data(), arg->second.data() + arg->second.size(), n);
        return count(placeholder.substr(name.size() + 1), n);
    });
}

Message message(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> args) {
    MessageArgs owned;
    for (const auto& [name, value] : args) owned.emplace_back(std::string(name), value);
    return message(key, std::move(owned));
}

Message message(std::string_view key, MessageArgs args, std::initializer_list<std::pair<std::string_view, const Message*>> inner) {
    // Each nested message keeps its own arguments under its name, so two of them may both have a {round}.
    for (const auto& [name, m] : inner) {
        args.emplace_back(std::string(name), m->key);
        for (const auto& [arg, value] : m->args) args.emplace_back(std::string(name) + "." + arg, value);
    }
    return message(key, std::move(args));
}

Message message(std::string_view key, MessageArgs args) {
    // A key the catalogue lacks is said as the key itself; the unit test "every catalogue key
    // named in the sources is in the catalogue" keeps that from happening.
    std::string text = english().say(key, args);
    return {std::string(key), std::move(args), std::move(text)};
}

std::string Catalogue::describe(const Diagnostic& d) const {
    std::string out = d.file;
    if (d.line > 0) {
        out += ":" + std::to_string(d.line);
        if (d.column > 0) out += ":" + std::to_string(d.column);
    }
    if (!out.empty()) out += ": ";
    out += tr(d.severity == Severity::error ? "diag.error" : "diag.warning");
    out += ": ";
    out += say(d.key, d.args);
    return out;
}

const Catalogue& english() {
    static const Catalogue catalogue = Catalogue::builtin("en");
    return catalogue;
}

}  // namespace tab

// The tolerant side of reading DebateXML. Real exports deviate from spec.xsd in a few ways
// that lose nothing: Python's True/False for booleans, attributes the schema lacks (Tabbycat's
// round abbreviation), elements out of order, non-breaking spaces in names. Each kind is
// reported once, at its first occurrence, with the number of further occurrences, so that a
// file with 440 "reply=False" gives one line, not 440. What tab has no place for (feedback,
// questions, info slides) is reported the same way, so nothing is dropped silently.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "archive/debatexml_internal.hpp"
#include "tab/base/fraction.hpp"

namespace tab::detail {

XmlReader::XmlReader(std::string_view text, std::string file, Diagnostics& diags)
    : file_(std::move(file)), diags_(diags) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::pair<int, int> XmlReader::position(pugi::xml_node node) const {
    const ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {0, 0};
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<size_t>(offset));
    const size_t line = static_cast<size_t>(it - line_starts_.begin());
    // offset_debug points at the name; the column is that of the '<' before it.
    const size_t column = static_cast<size_t>(offset) - line_starts_[line - 1];
    return {static_cast<int>(line), static_cast<int>(std::max<size_t>(column, 1))};
}

void XmlReader::error(pugi::xml_node node, const Message& message) {
    auto [line, column] = position(node);
    diags_.error(file_, line, column, message);
}

void XmlReader::deviation(pugi::xml_node node, const std::string& kind, const Message& message) {
    auto [it, added] = deviations_.try_emplace(kind);
    if (added) {
        auto [line, column] = position(node);
        it->second = {line, column, 0, message};
        deviation_order_.push_back(kind);
    }
    ++it->second.count;
}

void XmlReader::flush_deviations() {
    for (const std::string& kind : deviation_order_) {
        const Seen& s = deviations_[kind];
        if (s.count == 1) diags_.warning(file_, s.line, s.column, s.message);
        else
            diags_.warning(file_, s.line, s.column,
                           message("diag.debatexml.times_in_all", {{"times", std::to_string(s.count)}},
                                   {{"deviation", &s.message}}));
    }
    deviations_.clear();
    deviation_order_.clear();
}

void XmlReader::expect(pugi::xml_node node, std::initializer_list<const char*> attributes,
                       std::initializer_list<const char*> children) {
    auto known = [](std::initializer_list<const char*> list, const char* name) {
        return std::any_of(list.begin(), list.end(), [&](const char* k) { return std::string_view(k) == name; });
    };
    const std::string element = node.name();
    for (pugi::xml_attribute a : node.attributes())
        if (!known(attributes, a.name()))
            deviation(node, "attribute " + element + "/" + a.name(),
                      message("diag.debatexml.attribute_ignored", {{"attribute", a.name()}, {"element", element}}));
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && !known(children, c.name()))
            deviation(c, "element " + element + "/" + c.name(),
                      message("diag.debatexml.element_ignored", {{"element", c.name()}, {"parent", element}}));
}

std::string XmlReader::clean(pugi::xml_node node, std::string_view raw) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < raw.size(); ++i) {
        const bool nbsp = raw[i] == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0';
        if (nbsp) {
            deviation(node, "nbsp", message("diag.debatexml.nbsp"));
            ++i;
        }
        if (nbsp || std::isspace(static_cast<unsigned char>(raw[i]))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += raw[i];
    }
    return out;
}

std::string XmlReader::attr(pugi::xml_node node, const char* name) {
    return clean(node, node.attribute(name).value());
}

std::string XmlReader::text(pugi::xml_node node) {
    std::string raw;
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) raw += c.value();
    return clean(node, raw);
}

bool XmlReader::boolean(pugi::xml_node node, const char* name, bool fallback) {
    pugi::xml_attribute a = node.attribute(name);
    if (!a) return fallback;
    const std::string v = clean(node, a.value());
    if (v == "true" || v == "1") return true;
    if (v == "false" || v == "0") return false;
    if (v == "True" || v == "False") {
        deviation(node, "python-boolean", message("diag.debatexml.python_boolean"));
        return v == "True";
    }
    deviation(node, std::string("boolean ") + name,
              message("diag.debatexml.not_boolean",
                      {{"attribute", name}, {"found", v}, {"fallback", fallback ? "true" : "false"}}));
    return fallback;
}

std::optional<int64_t> XmlReader::hundredths(pugi::xml_node node, std::string_view text, const char* attribute) {
    std::optional<int64_t> v = parse_hundredths(text);
    if (v) return v;
    const std::string found(text);
    if (attribute)
        error(node, message("diag.debatexml.not_decimal_attribute",
                            {{"attribute", attribute}, {"element", node.name()}, {"found", found}}));
    else
        error(node, message("diag.debatexml.not_decimal", {{"element", node.name()}, {"found", found}}));
    return v;
}

std::vector<std::string> XmlReader::refs(pugi::xml_node node, const char* name) {
    std::vector<std::string> out;
    const std::string v = attr(node, name);
    size_t i = 0;
    while (i < v.size()) {
        size_t j = v.find(' ', i);
        if (j == std::string::npos) j = v.size();
        if (j > i) out.push_back(v.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

std::string decimal(int64_t hundredths) {
    const bool negative = hundredths < 0;
    const uint64_t v = negative ? 0 - static_cast<uint64_t>(hundredths) : static_cast<uint64_t>(hundredths);
    std::string out = (negative ? "-" : "") + std::to_string(v / 100);
    if (v % 100 == 0) return out;
    out += v % 10 == 0 ? fmt::format(".{}", v % 100 / 10) : fmt::format(".{:02}", v % 100);
    return out;
}

std::string slug(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80)
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string round_id_from_name(const std::string& name, bool elimination, int ordinal) {
    if (!elimination) return "R" + std::to_string(ordinal);
    const std::string s = slug(name);
    auto has = [&](const char* w) { return s.find(w) != std::string::npos; };
    if (has("double") && has("octo")) return "DOF";
    if (has("octo")) return "OF";
    if (has("quarter")) return "QF";
    if (has("semi")) return "SF";
    if (has("grand")) return "GF";
    if (has("final")) return "F";
    return "E" + std::to_string(ordinal);
}

}  // namespace tab::detail

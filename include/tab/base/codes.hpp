// The stable external spelling of an enumerated value (a TOML or JSON code such as "side-lock"),
// and the one parse / to-string pair every such enum uses. An enum E declares its codes once by
// specialising codes_of<E>(): a table of {value, code} in the order they are listed to people.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tab {

template <class E>
struct Code {
    E value;
    std::string_view text;
};

// Specialised next to each enum (declared in its header, defined in one .cpp).
template <class E>
std::span<const Code<E>> codes_of();

template <class E>
std::optional<E> parse_code(std::string_view text) {
    for (const Code<E>& c : codes_of<E>())
        if (c.text == text) return c.value;
    return std::nullopt;
}

template <class E>
std::string_view code_text(E value) {
    for (const Code<E>& c : codes_of<E>())
        if (c.value == value) return c.text;
    return {};
}

// Every code of E, or those of the given values, as listed in settings help and error messages.
template <class E>
std::vector<std::string> code_texts() {
    std::vector<std::string> out;
    for (const Code<E>& c : codes_of<E>()) out.emplace_back(c.text);
    return out;
}

template <class E>
std::vector<std::string> code_texts(std::initializer_list<E> values) {
    std::vector<std::string> out;
    for (E v : values) out.emplace_back(code_text(v));
    return out;
}

}  // namespace tab

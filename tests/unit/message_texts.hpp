// The English wording of messages, for tests that compare what a person would read in English.
#pragma once

#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"

inline std::vector<std::string> texts(const std::vector<tab::Message>& messages) {
    std::vector<std::string> out;
    for (const tab::Message& m : messages) out.push_back(m.text);
    return out;
}

// The names of one kind of participant read so far, by name_key (tab/base/names.hpp), so that
// two names a reader cannot tell apart ("Alpha" and "ALPHA", a Latin A typed for a Cyrillic А)
// are an error rather than one participant merged from both, or two that ballots cannot tell
// apart. Lookups are hash lookups, so checking stays linear in the number of rows.
#pragma once

#include <string>
#include <unordered_map>

#include "csv_fields.hpp"
#include "tab/base/names.hpp"

namespace tab::detail {

class UniqueNames {
public:
    // `lookalike` is the key of the message for the kind: "diag.load.lookalike_team", ...
    explicit UniqueNames(std::string lookalike) : lookalike_(std::move(lookalike)) {}

    // Records `name`; reports it and returns true when an earlier name had the same key but
    // another spelling. The same spelling again is left to the caller (a team has many rows).
    bool collides(CsvFields& f, const CsvRow& row, int col, const std::string& name) {
        auto [it, added] = seen_.try_emplace(name_key(name), Seen{name, row.line});
        if (added || it->second.name == name) return false;
        f.error(row, col, message(lookalike_, {{"found", name}, {"other", it->second.name}, {"line", std::to_string(it->second.line)}}));
        return true;
    }

private:
    struct Seen {
        std::string name;
        int line;
    };
    std::string lookalike_;
    std::unordered_map<std::string, Seen> seen_;
};

}  // namespace tab::detail

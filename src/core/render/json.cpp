// JSON for programs: one object with one array per table, keyed by the table's name, each row an
// object keyed by column key in column order. Numbers are JSON numbers (integers exact, others
// rounded to the digits the cell shows, so JSON and text agree), empty cells are null (as are
// NaN and infinity), text is a string. Invalid UTF-8 in a cell becomes U+FFFD, not an error.
// Example: {"teams": [{"rank": 1, "team": "Әлем", "speaks": 150.5, "flags": null}]}.
#include <charconv>

#include <nlohmann/json.hpp>

#include "renderers.hpp"

namespace tab {
namespace {

nlohmann::ordered_json value(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::empty: return nullptr;
    case Cell::Kind::text: return cell.text;
    case Cell::Kind::integer: return cell.integer;
    case Cell::Kind::number: {
        // The number as shown, read back: JSON then says 148.2 exactly where the text says 148.2.
        std::string shown = cell.display();
        double number = 0;
        std::from_chars_result parsed = std::from_chars(shown.data(), shown.data() + shown.size(), number);
        if (parsed.ec != std::errc()) return nullptr;  // nan or inf: JSON has no such numbers
        return number;
    }
    }
    return nullptr;
}

}  // namespace

std::string render_json(const std::vector<Table>& tables) {
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    for (const Table& table : tables) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const std::vector<Cell>& row : table.rows) {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                object[table.columns[c].key] = value(cell_at(row, c));
            }
            rows.push_back(std::move(object));
        }
        document[table.name] = std::move(rows);
    }
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace tab

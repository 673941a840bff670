// The explicit state `tab draw --state FILE.json` computes a draw from (docs/schema/draw-state.schema.json).
//
// State: {"preset": "australs", "method": "power", "seed": 7, "round": "R4", "round_number": 4,
//   "options": {"odd_bracket": "pullup_top", ...},
//   "teams": [{"id": "A", "institution": "X", "points": 3, "speaks": 225.5,
//              "side_history": [2, 1], "opponents": ["B", "C", "D"], "pullups": 0, "byes": 0,
//              "seed": 0, "allocated_side": "gov"}, ...]}
// with the teams in standings order (BP: side_history has 4 counts, og oo cg co). Only id is
// required; option names and values are those of docs/formats.md ([draw] keys); any other key is
// an error located by its JSON pointer. The draw made from it: tab/draw/draw_document.hpp.
#pragma once

#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/model/draw_state.hpp"

namespace tab {

// The names the state's "options" object accepts (the draw keys of settings_specs()).
bool is_draw_option(const std::string& key);

// Parses a state document; every problem goes to diags (located in `file`), nullopt if any.
std::optional<DrawRequest> read_draw_state(const std::string& text, const std::string& file, Diagnostics& diags);
// The state of a request (what read_draw_state reads back to the same request).
std::string draw_state_to_json(const DrawRequest& request);

}  // namespace tab

// The one shape of a draw for people and scripts: what `tab draw` (fresh, --show, --state,
// elimination), `tab allocate` and `tab export json` print. Rooms name their teams with the
// format's side codes (gov/opp, prop/opp, og/oo/cg/co) and their panel by adjudicator name.
// The JSON is documented by docs/schema/draw.schema.json; to_json() is the only place that
// builds it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tab/model/draw.hpp"
#include "tab/model/draw_state.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct SeatView {
    std::string team;     // team name
    std::string side;     // the format's side code
    bool pullup = false;  // pulled up into this room's bracket
};

struct RoomView {
    int room = 0;                        // room number (elimination: room rank, 1 = top seed)
    std::optional<double> bracket;       // points of the bracket; none in elimination rounds
    std::optional<std::string> venue;    // none until allocated
    std::vector<SeatView> teams;         // in the format's side order
    std::optional<std::string> chair;    // none until allocated
    std::vector<std::string> panellists;
    std::vector<std::string> trainees;
    std::vector<std::string> flags;      // codes from the generator: rematch, same-institution, ...
    std::vector<CostTerm> costs;         // the room's cost terms (fresh draws only; JSON with explain)
};

struct DrawDocument {
    std::string round;
    Stage stage = Stage::prelim;
    DrawMethod method = DrawMethod::manual;  // manual for a draw written by hand
    std::optional<uint64_t> seed;        // none for a manual draw
    std::vector<std::string> sides;      // the format's side codes in order (the columns of a table)
    std::vector<Motion> motions;
    std::vector<RoomView> rooms;
    std::vector<std::string> byes;       // team names
    std::vector<Message> notes;          // what the generator did that the director must know
    std::vector<CostTerm> quality;       // summary figures (fresh draws only)
};

// A draw of the tournament (stored or just made). Motions come from `round` when given.
DrawDocument draw_document(const Tournament& t, const Round* round, const Draw& d);
// A draw made from a request (tab draw --state): names from the request, costs and quality kept.
DrawDocument draw_document(const DrawRequest& request, const DrawOutcome& outcome);
// The draw made from a request as a Draw of the tournament the request was built from (its
// TeamState::team indices); swing teams the generator added get team -1.
Draw to_draw(const DrawRequest& request, const DrawOutcome& outcome);

// "prelim" or "elimination".
const char* stage_code(Stage stage);

// The JSON of docs/schema/draw.schema.json; each room's cost terms only with `explain`.
nlohmann::ordered_json to_json(const DrawDocument& d, bool explain);

// Messages (notes, trade-offs) in JSON: their English wording, since the machine interface does
// not change with --lang.
nlohmann::ordered_json english_texts(const std::vector<Message>& messages);

}  // namespace tab

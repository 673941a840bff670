// tab allocate: adjudicator panels and venues into a round's draw.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/draw/draw_document.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct AllocateRequest {
    std::string round;
    bool force = false;    // replace panels already in the draw
    bool explain = false;  // details per room in the JSON
    bool dry_run = false;  // allocate, write nothing
};

enum class PanelRole { chair, panellist, trainee };
const char* role_code(PanelRole role);  // "chair", "panellist", "trainee"

struct PanelMember {
    PanelRole role = PanelRole::chair;
    std::string adjudicator;
    double strength = 0;  // base strength blended with feedback
};

// Why a room got its panel: its rank by importance and the soft rules given up.
struct RoomAllocation {
    int room = 0;
    int rank = 0;  // 1 = the most important room
    std::vector<PanelMember> members;
    std::vector<Message> trade_offs;
};

struct AllocateResult {
    DrawDocument draw;                  // the round's draw with panels and venues
    std::vector<RoomAllocation> rooms;  // in draw order
    std::vector<std::string> unused;    // available adjudicators left without a seat
    bool written = false;
};

// Allocates into `draw` (the stored draw of `round`, or one just made); writes it unless dry_run.
// Refuses (refused_overwrite) to replace panels already there without force; `cannot` naming
// each room where the hard rules cannot all hold. Warnings (unused adjudicators, ...) go to diags.
std::optional<AllocateResult> allocate_draw(const Tournament& t, FileSystem& fs, const Round& round, const Draw& draw,
                                            const AllocateRequest& request, Diagnostics& diags);
// tab allocate ROUND: the same on the round's stored draw.
std::optional<AllocateResult> allocate_round(const Tournament& t, FileSystem& fs, const AllocateRequest& request,
                                             Diagnostics& diags);

// The draw's JSON (draw.schema.json) with each room's "allocation" details when explain.
nlohmann::ordered_json to_json(const AllocateResult& result, bool explain);

}  // namespace tab::app

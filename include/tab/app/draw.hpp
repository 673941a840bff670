// tab draw: make a round's draw (prelim or elimination) from the tournament's files and write it,
// accept a hand-written draw, show the stored draw, or draw from an explicit state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "tab/app/allocate.hpp"
#include "tab/ballots/results.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/draw/draw_document.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/tournament.hpp"

namespace tab::app {

struct DrawRoundRequest {
    std::string round;
    std::optional<uint64_t> seed;  // --seed; default: the recorded seed (dry run of a drawn round), else draw_seed()
    bool explain = false;          // keep each room's cost terms in the JSON
    bool dry_run = false;          // make the draw, write nothing
    bool force = false;            // replace an existing draw
    bool allow_incomplete = false; // draw a prelim although an earlier prelim has missing results
};

// A draw made, not yet written.
struct MadeDraw {
    Draw draw;
    DrawDocument document;  // with costs, quality and notes of the generator
};

enum class DrawAction {
    written,   // the draw was made and written
    dry_run,   // made and not written
    accepted,  // a manual round's hand-written draw was read and is valid
};

struct DrawRoundResult {
    DrawAction action = DrawAction::written;
    DrawDocument document;                // the draw (after [allocation] auto: with panels and venues)
    std::optional<bool> matches_stored;   // dry run of a drawn round from its recorded seed: same teams and sides?
    std::optional<AllocateResult> allocation;  // [allocation] auto = true
};

// The round's draw made from the files (prelims: teams in standings order with their histories,
// the lot drawn from the seed; elimination rounds: the bracket from break.csv), nothing written.
std::optional<MadeDraw> make_draw(const Tournament& t, const FileSystem& fs, const Round& round, uint64_t seed,
                                  Diagnostics& diags);
// The same for a prelim from the results of the prelims before it, already loaded
// (load_round_results, in order): replay makes every round again and reads each round once.
std::optional<MadeDraw> make_prelim_draw(const Tournament& t, const Round& round, const std::vector<RoundResults>& earlier,
                                         uint64_t seed, Diagnostics& diags);

// tab draw ROUND: the draw made and written (refusing to overwrite without force), or for a
// manual round the hand-written draw checked. A prelim is not drawn (`cannot`) while an earlier
// prelim is undrawn or has a debate without a result that counts, unless allow_incomplete.
std::optional<DrawRoundResult> draw_round(const Tournament& t, FileSystem& fs, const DrawRoundRequest& request,
                                          Diagnostics& diags);

// tab draw ROUND --show: the stored draw with its venues, panels and motions.
std::optional<DrawDocument> show_draw(const Tournament& t, const FileSystem& fs, const std::string& round, Diagnostics& diags);

// tab draw --state: the draw of an explicit state document (`file` names it in diagnostics).
std::optional<DrawDocument> draw_from_state(const std::string& text, const std::string& file, std::optional<uint64_t> seed,
                                            Diagnostics& diags);

// True when two draws put the same teams on the same sides in the same rooms, with the same byes
// (panels and venues, added later by tab allocate, are not compared).
bool same_pairings(const Draw& a, const Draw& b);

}  // namespace tab::app

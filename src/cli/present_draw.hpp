// The draw for people (text, md, html: translated headings, pull-ups marked " ^", venues and
// panels once allocated) and for machines (csv, tsv: every column under its key, one value per
// cell), from the typed draw; the allocation's --explain table. JSON is the core's to_json().
#pragma once

#include <vector>

#include "context.hpp"
#include "tab/app/allocate.hpp"
#include "tab/draw/draw_document.hpp"

namespace tab::cli {

// One row per room (then one per bye); with explain, each room's cost terms, the quality and the
// generator's notes as further tables.
std::vector<Table> draw_tables(const DrawDocument& draw, bool machine, bool explain, const Catalogue& cat);

// One row per panel member: room, rank, venue, role, adjudicator, strength, trade-off.
Table allocation_explain_table(const app::AllocateResult& result, bool machine, const Catalogue& cat);

// Prints the draw in the context's format (JSON: the core's document).
void present_draw(Context& ctx, const DrawDocument& draw, bool explain);

}  // namespace tab::cli

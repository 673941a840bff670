// The official results protocol of one tournament (хаттама / протокол, DOMAIN.md §8): the
// document an organiser prints, signs and files. It is a sequence of tables in the rendering
// layer, so the same call gives printable HTML, Markdown or any other format:
//   details (name, dates, place, format, counts), the teams with their speakers, the adjudicators,
//   the rounds with their motions, the results of every round (prelims and eliminations), the
//   team and speaker standings, the break, the awards, and signature lines for the chief
//   adjudicator and the organiser.
// Silent rounds are included: the protocol is written after the tournament. Names sort in the
// alphabet of the catalogue's language. No personal data is printed.
#pragma once

#include <string>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/render/render.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

// The protocol's tables, titled in the catalogue's language. Unreadable draws, ballots or
// break files go to diags (their sections are then left out).
std::vector<Table> protocol_tables(const Tournament& t, const FileSystem& fs, const Catalogue& cat, Diagnostics& diags);

}  // namespace tab

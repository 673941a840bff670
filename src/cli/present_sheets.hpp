// The printed ballot sheets of `tab ballots sheets --format html`.
#pragma once

#include <string>

#include "present.hpp"
#include "tab/app/ballot_sheets.hpp"

namespace tab::cli {

// One A4 page per sheet: tournament, round, room and venue, motion, the adjudicator, per team
// its side, name and speakers with an empty score box per speech (and reply), a total, the
// place (BP) or winner box, and a signature line. Inline CSS only; every word from `cat`.
std::string ballot_sheets_page(const app::BallotSheets& sheets, const Catalogue& cat);

}  // namespace tab::cli

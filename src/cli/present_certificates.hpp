// The printed certificates of `tab certificates --format html`, and the award sentences they and
// the mail-merge table share.
#pragma once

#include <string>

#include "present.hpp"
#include "tab/app/awards.hpp"

namespace tab::cli {

enum class PageOrientation { landscape, portrait };

// "Place 1, Open", "Best speaker, Place 2", ... in the catalogue's language.
std::string award_text(const Catalogue& cat, const app::AwardEntry& a);

// One A4 sheet per document: a diploma for each award of a participant, or a certificate of
// participation for someone without one. Inline CSS only: no script, nothing fetched.
std::string certificates_page(const app::CertificatesReport& r, const Catalogue& cat, PageOrientation orientation);

}  // namespace tab::cli

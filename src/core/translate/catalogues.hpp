// The built-in catalogues, one function per language, each in its own file (catalogue_<lang>.cpp).
#pragma once

#include <map>
#include <string>

namespace tab {

using CatalogueEntries = std::map<std::string, std::string, std::less<>>;

const CatalogueEntries& catalogue_en();  // English: the reference every key must exist in
const CatalogueEntries& catalogue_kk();  // Kazakh (Cyrillic)
const CatalogueEntries& catalogue_ru();  // Russian

}  // namespace tab

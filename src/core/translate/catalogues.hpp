// The built-in catalogues, one function per language, each in its own file (catalogue_<lang>.cpp),
// with the language's diagnostics (keys diag.*) in catalogue_<lang>_diagnostics.cpp.
#pragma once

#include <initializer_list>
#include <map>
#include <string>

namespace tab {

using CatalogueEntries = std::map<std::string, std::string, std::less<>>;

const CatalogueEntries& catalogue_en();  // English: the reference every key must exist in
const CatalogueEntries& catalogue_kk();  // Kazakh (Cyrillic)
const CatalogueEntries& catalogue_ru();  // Russian

CatalogueEntries diagnostics_en();
CatalogueEntries diagnostics_kk();
CatalogueEntries diagnostics_ru();

// A language's diagnostics together with its other entries (the two never share a key: a unit
// test reads the sources).
inline CatalogueEntries with_diagnostics(CatalogueEntries diagnostics,
                                         std::initializer_list<CatalogueEntries::value_type> others) {
    diagnostics.insert(others);
    return diagnostics;
}

}  // namespace tab

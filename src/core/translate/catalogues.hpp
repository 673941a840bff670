// The built-in catalogues, one function per language, each in its own file (catalogue_<lang>.cpp),
// with the language's diagnostics (keys diag.*) in catalogue_<lang>_diagnostics.cpp and its help
// (keys help.*, `tab --help`) in catalogue_<lang>_help.cpp.
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

CatalogueEntries help_en();
CatalogueEntries help_kk();
CatalogueEntries help_ru();

// A language's diagnostics and help together with its other entries (no two of the three share a
// key: a unit test reads the sources).
inline CatalogueEntries with_diagnostics(CatalogueEntries diagnostics, const CatalogueEntries& help,
                                         std::initializer_list<CatalogueEntries::value_type> others) {
    diagnostics.insert(help.begin(), help.end());
    diagnostics.insert(others);
    return diagnostics;
}

}  // namespace tab

// translations.csv: an organiser's own wording for any heading, label or message, read from the
// tournament (or season) directory so that a term can be fixed without rebuilding tab:
//
//   key,text,lang
//   col.team,Фракция,kk
//   side.og,ПП,ru
//
// lang may be left out (or empty): the row then applies whatever the output language. A key
// that tab does not know is reported (a typo would otherwise change nothing, silently).
#include "tab/base/csv.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

void load_catalogue_overrides(Catalogue& catalogue, const FileSystem& fs, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(catalogue_overrides_file);
    if (!text) return;
    CsvTable table = parse_csv(*text, catalogue_overrides_file, diags);
    const int key = table.column({"key"}), value = table.column({"text", "translation"}), lang = table.column({"lang", "language"});
    if (key < 0 || value < 0) {
        diags.error(catalogue_overrides_file, 1, 1, message("diag.translations.header"));
        return;
    }
    const auto& english = builtin_entries("en");
    for (const CsvRow& row : table.rows) {
        const std::string& k = table.cell(row, key);
        const std::string& l = table.cell(row, lang);
        if (english.find(k) == english.end()) {
            diags.warning(catalogue_overrides_file, row.line, key + 1, message("diag.translations.unknown_key", {{"found", k}}));
            continue;
        }
        if (!l.empty() && l != "en" && l != "kk" && l != "ru") {
            diags.error(catalogue_overrides_file, row.line, lang + 1, message("diag.translations.language", {{"found", l}}));
            continue;
        }
        if (table.cell(row, value).empty()) {
            diags.error(catalogue_overrides_file, row.line, value + 1, message("diag.translations.empty_text", {{"key", k}}));
            continue;
        }
        if (l.empty() || l == catalogue.lang()) catalogue.override_entry(k, table.cell(row, value));
    }
}

}  // namespace tab

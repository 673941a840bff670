// What every presenter shares: whether the output is for machines (csv, tsv: codes, one value per
// cell) or for people (text, md, html: translated headings and labels), list cells, and printing
// either the JSON document or the tables.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "context.hpp"

namespace tab::cli {

// True for csv and tsv.
bool for_machines(const Context& ctx);
// A list cell: the items joined by "; ".
std::string list_cell(const std::vector<std::string>& items);
// --format json: the document; otherwise the tables in the catalogue's language, `title` as the
// HTML page title.
void present(Context& ctx, const std::vector<Table>& tables, const Catalogue& cat, const std::string& title,
             const nlohmann::ordered_json& document);

}  // namespace tab::cli

// The steps of import_tabbycat(), one group of Tabbycat files each. Each step reads its files
// from the import folder, adds what it finds to the tournament and reports every bad cell.
// The order matters: categories and rounds come before the teams and adjudicators that name them.
#pragma once

#include <string>
#include <vector>

#include "../model/csv_fields.hpp"
#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab::detail {

// The cells of one Tabbycat file: CsvFields' typed readers, and problems as catalogue messages
// said after the column's name ("column 'rule': found 'x'; expected ..."), so that the reader's
// language is used for every word but the file's own.
class TabbycatCells : public CsvFields {
public:
    TabbycatCells(const CsvTable& table, Diagnostics& diags) : CsvFields(table, diags), table_(table), diags_(diags) {}

    void error(const CsvRow& row, int col, const Message& problem);
    void warning(const CsvRow& row, int col, const Message& problem);

private:
    Message in_column(int col, const Message& problem) const;

    const CsvTable& table_;
    Diagnostics& diags_;
};

// break_categories.csv and speaker_categories.csv.
void import_categories(const FileSystem& src, Tournament& t, Diagnostics& diags);
// rounds.csv, then motions.csv.
void import_rounds(const FileSystem& src, Tournament& t, Diagnostics& diags);
// institutions.csv, then teams.csv and/or speakers.csv. Returns true for the BP layout.
bool import_teams(const FileSystem& src, Tournament& t, Diagnostics& diags);
// adjudicators.csv, scores.csv and the three conflict files.
void import_adjudicators(const FileSystem& src, Tournament& t, Diagnostics& diags);
// venues.csv (its categories become tags).
void import_venues(const FileSystem& src, Tournament& t, Diagnostics& diags);

// A team by the names Tabbycat accepts: its short name (code + reference, or the reference)
// or its long name (the institution's full name + reference). -1 if none.
int find_tabbycat_team(const Tournament& t, const std::string& name);

}  // namespace tab::detail

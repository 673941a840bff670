#include "tabbycat_internal.hpp"

namespace tab::detail {

Message TabbycatCells::in_column(int col, const Message& problem) const {
    if (col < 0 || static_cast<size_t>(col) >= table_.header.size()) return problem;
    return message("diag.tabbycat.in_column", {{"column", table_.header[static_cast<size_t>(col)]}},
                   {{"problem", &problem}});
}

void TabbycatCells::error(const CsvRow& row, int col, const Message& problem) {
    diags_.error(table_.file, row.line, col + 1, in_column(col, problem));
}

void TabbycatCells::warning(const CsvRow& row, int col, const Message& problem) {
    diags_.warning(table_.file, row.line, col + 1, in_column(col, problem));
}

}  // namespace tab::detail

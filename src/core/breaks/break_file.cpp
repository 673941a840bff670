// break.csv (written by `tab break`, read by the elimination draws) and break_remarks.csv
// (written by the director, only read by tab).
#include <array>

#include "tab/breaks/break.hpp"
#include "tab/base/csv.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

constexpr std::array<std::pair<Remark, std::string_view>, 8> remark_keys = {{
    {Remark::broke, ""},
    {Remark::capped, "capped"},
    {Remark::ineligible, "ineligible"},
    {Remark::different_break, "different-break"},
    {Remark::disqualified, "disqualified"},
    {Remark::lost_coin_toss, "lost-coin-toss"},
    {Remark::withdrawn, "withdrawn"},
    {Remark::reserve, "reserve"},
}};

std::optional<Remark> parse_remark(std::string_view key) {
    for (const auto& [remark, k] : remark_keys)
        if (k == key) return remark;
    return std::nullopt;
}

std::optional<int> parse_int(const std::string& s) {
    if (s.empty() || s.size() > 6) return std::nullopt;
    int v = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return std::nullopt;
        v = v * 10 + (ch - '0');
    }
    return v;
}

// Column positions of a table, with an error for each missing required one.
struct Columns {
    std::vector<int> at;
    bool ok = true;
};
Columns require(const CsvTable& table, const std::vector<std::string>& names, size_t required, Diagnostics& diags) {
    Columns c;
    for (size_t i = 0; i < names.size(); ++i) {
        c.at.push_back(table.column({names[i]}));
        if (i < required && c.at.back() < 0) {
            diags.error(table.file, 1, 0, message("diag.csv.missing_column", {{"column", names[i]}}));
            c.ok = false;
        }
    }
    return c;
}

}  // namespace

std::string_view remark_key(Remark r) {
    for (const auto& [remark, k] : remark_keys)
        if (remark == r) return k;
    return "";
}

std::optional<Remark> parse_manual_remark(std::string_view key) {
    std::optional<Remark> r = parse_remark(key);
    if (!r || *r == Remark::broke || *r == Remark::reserve) return std::nullopt;
    return r;
}

std::vector<int> CategoryBreak::breaking() const {
    std::vector<int> out;
    for (const BreakEntry& e : entries)
        if (e.break_rank > 0) out.push_back(e.team);
    return out;
}

const CategoryBreak* Break::find(std::string_view category) const {
    for (const CategoryBreak& c : categories)
        if (c.category == category) return &c;
    return nullptr;
}

std::vector<ManualRemark> read_break_remarks(const Tournament& t, const FileSystem& fs, Diagnostics& diags) {
    std::vector<ManualRemark> out;
    std::optional<std::string> text = fs.read(break_remarks_file);
    if (!text) return out;
    CsvTable table = parse_csv(*text, break_remarks_file, diags);
    Columns c = require(table, {"team", "remark", "category", "note"}, 2, diags);
    if (!c.ok) return out;
    for (const CsvRow& row : table.rows) {
        ManualRemark m;
        const std::string& team = table.cell(row, c.at[0]);
        m.team = t.find_team(team);
        if (m.team < 0) diags.error(table.file, row.line, c.at[0] + 1, message("diag.found_team", {{"found", team}}));
        const std::string& remark = table.cell(row, c.at[1]);
        std::optional<Remark> r = parse_manual_remark(remark);
        if (!r)
            diags.error(table.file, row.line, c.at[1] + 1, message("diag.break.manual_remark", {{"found", remark}}));
        m.category = table.cell(row, c.at[2]);
        if (!m.category.empty() && !t.find_break_category(m.category))
            diags.error(table.file, row.line, c.at[2] + 1, message("diag.break.category_or_empty", {{"found", m.category}}));
        m.note = table.cell(row, c.at[3]);
        if (m.team >= 0 && r) {
            m.remark = *r;
            out.push_back(m);
        }
    }
    return out;
}

std::string break_to_csv(const Tournament& t, const Break& b) {
    std::string out = csv_line({"category", "break_rank", "rank", "team", "remark", "note"}) + "\n";
    for (const CategoryBreak& c : b.categories)
        for (const BreakEntry& e : c.entries)
            out += csv_line({c.category, e.break_rank > 0 ? std::to_string(e.break_rank) : "", std::to_string(e.rank),
                             t.teams[static_cast<size_t>(e.team)].name, std::string(remark_key(e.remark)), e.note}) +
                   "\n";
    return out;
}

std::optional<Break> read_break(const Tournament& t, const FileSystem& fs, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(break_file);
    if (!text) return std::nullopt;
    const int errors_before = diags.error_count();
    CsvTable table = parse_csv(*text, break_file, diags);
    Columns c = require(table, {"category", "break_rank", "rank", "team", "remark", "note"}, 4, diags);
    if (!c.ok) return std::nullopt;
    Break b;
    for (const BreakCategory& cat : t.break_categories) b.categories.push_back({cat.id, {}});
    for (const CsvRow& row : table.rows) {
        auto error = [&](int col, Message problem) { diags.error(table.file, row.line, col + 1, std::move(problem)); };
        const std::string& cat = table.cell(row, c.at[0]);
        CategoryBreak* into = nullptr;
        for (CategoryBreak& cb : b.categories)
            if (cb.category == cat) into = &cb;
        if (!into) error(c.at[0], message("diag.break.category", {{"found", cat}}));
        BreakEntry e;
        const std::string& seed = table.cell(row, c.at[1]);
        std::optional<int> br = parse_int(seed);
        if (!seed.empty() && (!br || *br < 1)) error(c.at[1], message("diag.break.break_rank", {{"found", seed}}));
        e.break_rank = br.value_or(0);
        const std::string& rank = table.cell(row, c.at[2]);
        std::optional<int> r = parse_int(rank);
        if (!r) error(c.at[2], message("diag.break.rank", {{"found", rank}}));
        e.rank = r.value_or(0);
        const std::string& team = table.cell(row, c.at[3]);
        e.team = t.find_team(team);
        if (e.team < 0) error(c.at[3], message("diag.found_team", {{"found", team}}));
        const std::string& remark = table.cell(row, c.at[4]);
        std::optional<Remark> rm = parse_remark(remark);
        if (!rm) error(c.at[4], message("diag.break.remark", {{"found", remark}}));
        e.remark = rm.value_or(Remark::broke);
        e.note = table.cell(row, c.at[5]);
        if (into && e.team >= 0) into->entries.push_back(e);
    }
    if (diags.error_count() > errors_before) return std::nullopt;
    return b;
}

}  // namespace tab

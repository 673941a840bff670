#include "tab/app/break.hpp"

#include "tab/app/json_numbers.hpp"
#include "tab/app/rounds.hpp"
#include "tab/ballots/results.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

nlohmann::ordered_json line_json(const BreakLine& l) {
    std::optional<std::string> remark = remark_code(l.remark);
    return {{"team", l.team},
            {"institution", json_text_or_null(l.institution)},
            {"rank", l.rank},
            {"break_rank", l.break_rank ? nlohmann::ordered_json(*l.break_rank) : nullptr},
            {"remark", remark ? nlohmann::ordered_json(*remark) : nullptr},
            {"note", json_text_or_null(l.note)}};
}

nlohmann::ordered_json lines_json(const std::vector<BreakLine>& lines) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const BreakLine& l : lines) out.push_back(line_json(l));
    return out;
}

}  // namespace

std::optional<std::string> remark_code(Remark r) {
    std::string key(remark_key(r));
    if (key.empty()) return std::nullopt;
    for (char& c : key)
        if (c == '-') c = '_';
    return key;
}

BreakReport break_report(const Tournament& t, const Break& b) {
    BreakReport report;
    for (const CategoryBreak& c : b.categories) {
        CategoryBreakReport category;
        category.category = c.category;
        const BreakCategory* bc = t.find_break_category(c.category);
        category.name = bc && !bc->name.empty() ? bc->name : c.category;
        category.size = bc ? bc->size : 0;
        for (const BreakEntry& e : c.entries) {
            BreakLine line{t.teams[static_cast<size_t>(e.team)].name, t.team_institution_code(e.team), e.rank,
                           e.break_rank > 0 ? std::optional<int>(e.break_rank) : std::nullopt, e.remark, e.note};
            if (line.break_rank) category.teams.push_back(std::move(line));
            else if (e.remark == Remark::reserve) category.reserves.push_back(std::move(line));
            else category.others.push_back(std::move(line));
        }
        report.categories.push_back(std::move(category));
    }
    return report;
}

std::optional<BreakReport> compute_and_write_break(const Tournament& t, FileSystem& fs, const BreakRequest& request,
                                                   Diagnostics& diags) {
    if (t.break_categories.empty()) {
        diags.fail(Failure::cannot, message("diag.break.no_categories"));
        return std::nullopt;
    }
    if (request.show) {
        std::optional<Break> stored = read_break(t, fs, diags);
        if (diags.has_errors()) return std::nullopt;
        if (!stored) {
            diags.fail(Failure::cannot, message("diag.break.not_computed", {{"file", break_file}}));
            return std::nullopt;
        }
        return break_report(t, *stored);
    }
    if (!lock_for_writing(fs, diags) || !may_write(fs, break_file, request.force, message("action.break"), diags)) return std::nullopt;
    std::vector<RoundResults> results = load_results(t, fs, "", diags);
    std::vector<ManualRemark> remarks = read_break_remarks(t, fs, diags);
    if (diags.has_errors() ||
        !require_complete(incomplete_prelims(t, results), message("action.break"), request.allow_incomplete, diags))
        return std::nullopt;
    std::optional<Break> b = compute_break(t, results, remarks, diags);
    if (!b) return std::nullopt;
    if (!write_file(fs, break_file, break_to_csv(t, *b), diags)) return std::nullopt;
    BreakReport report = break_report(t, *b);
    report.written = true;
    return report;
}

nlohmann::ordered_json to_json(const BreakReport& r) {
    nlohmann::ordered_json categories = nlohmann::ordered_json::array();
    for (const CategoryBreakReport& c : r.categories)
        categories.push_back({{"category", c.category},
                              {"name", c.name},
                              {"size", c.size},
                              {"teams", lines_json(c.teams)},
                              {"reserves", lines_json(c.reserves)},
                              {"others", lines_json(c.others)}});
    return {{"written", r.written}, {"categories", categories}};
}

}  // namespace tab::app

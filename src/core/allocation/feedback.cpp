// The strength the allocator uses: an adjudicator's base score, blended with the feedback they
// received when [allocation] feedback_weight w is above 0 (Tabbycat's rule, tabbycat.md §6.1):
//     strength = (1 - w) * base + w * mean(feedback)    for adjudicators with feedback,
//     strength = base                                   for everyone else.
// w is one number for the whole tournament; Tabbycat sets it per round, which we leave out.
//
// feedback.csv (tournament directory) holds one row per feedback received, on the same scale as
// the base strengths in adjudicators.csv; the round column is optional:
//     adjudicator,score,round
//     Aigerim Sadykova,4.5,R1
//     Aigerim Sadykova,3,R2
// A row naming a round counts only when allocating a later round, so that allocating a round
// again gives the same panels after its own feedback has come in.
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "stages.hpp"
#include "tab/base/csv.hpp"
#include "tab/translate/translate.hpp"

namespace tab::allocation {

namespace {

const char* const feedback_file = "feedback.csv";

std::optional<double> parse_score(const std::string& s) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// Per adjudicator, the sum and count of the feedback that counts for round `round_id`.
struct Received {
    std::vector<double> sum;
    std::vector<int> count;
};

Received read_feedback(const Tournament& t, const FileSystem& fs, const std::string& round_id, Diagnostics& diags) {
    Received got{std::vector<double>(t.adjudicators.size(), 0), std::vector<int>(t.adjudicators.size(), 0)};
    std::optional<std::string> text = fs.read(feedback_file);
    if (!text) return got;
    CsvTable table = parse_csv(*text, feedback_file, diags);
    const int name = table.column({"adjudicator"}), score = table.column({"score"}), round = table.column({"round"});
    if (name < 0 || score < 0) {
        diags.error(feedback_file, 1, 0, message("diag.feedback.header"));
        return got;
    }
    const int now = t.find_round(round_id);
    for (const CsvRow& row : table.rows) {
        const int a = t.find_adjudicator(table.cell(row, name));
        std::optional<double> v = parse_score(table.cell(row, score));
        const std::string& when = table.cell(row, round);
        const int r = when.empty() ? -1 : t.find_round(when);
        if (a < 0)
            diags.error(feedback_file, row.line, name + 1, message("diag.found_adjudicator", {{"found", table.cell(row, name)}}));
        if (!v)
            diags.error(feedback_file, row.line, score + 1, message("diag.expected_number", {{"found", table.cell(row, score)}}));
        if (!when.empty() && r < 0)
            diags.error(feedback_file, row.line, round + 1, message("diag.found_round", {{"found", when}}));
        if (a < 0 || !v || (r >= 0 && r >= now)) continue;
        got.sum[static_cast<size_t>(a)] += *v;
        ++got.count[static_cast<size_t>(a)];
    }
    return got;
}

}  // namespace

std::vector<double> blended_strengths(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                      Diagnostics& diags) {
    const double w = t.section("allocation").get_number("feedback_weight");
    if (!(w >= 0 && w <= 1))
        diags.error("tournament.toml", 0, 0, message("diag.feedback.weight", {{"value", fmt::format("{}", w)}}));
    const Received got = read_feedback(t, fs, round_id, diags);
    std::vector<double> strength;
    for (size_t a = 0; a < t.adjudicators.size(); ++a) {
        const double base = t.adjudicators[a].strength;
        strength.push_back(got.count[a] > 0 ? (1 - w) * base + w * got.sum[a] / got.count[a] : base);
    }
    return strength;
}

}  // namespace tab::allocation

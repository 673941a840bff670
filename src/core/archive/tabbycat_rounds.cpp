// Tabbycat's break categories, speaker categories, rounds and motions, translated to ours.
// Tabbycat orders each of them by a `seq` column and names them by a slug or an abbreviation;
// we keep the order and use the slug or abbreviation as the id. Its words for stages and draw
// types (with their one-letter forms) map onto ours:
//
//     stage:      preliminary, p -> prelim        elimination, e -> elimination
//     draw_type:  random, r -> random             power paired, p -> power
//                 manual, m -> manual             round robin, d -> round-robin
//                 elimination, e -> elimination   seeded, s -> seeded
//
// A motion row names its rounds as a ';' list of abbreviations; it is added to each of them,
// in the order of its `seq`.
#include <algorithm>
#include <charconv>

#include "tab/base/ids.hpp"
#include "tab/base/unicode.hpp"
#include "tabbycat_internal.hpp"

namespace tab::detail {
namespace {

// The `seq` of a row (0 when absent), for ordering.
double seq(TabbycatCells& f, const CsvRow& row, int col) { return f.number(row, col).value_or(0); }

// Row order by the seq column, file order among equals.
std::vector<const CsvRow*> ordered(TabbycatCells& f, const CsvTable& table, int seq_col) {
    std::vector<std::pair<double, const CsvRow*>> keyed;
    for (const CsvRow& row : table.rows) keyed.push_back({seq_col >= 0 ? seq(f, row, seq_col) : 0, &row});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const CsvRow*> out;
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
}

// A whole number in a cell, or fallback when it is empty; reports anything else.
int whole(TabbycatCells& f, const CsvRow& row, int col, int fallback) {
    const std::string& v = f.text(row, col);
    if (v.empty()) return fallback;
    int n = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || p != v.data() + v.size()) {
        f.error(row, col, message("diag.tabbycat.not_whole", {{"found", v}}));
        return fallback;
    }
    return n;
}

std::string slug_of(const std::string& name) {
    std::string out;
    for (char c : to_lower(name)) out += c == ' ' ? '-' : c;
    return out;
}

// Reports an id (a round's abbreviation, a category's slug) that cannot name a directory.
void check_id(TabbycatCells& f, const CsvRow& row, int col, const std::string& id) {
    if (id.empty()) return;  // reported as a missing value where it matters
    if (std::optional<Message> problem = invalid_id(id)) f.CsvFields::error(row, col, *problem);
}

// "standard, aida-1996, ...": the break rules a category may name.
std::string break_rule_codes() {
    std::string out;
    for (const std::string& code : code_texts<BreakRule>()) out += (out.empty() ? "" : ", ") + code;
    return out;
}

void import_break_categories(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "break_categories.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int name = f.required({"name"});
    const int slug = f.column({"slug"});
    const int size = f.column({"break_size"});
    const int general = f.column({"is_general"});
    const int priority = f.column({"priority"});
    const int rule = f.column({"rule"});
    const int reserve = f.column({"reserve_size"});
    const int limit = f.column({"limit"});
    f.warn_unknown_columns({"name", "slug", "seq", "break_size", "is_general", "priority", "rule", "limit",
                            "reserve_size"});
    if (name < 0) return;
    for (const CsvRow* row : ordered(f, *table, f.column({"seq"}))) {
        BreakCategory c;
        c.name = f.text(*row, name);
        c.id = slug >= 0 && !f.text(*row, slug).empty() ? f.text(*row, slug) : slug_of(c.name);
        if (c.name.empty()) f.error(*row, name, message("diag.tabbycat.empty_break_category"));
        check_id(f, *row, slug >= 0 && !f.text(*row, slug).empty() ? slug : name, c.id);
        c.size = whole(f, *row, size, 0);
        c.general = f.boolean(*row, general).value_or(false);
        c.priority = whole(f, *row, priority, 0);
        c.reserve = whole(f, *row, reserve, 0);
        const std::string r = f.text(*row, rule);
        if (r.empty()) c.rule = BreakRule::standard;
        else if (std::optional<BreakRule> known = parse_code<BreakRule>(r)) c.rule = *known;
        else f.error(*row, rule, message("diag.tabbycat.bad_rule", {{"found", r}, {"rules", break_rule_codes()}}));
        if (whole(f, *row, limit, 0) != 0)
            f.warning(*row, limit, message("diag.tabbycat.limit_ignored"));
        if (t.find_break_category(c.id))
            f.error(*row, slug >= 0 ? slug : name, message("diag.tabbycat.duplicate_category", {{"found", c.id}}));
        else
            t.break_categories.push_back(std::move(c));
    }
}

void import_speaker_categories(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "speaker_categories.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int name = f.required({"name"});
    const int slug = f.column({"slug"});
    f.warn_unknown_columns({"name", "slug", "seq", "public", "limit"});
    if (name < 0) return;
    for (const CsvRow* row : ordered(f, *table, f.column({"seq"}))) {
        SpeakerCategory c;
        c.name = f.text(*row, name);
        c.id = slug >= 0 && !f.text(*row, slug).empty() ? f.text(*row, slug) : slug_of(c.name);
        check_id(f, *row, slug >= 0 && !f.text(*row, slug).empty() ? slug : name, c.id);
        if (c.name.empty()) f.error(*row, name, message("diag.tabbycat.empty_speaker_category"));
        else t.speaker_categories.push_back(std::move(c));
    }
}

std::optional<Stage> stage_of(const std::string& cell) {
    const std::string v = to_lower(cell);
    if (v == "preliminary" || v == "p" || v == "prelim") return Stage::prelim;
    if (v == "elimination" || v == "e" || v == "elim") return Stage::elimination;
    return std::nullopt;
}

// Tabbycat's draw types, by name or letter.
std::optional<DrawMethod> draw_method_of(const std::string& cell) {
    const std::string v = to_lower(cell);
    if (v == "random" || v == "r") return DrawMethod::random;
    if (v == "power paired" || v == "power" || v == "p") return DrawMethod::power;
    if (v == "manual" || v == "m") return DrawMethod::manual;
    if (v == "round robin" || v == "d") return DrawMethod::round_robin;
    if (v == "elimination" || v == "e") return DrawMethod::elimination;
    if (v == "seeded" || v == "s") return DrawMethod::seeded;
    return std::nullopt;
}

struct RoundColumns {
    int name, abbreviation, stage, draw, silent, category, weight;
};

// One row of rounds.csv; the round is added unless its abbreviation is empty or repeated.
void import_round(TabbycatCells& f, const CsvRow& row, const RoundColumns& c, Tournament& t) {
    Round r;
    r.id = f.text(row, c.abbreviation);
    r.name = f.text(row, c.name).empty() ? r.id : f.text(row, c.name);
    if (r.id.empty()) f.error(row, c.abbreviation, message("diag.tabbycat.empty_abbreviation"));
    check_id(f, row, c.abbreviation, r.id);
    const std::string& stage = f.text(row, c.stage);
    if (std::optional<Stage> s = stage_of(stage)) r.stage = *s;
    else if (!stage.empty()) f.error(row, c.stage, message("diag.tabbycat.bad_stage", {{"found", stage}}));
    const std::string& draw = f.text(row, c.draw);
    std::optional<DrawMethod> method = draw_method_of(draw);
    if (!method && !draw.empty())
        f.error(row, c.draw, message("diag.tabbycat.bad_draw_type", {{"found", draw}}));
    r.draw_method = method ? *method : default_draw_method(r.stage, t.rounds.empty());
    r.silent = f.boolean(row, c.silent).value_or(false);
    r.weight = f.number(row, c.weight).value_or(1);
    r.break_category = f.text(row, c.category);
    if (!r.break_category.empty() && !t.find_break_category(r.break_category))
        f.error(row, c.category, message("diag.tabbycat.unknown_break_category", {{"found", r.break_category}}));
    if (!r.id.empty() && t.find_round(r.id) >= 0)
        f.error(row, c.abbreviation, message("diag.tabbycat.duplicate_round", {{"found", r.id}}));
    else if (!r.id.empty())
        t.rounds.push_back(std::move(r));
}

void import_motions(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "motions.csv", false, diags);
    if (!table) return;
    TabbycatCells f(*table, diags);
    const int rounds = f.required({"rounds", "round"});
    const int seqs = f.column({"seq"});
    const int reference = f.column({"reference"});
    const int text = f.required({"text"});
    const int info_slide = f.column({"info_slide"});
    f.warn_unknown_columns({"rounds", "round", "seq", "reference", "text", "info_slide"});
    if (rounds < 0 || text < 0) return;
    struct Placed {
        double seq;
        int round;
        Motion motion;
    };
    std::vector<Placed> placed;
    for (const CsvRow& row : table->rows) {
        Motion m{f.text(row, reference), f.text(row, text)};
        m.info_slide = f.text(row, info_slide);
        if (m.text.empty()) f.error(row, text, message("diag.tabbycat.empty_motion"));
        const std::vector<std::string> ids = split_list(f.text(row, rounds), ";,");
        const std::vector<std::string> order = split_list(f.text(row, seqs), ";,");
        if (ids.empty()) f.error(row, rounds, message("diag.tabbycat.empty_motion_rounds"));
        for (size_t k = 0; k < ids.size(); ++k) {
            double position = 0;
            const std::string& p = order.empty() ? std::string() : order[std::min(k, order.size() - 1)];
            auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), position);
            if (!p.empty() && (ec != std::errc() || end != p.data() + p.size()))
                f.error(row, seqs, message("diag.tabbycat.bad_motion_seq", {{"found", p}}));
            const int r = t.find_round(ids[k]);
            if (r < 0) f.error(row, rounds, message("diag.tabbycat.unknown_round", {{"found", ids[k]}}));
            else if (!m.text.empty()) placed.push_back({position, r, m});
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.seq < b.seq; });
    for (const Placed& p : placed) t.rounds[static_cast<size_t>(p.round)].motions.push_back(p.motion);
}

}  // namespace

void import_categories(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    import_break_categories(src, t, diags);
    import_speaker_categories(src, t, diags);
}

void import_rounds(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    if (std::optional<CsvTable> table = read_csv_file(src, "rounds.csv", false, diags)) {
        TabbycatCells f(*table, diags);
        RoundColumns c{f.required({"name"}),       f.required({"abbreviation"}), f.column({"stage"}),
                       f.column({"draw_type"}),    f.column({"silent"}),         f.column({"break_category"}),
                       f.column({"weight"})};
        f.warn_unknown_columns({"seq", "name", "abbreviation", "stage", "draw_type", "silent", "feedback_weight",
                                "break_category", "weight", "starts_at"});
        if (c.name >= 0 && c.abbreviation >= 0)
            for (const CsvRow* row : ordered(f, *table, f.column({"seq"}))) import_round(f, *row, c, t);
    }
    import_motions(src, t, diags);
}

}  // namespace tab::detail

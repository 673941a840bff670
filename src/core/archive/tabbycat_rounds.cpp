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
double seq(CsvFields& f, const CsvRow& row, int col) { return f.number(row, col).value_or(0); }

// Row order by the seq column, file order among equals.
std::vector<const CsvRow*> ordered(CsvFields& f, const CsvTable& table, int seq_col) {
    std::vector<std::pair<double, const CsvRow*>> keyed;
    for (const CsvRow& row : table.rows) keyed.push_back({seq_col >= 0 ? seq(f, row, seq_col) : 0, &row});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const CsvRow*> out;
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
}

// A whole number in a cell, or fallback when it is empty; reports anything else.
int whole(CsvFields& f, const CsvRow& row, int col, int fallback) {
    const std::string& v = f.text(row, col);
    if (v.empty()) return fallback;
    int n = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || p != v.data() + v.size()) {
        f.error(row, col, "found '" + v + "'; expected a whole number");
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
void check_id(CsvFields& f, const CsvRow& row, int col, const std::string& id) {
    if (id.empty()) return;  // reported as a missing value where it matters
    if (std::optional<std::string> problem = id_problem(id)) f.error(row, col, *problem);
}

void import_break_categories(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "break_categories.csv", false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
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
        if (c.name.empty()) f.error(*row, name, "found an empty cell; expected the break category's name");
        check_id(f, *row, slug >= 0 && !f.text(*row, slug).empty() ? slug : name, c.id);
        c.size = whole(f, *row, size, 0);
        c.general = f.boolean(*row, general).value_or(false);
        c.priority = whole(f, *row, priority, 0);
        c.reserve = whole(f, *row, reserve, 0);
        const std::string r = f.text(*row, rule);
        if (r.empty()) c.rule = BreakRule::standard;
        else if (std::optional<BreakRule> known = parse_code<BreakRule>(r)) c.rule = *known;
        else f.error(*row, rule, "found '" + r + "'; expected standard, aida-1996, aida-2016-australs, "
                                 "aida-2016-easters or aida-2019-australs-open");
        if (whole(f, *row, limit, 0) != 0)
            f.warning(*row, limit, "is not imported: set the break rule's institution cap in tournament.toml");
        if (t.find_break_category(c.id))
            f.error(*row, slug >= 0 ? slug : name, "found '" + c.id + "' again; expected each category once");
        else
            t.break_categories.push_back(std::move(c));
    }
}

void import_speaker_categories(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "speaker_categories.csv", false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
    const int name = f.required({"name"});
    const int slug = f.column({"slug"});
    f.warn_unknown_columns({"name", "slug", "seq", "public", "limit"});
    if (name < 0) return;
    for (const CsvRow* row : ordered(f, *table, f.column({"seq"}))) {
        SpeakerCategory c;
        c.name = f.text(*row, name);
        c.id = slug >= 0 && !f.text(*row, slug).empty() ? f.text(*row, slug) : slug_of(c.name);
        check_id(f, *row, slug >= 0 && !f.text(*row, slug).empty() ? slug : name, c.id);
        if (c.name.empty()) f.error(*row, name, "found an empty cell; expected the speaker category's name");
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
void import_round(CsvFields& f, const CsvRow& row, const RoundColumns& c, Tournament& t) {
    Round r;
    r.id = f.text(row, c.abbreviation);
    r.name = f.text(row, c.name).empty() ? r.id : f.text(row, c.name);
    if (r.id.empty()) f.error(row, c.abbreviation, "found an empty cell; expected the round's abbreviation");
    check_id(f, row, c.abbreviation, r.id);
    const std::string& stage = f.text(row, c.stage);
    if (std::optional<Stage> s = stage_of(stage)) r.stage = *s;
    else if (!stage.empty()) f.error(row, c.stage, "found '" + stage + "'; expected preliminary or elimination");
    const std::string& draw = f.text(row, c.draw);
    std::optional<DrawMethod> method = draw_method_of(draw);
    if (!method && !draw.empty())
        f.error(row, c.draw,
                "found '" + draw + "'; expected random, power paired, manual, round robin, elimination or seeded");
    r.draw_method = method ? *method : default_draw_method(r.stage, t.rounds.empty());
    r.silent = f.boolean(row, c.silent).value_or(false);
    r.weight = f.number(row, c.weight).value_or(1);
    r.break_category = f.text(row, c.category);
    if (!r.break_category.empty() && !t.find_break_category(r.break_category))
        f.error(row, c.category,
                "found '" + r.break_category + "'; expected the slug of a category in break_categories.csv");
    if (!r.id.empty() && t.find_round(r.id) >= 0)
        f.error(row, c.abbreviation, "found '" + r.id + "' again; expected each round once");
    else if (!r.id.empty())
        t.rounds.push_back(std::move(r));
}

void import_motions(const FileSystem& src, Tournament& t, Diagnostics& diags) {
    std::optional<CsvTable> table = read_csv_file(src, "motions.csv", false, diags);
    if (!table) return;
    CsvFields f(*table, diags);
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
        if (m.text.empty()) f.error(row, text, "found an empty cell; expected the motion's text");
        const std::vector<std::string> ids = split_list(f.text(row, rounds), ";,");
        const std::vector<std::string> order = split_list(f.text(row, seqs), ";,");
        if (ids.empty()) f.error(row, rounds, "found an empty cell; expected the abbreviations of its rounds");
        for (size_t k = 0; k < ids.size(); ++k) {
            double position = 0;
            const std::string& p = order.empty() ? std::string() : order[std::min(k, order.size() - 1)];
            auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), position);
            if (!p.empty() && (ec != std::errc() || end != p.data() + p.size()))
                f.error(row, seqs, "found '" + p + "'; expected a number (or a ';' list, one per round)");
            const int r = t.find_round(ids[k]);
            if (r < 0) f.error(row, rounds, "found round '" + ids[k] + "'; expected an abbreviation from rounds.csv");
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
        CsvFields f(*table, diags);
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

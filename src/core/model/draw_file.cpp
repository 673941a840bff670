// Reading and writing rounds/<id>/draw.csv and its companion draw.toml (see draw.hpp for the
// layout). A person may edit draw.csv by hand: then it is read back as it stands, and every
// unknown team, repeated team or malformed cell is reported with its row and column.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "tab/base/csv.hpp"
#include "tab/base/names.hpp"
#include "csv_fields.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/toml_syntax.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

std::string round_dir(const std::string& round_id) { return "rounds/" + round_id; }
std::string draw_path(const std::string& round_id) { return round_dir(round_id) + "/draw.csv"; }
std::string draw_meta_path(const std::string& round_id) { return round_dir(round_id) + "/draw.toml"; }
std::string ballots_path(const std::string& round_id) { return round_dir(round_id) + "/ballots.csv"; }

namespace {

std::string join_names(const std::vector<int>& indices, const std::function<std::string(int)>& name) {
    std::string out;
    for (int i : indices) out += (out.empty() ? "" : "; ") + name(i);
    return out;
}

std::string number_text(double v) {
    if (v == std::floor(v)) return fmt::format("{}", static_cast<int64_t>(v));
    return fmt::format("{}", v);
}

std::vector<std::string> header(const Tournament& t) {
    std::vector<std::string> h = {"room", "venue", "bracket"};
    h.insert(h.end(), t.format.sides.begin(), t.format.sides.end());
    for (const char* c : {"pullups", "chair", "panellists", "trainees", "flags"}) h.push_back(c);
    return h;
}

// The method in draw.toml: a code of DrawMethod; manual when the file or the key is missing.
void read_method(const toml::table& meta, const std::string& path, Draw& draw, Diagnostics& diags) {
    const toml::node* node = meta.get("method");
    if (!node) return;
    const std::string text = node->value_or(std::string());
    if (std::optional<DrawMethod> method = parse_code<DrawMethod>(text)) {
        draw.method = *method;
        return;
    }
    std::string expected;
    for (const std::string& code : code_texts<DrawMethod>()) expected += (expected.empty() ? "" : ", ") + code;
    diags.error(path, static_cast<int>(node->source().begin.line), static_cast<int>(node->source().begin.column),
                message("diag.toml.not_a_code", {{"key", "method"}, {"found", text}, {"codes", expected}}));
}

void read_meta(const FileSystem& fs, const std::string& round_id, Draw& draw, Diagnostics& diags) {
    const std::string path = draw_meta_path(round_id);
    std::optional<std::string> text = fs.read(path);
    draw.method = DrawMethod::manual;
    if (!text) return;
    try {
        toml::table meta = toml::parse(std::string_view(*text), std::string_view(path));
        read_method(meta, path, draw, diags);
        draw.seed = static_cast<uint64_t>(meta["seed"].value_or(int64_t{0}));
    } catch (const toml::parse_error& e) {
        const Message problem = toml_syntax_problem(e.description());
        diags.error(path, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                    message("diag.toml.syntax", {}, {{"problem", &problem}}));
    }
}

class DrawReader {
public:
    DrawReader(const Tournament& t, const CsvTable& table, Diagnostics& diags) : t_(t), table_(table), fields_(table, diags) {}

    void error(const CsvRow& row, int col, const Message& problem) { fields_.error(row, col, problem); }

    int team(const CsvRow& row, int col) {
        const std::string& name = table_.cell(row, col);
        if (name.empty()) return -1;
        int i = t_.find_team(name);
        if (i < 0) unknown(row, col, "diag.load.unknown_team", name, t_.files.teams, names_of(t_.teams));
        else if (!seen_teams_.insert(i).second) error(row, col, message("diag.load.team_twice_in_round", {{"found", name}}));
        return i;
    }

    int adjudicator(const CsvRow& row, int col, const std::string& name) {
        int i = t_.find_adjudicator(name);
        if (i < 0) unknown(row, col, "diag.load.unknown_adjudicator", name, t_.files.adjudicators, names_of(t_.adjudicators));
        else if (!seen_adjudicators_.insert(i).second) error(row, col, message("diag.load.adjudicator_twice_in_round", {{"found", name}}));
        return i;
    }

    std::vector<int> adjudicators(const CsvRow& row, int col) {
        std::vector<int> out;
        for (const std::string& name : split_list(table_.cell(row, col), ";"))
            if (int i = adjudicator(row, col, name); i >= 0) out.push_back(i);
        return out;
    }

private:
    // The names of teams or adjudicators, gathered only when a name matched nobody.
    template <typename People>
    static std::vector<std::string> names_of(const People& people) {
        std::vector<std::string> out;
        for (const auto& p : people) out.push_back(p.name);
        return out;
    }

    // A name typed by hand that matches nobody: with "did you mean" when a name is a typo away.
    void unknown(const CsvRow& row, int col, const std::string& key, const std::string& name, const std::string& file,
                 const std::vector<std::string>& names) {
        std::string near;
        std::vector<std::string> closest = closest_names(name, names);
        // A short name is a typo away only by a letter or so: "Zed" is not a typo of "D".
        const int typo_distance = std::clamp(static_cast<int>(name.size()) / 3, 1, max_typo_distance);
        if (!closest.empty() && closest.size() <= max_hints && name_distance(name, closest[0]) <= typo_distance)
            for (const std::string& n : closest) near += (near.empty() ? "'" : ", '") + n + "'";
        if (near.empty()) error(row, col, message(key, {{"found", name}, {"file", file}}));
        else error(row, col, message(key + "_near", {{"found", name}, {"file", file}, {"names", near}}));
    }

    static constexpr std::size_t max_hints = 3;
    static constexpr int max_typo_distance = 3;
    const Tournament& t_;
    const CsvTable& table_;
    detail::CsvFields fields_;
    std::set<int> seen_teams_, seen_adjudicators_;
};

}  // namespace

std::optional<Draw> read_draw(const FileSystem& fs, const Tournament& t, const std::string& round_id,
                              Diagnostics& diags) {
    const std::string path = draw_path(round_id);
    std::optional<std::string> text = fs.read(path);
    if (!text) return std::nullopt;
    const int errors_before = diags.error_count();
    CsvTable table = parse_csv(*text, path, diags);
    Draw draw;
    draw.round = round_id;
    read_meta(fs, round_id, draw, diags);

    auto required = [&](const std::string& name) {
        int c = table.column({name});
        if (c < 0) diags.error(path, 1, 0, message("diag.csv.missing_column_header", {{"columns", "'" + name + "'"}}));
        return c;
    };
    const int room = required("room");
    std::vector<int> sides;
    for (const std::string& side : t.format.sides) sides.push_back(required(side));
    const int venue = table.column({"venue"}), bracket = table.column({"bracket"}), pullups = table.column({"pullups"});
    const int chair = table.column({"chair"}), panellists = table.column({"panellists"}), trainees = table.column({"trainees"});
    const int flags = table.column({"flags"});
    if (diags.error_count() > errors_before) return std::nullopt;

    DrawReader reader(t, table, diags);
    std::set<int> rooms;
    for (const CsvRow& row : table.rows) {
        const std::string& room_text = table.cell(row, room);
        if (room_text == "bye") {
            if (int team = reader.team(row, sides[0]); team >= 0) draw.byes.push_back(team);
            continue;
        }
        Debate d;
        auto [p, ec] = std::from_chars(room_text.data(), room_text.data() + room_text.size(), d.room);
        if (ec != std::errc() || p != room_text.data() + room_text.size() || d.room < 1) {
            reader.error(row, room, message("diag.load.room_number", {{"found", room_text}}));
            continue;
        }
        if (!rooms.insert(d.room).second) reader.error(row, room, message("diag.room_again", {{"found", room_text}}));
        d.venue = table.cell(row, venue);
        if (!table.cell(row, bracket).empty()) {
            const std::string& b = table.cell(row, bracket);
            auto [bp, bec] = std::from_chars(b.data(), b.data() + b.size(), d.bracket);
            if (bec != std::errc() || bp != b.data() + b.size()) reader.error(row, bracket, message("diag.expected_number", {{"found", b}}));
        }
        std::vector<std::string> pulled = split_list(table.cell(row, pullups), ";");
        for (int col : sides) {
            d.teams.push_back(reader.team(row, col));
            if (table.cell(row, col).empty()) reader.error(row, col, message("diag.load.empty_team"));
            const std::string& name = table.cell(row, col);
            d.pullups.push_back(std::find(pulled.begin(), pulled.end(), name) != pulled.end());
        }
        for (const std::string& name : pulled) {
            bool in_room = false;
            for (int col : sides) in_room = in_room || table.cell(row, col) == name;
            if (!in_room) reader.error(row, pullups, message("diag.load.pullup_not_in_room", {{"found", name}}));
        }
        if (!table.cell(row, chair).empty()) d.chair = reader.adjudicator(row, chair, table.cell(row, chair));
        d.panellists = reader.adjudicators(row, panellists);
        d.trainees = reader.adjudicators(row, trainees);
        d.flags = split_list(table.cell(row, flags), ";");
        draw.debates.push_back(std::move(d));
    }
    if (diags.error_count() > errors_before) return std::nullopt;
    std::sort(draw.debates.begin(), draw.debates.end(), [](const Debate& a, const Debate& b) { return a.room < b.room; });
    return draw;
}

std::string draw_to_csv(const Tournament& t, const Draw& d) {
    auto team_name = [&](int i) { return i >= 0 ? t.teams[static_cast<size_t>(i)].name : std::string(); };
    auto adj_name = [&](int i) { return t.adjudicators[static_cast<size_t>(i)].name; };
    std::string out = csv_line(header(t)) + "\n";
    for (const Debate& debate : d.debates) {
        std::vector<std::string> row = {std::to_string(debate.room), debate.venue, number_text(debate.bracket)};
        std::vector<int> pulled;
        for (size_t s = 0; s < debate.teams.size(); ++s) {
            row.push_back(team_name(debate.teams[s]));
            if (s < debate.pullups.size() && debate.pullups[s]) pulled.push_back(debate.teams[s]);
        }
        row.push_back(join_names(pulled, team_name));
        row.push_back(debate.chair >= 0 ? adj_name(debate.chair) : "");
        row.push_back(join_names(debate.panellists, adj_name));
        row.push_back(join_names(debate.trainees, adj_name));
        std::string flags;
        for (const std::string& f : debate.flags) flags += (flags.empty() ? "" : "; ") + f;
        row.push_back(flags);
        out += csv_line(row) + "\n";
    }
    for (int team : d.byes) {
        std::vector<std::string> row(header(t).size());
        row[0] = "bye";
        row[3] = team_name(team);
        out += csv_line(row) + "\n";
    }
    return out;
}

std::string draw_meta_to_toml(const Draw& d) {
    return fmt::format("# How tab made this draw. Delete this file if you edit draw.csv by hand.\n"
                       "round = \"{}\"\nmethod = \"{}\"\nseed = {}\ngenerator = \"tab {}\"\n",
                       d.round, code_text(d.method), static_cast<int64_t>(d.seed), TAB_VERSION);
}

bool write_draw(FileSystem& fs, const Tournament& t, const Draw& d, Diagnostics& diags) {
    if (d.method == DrawMethod::manual) return write_file(fs, draw_path(d.round), draw_to_csv(t, d), diags);
    // One transaction: a kill between the two files must not pair a draw with another's seed.
    return write_files(fs, {{draw_meta_path(d.round), draw_meta_to_toml(d)}, {draw_path(d.round), draw_to_csv(t, d)}}, diags);
}

}  // namespace tab

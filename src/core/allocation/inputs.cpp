// What the allocator reads besides the tournament: its settings, who is available, how strong
// each adjudicator is (feedback.cpp), who judged whom in earlier rounds, the director's room
// importance, and the venue tags participants need.
//
// rounds/<id>/importance.csv lets a director lift or lower rooms of one round:
//     room,importance
//     4,2          (very high)
//     9,-1         (low)
// Importance is -2..2 (as in Tabbycat); rooms not listed are 0. Rooms are ranked by importance,
// then by bracket, so without the file the highest brackets are the most important rooms.
//
// venue_constraints.csv (tournament directory) says which venue tags a team or an adjudicator
// needs, e.g. a wheelchair user needs a room tagged accessible:
//     name,tags
//     Almaty Eagles,accessible
//     Aigerim Sadykova,accessible; ground-floor
// Teams carry tags here, not in teams.csv, so that the registration files stay as they are.
#include <algorithm>
#include <charconv>
#include <set>

#include "stages.hpp"
#include "tab/allocation/allocation.hpp"
#include "tab/base/csv.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

const char* const constraints_file = "venue_constraints.csv";

std::string importance_path(const std::string& round_id) { return round_dir(round_id) + "/importance.csv"; }

std::optional<int> parse_int(const std::string& s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

// Teams each adjudicator judged in the rounds listed before `round_id`.
std::vector<std::vector<int>> judged_before(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                            Diagnostics& diags) {
    std::vector<std::vector<int>> judged(t.adjudicators.size());
    for (const Round& r : t.rounds) {
        if (r.id == round_id) break;
        std::optional<Draw> d = read_draw(fs, t, r.id, diags);
        if (!d) continue;
        for (const Debate& debate : d->debates) {
            std::vector<int> panel = debate.panellists;
            panel.insert(panel.end(), debate.trainees.begin(), debate.trainees.end());
            if (debate.chair >= 0) panel.push_back(debate.chair);
            for (int a : panel)
                for (int team : debate.teams)
                    if (team >= 0) judged[static_cast<size_t>(a)].push_back(team);
        }
    }
    return judged;
}

void read_importance(const FileSystem& fs, const Draw& draw, std::vector<int>& importance, Diagnostics& diags) {
    const std::string path = importance_path(draw.round);
    std::optional<std::string> text = fs.read(path);
    if (!text) return;
    CsvTable table = parse_csv(*text, path, diags);
    const int room = table.column({"room"}), value = table.column({"importance"});
    if (room < 0 || value < 0) {
        diags.error(path, 1, 0, message("diag.csv.expected_header", {{"header", "room,importance"}}));
        return;
    }
    std::set<int> seen;
    for (const CsvRow& row : table.rows) {
        std::optional<int> r = parse_int(table.cell(row, room));
        std::optional<int> v = parse_int(table.cell(row, value));
        size_t index = draw.debates.size();
        for (size_t i = 0; r && i < draw.debates.size(); ++i)
            if (draw.debates[i].room == *r) index = i;
        if (index == draw.debates.size())
            diags.error(path, row.line, room + 1, message("diag.found_room", {{"found", table.cell(row, room)}}));
        else if (!seen.insert(*r).second)
            diags.error(path, row.line, room + 1, message("diag.room_again", {{"found", table.cell(row, room)}}));
        if (!v || *v < -2 || *v > 2)
            diags.error(path, row.line, value + 1, message("diag.importance", {{"found", table.cell(row, value)}}));
        else if (index < draw.debates.size())
            importance[index] = *v;
    }
}

void read_constraints(const Tournament& t, const FileSystem& fs, AllocationInputs& in, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(constraints_file);
    if (!text) return;
    CsvTable table = parse_csv(*text, constraints_file, diags);
    const int name = table.column({"name"}), tags = table.column({"tags"});
    if (name < 0 || tags < 0) {
        diags.error(constraints_file, 1, 0, message("diag.csv.expected_header", {{"header", "name,tags"}}));
        return;
    }
    for (const CsvRow& row : table.rows) {
        const std::string& who = table.cell(row, name);
        const int team = t.find_team(who), adj = t.find_adjudicator(who);
        std::vector<std::string> list = split_list(table.cell(row, tags), ";");
        if (team >= 0 && adj >= 0)
            diags.error(constraints_file, row.line, name + 1, message("diag.constraints.ambiguous", {{"name", who}}));
        else if (team >= 0)
            in.team_tags[static_cast<size_t>(team)] = list;
        else if (adj >= 0)
            in.adjudicator_tags[static_cast<size_t>(adj)] = list;
        else
            diags.error(constraints_file, row.line, name + 1, message("diag.constraints.unknown", {{"found", who}}));
    }
}

}  // namespace

AllocationSettings allocation_settings(const Tournament& t, const Round& round) {
    const Settings& s = t.section("allocation");
    AllocationSettings out;
    out.consensus = t.format.ballot_style == BallotStyle::consensus;
    out.elimination = round.stage == Stage::elimination;
    // 0 in an outround stands for outround_panel_size(rooms), which needs the draw.
    out.panel_size = round.settings.has("panel_size") ? static_cast<int>(round.settings.get_int("panel_size"))
                     : s.has("panel_size")            ? static_cast<int>(s.get_int("panel_size"))
                     : out.consensus || out.elimination ? 0
                                                        : 3;
    out.history_penalty = s.get_int("history_penalty");
    out.strength_weight = s.get_int("strength_weight");
    out.trainee_weight = s.get_int("trainee_weight");
    return out;
}

int outround_panel_size(int rooms) { return rooms <= 1 ? 7 : rooms == 2 ? 5 : 3; }

std::optional<AllocationInputs> load_allocation_inputs(const Tournament& t, const FileSystem& fs, const Draw& draw,
                                                       Diagnostics& diags) {
    const int errors_before = diags.error_count();
    AllocationInputs in;
    for (const Adjudicator& a : t.adjudicators) {
        const auto& off = a.unavailable;
        in.available.push_back(std::find(off.begin(), off.end(), draw.round) == off.end());
    }
    in.strength = allocation::blended_strengths(t, fs, draw.round, diags);
    in.judged = judged_before(t, fs, draw.round, diags);
    in.importance.assign(draw.debates.size(), 0);
    read_importance(fs, draw, in.importance, diags);
    in.team_tags.resize(t.teams.size());
    in.adjudicator_tags.resize(t.adjudicators.size());
    read_constraints(t, fs, in, diags);
    if (diags.error_count() > errors_before) return std::nullopt;
    return in;
}

}  // namespace tab

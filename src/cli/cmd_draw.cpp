// tab draw ROUND: builds the draw request from the tournament (teams in standings order with
// their histories), generates the draw, writes rounds/<id>/draw.csv (never over an existing one
// without --force) and prints it. tab draw --state FILE.json does the same from an explicit
// state, with no tournament directory, and prints the draw as JSON.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <numeric>
#include <sstream>

#include "commands.hpp"
#include "elimination_draw.hpp"
#include "tab/bp/bp_draw.hpp"
#include "tab/model/draw.hpp"
#include "tab/draw/draw_generate.hpp"
#include "tab/draw/draw_json.hpp"
#include "tab/ballots/history.hpp"
#include "tab/base/rng.hpp"

namespace tab::cli {
namespace {

std::optional<std::string> read_input(const std::string& path) {
    std::stringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    buffer << in.rdbuf();
    return buffer.str();
}

// Teams in standings order (points, then speaks, then a lot drawn from the round's seed).
DrawRequest request_for(const Tournament& t, const Round& round, const std::vector<TeamHistory>& history,
                        uint64_t seed) {
    DrawRequest req;
    req.format = t.format;
    req.round_id = round.id;
    req.round_number = static_cast<int>(t.prelims_through(round.id).size());
    req.method = round.draw_method;
    req.seed = seed;
    req.options = t.section("draw");
    for (const auto& [key, value] : round.settings.values())
        if (key != "seed") req.options.set(key, value);
    std::vector<int> order(t.teams.size());
    std::iota(order.begin(), order.end(), 0);
    Rng lot(derive_seed(seed, "lot"));
    lot.shuffle(order);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (history[a].points != history[b].points) return history[a].points > history[b].points;
        return history[a].speaks > history[b].speaks;
    });
    for (int i : order) {
        const Team& team = t.teams[i];
        const TeamHistory& h = history[i];
        TeamState s;
        s.id = team.name;
        s.team = i;
        if (team.institution >= 0) s.institution = t.institutions[team.institution].code;
        s.points = h.points;
        s.speaks = h.speaks;
        s.side_history = h.side_counts;
        s.side_history.resize(t.format.sides.size(), 0);
        for (int o : h.opponents) s.opponents.push_back(t.teams[o].name);
        s.pullups = h.pullups;
        s.byes = h.byes;
        s.seed = team.seed;
        req.teams.push_back(std::move(s));
    }
    return req;
}

Draw to_draw(const DrawRequest& req, const DrawOutcome& outcome) {
    Draw d;
    d.round = req.round_id;
    d.method = code_text(req.method);
    d.seed = req.seed;
    for (size_t r = 0; r < outcome.rooms.size(); ++r) {
        const DrawnRoom& room = outcome.rooms[r];
        Debate debate;
        debate.room = static_cast<int>(r + 1);
        debate.bracket = room.bracket;
        // Swing teams the generator added (indices past the request) have no team of the tournament.
        for (int t : room.teams) debate.teams.push_back(t < static_cast<int>(req.teams.size()) ? req.teams[t].team : -1);
        debate.pullups = room.pullups;
        debate.flags = room.flags;
        d.debates.push_back(std::move(debate));
    }
    for (int b : outcome.byes) d.byes.push_back(req.teams[b].team);
    return d;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : "; ") + s;
    return out;
}

// The draw as tables: the rooms, then with --explain each room's cost terms and the quality.
std::vector<Table> draw_tables(const DrawRequest& req, const DrawOutcome& outcome, bool explain, const Catalogue& cat) {
    Table rooms{"debates", cat.tr("col.round") + " " + req.round_id + " (" + std::string(code_text(req.method)) + ")",
                {{"room", true}, {"bracket", true}}, {}};
    for (const std::string& side : req.format.sides) rooms.columns.push_back({side});
    rooms.columns.push_back({"flags"});
    for (size_t r = 0; r < outcome.rooms.size(); ++r) {
        const DrawnRoom& room = outcome.rooms[r];
        std::vector<Cell> row{Cell::of(static_cast<int>(r + 1)), Cell::of(room.bracket, 1)};
        for (size_t s = 0; s < room.teams.size(); ++s)
            row.push_back(Cell::of(drawn_team_name(req, room.teams[s]) + (room.pullups[s] ? " ^" : "")));
        row.push_back(Cell::of(joined(room.flags)));
        rooms.rows.push_back(std::move(row));
    }
    for (int b : outcome.byes) {
        std::vector<Cell> row{Cell::of(std::string("bye")), Cell::none(), Cell::of(drawn_team_name(req, b))};
        while (row.size() < rooms.columns.size()) row.push_back(Cell::none());
        rooms.rows.push_back(std::move(row));
    }
    std::vector<Table> tables{rooms};
    if (!explain) return tables;
    Table costs{"costs", "", {{"room", true}, {"term"}, {"cost", true}, {"detail"}}, {}};
    for (size_t r = 0; r < outcome.rooms.size(); ++r)
        for (const CostTerm& c : outcome.rooms[r].costs)
            costs.rows.push_back({Cell::of(static_cast<int>(r + 1)), Cell::of(c.name), Cell::of(c.cost), Cell::of(c.detail)});
    Table quality{"quality", "", {{"term"}, {"count", true}}, {}};
    for (const CostTerm& q : outcome.quality) quality.rows.push_back({Cell::of(q.name), Cell::of(q.cost)});
    Table notes{"notes", "", {{"note"}}, {}};
    for (const std::string& n : outcome.notes) notes.rows.push_back({Cell::of(n)});
    tables.push_back(costs);
    tables.push_back(quality);
    if (!notes.rows.empty()) tables.push_back(notes);
    return tables;
}

int run_state(Context& ctx, const DrawOptions& o) {
    std::optional<std::string> text = read_input(o.state);
    if (!text) {
        ctx.error("cannot read " + o.state);
        return exit_code::invalid_input;
    }
    Diagnostics diags;
    std::optional<DrawRequest> req = read_draw_state(*text, o.state == "-" ? "<stdin>" : o.state, diags);
    if (!req) {
        ctx.report(diags);
        return exit_code::invalid_input;
    }
    if (o.seed) req->seed = *o.seed;
    std::optional<DrawOutcome> outcome = generate_draw(*req, diags);
    ctx.report(diags);
    if (!outcome) return exit_code::cannot;
    ctx.print(draw_to_json(*req, *outcome, o.explain));
    return exit_code::ok;
}

}  // namespace

int run_draw(Context& ctx, const DrawOptions& o) {
    if (!o.state.empty()) return run_state(ctx, o);
    if (o.round.empty()) {
        ctx.error("give a ROUND, or --state FILE.json");
        return exit_code::usage;
    }
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    int r = t->find_round(o.round);
    if (r < 0) {
        ctx.error("no round '" + o.round + "' in tournament.toml");
        return exit_code::invalid_input;
    }
    const Round& round = t->rounds[r];
    if (round.stage == Stage::elimination || round.draw_method == DrawMethod::elimination)
        return run_elimination_draw(ctx, *t, round, o.seed, o.dry_run, o.force);
    bool exists = ctx.fs().exists(draw_path(round.id));
    if (round.draw_method == DrawMethod::manual) {
        Diagnostics diags;
        std::optional<Draw> manual = read_draw(ctx.fs(), *t, round.id, diags);
        ctx.report(diags);
        if (!exists) ctx.error("round " + round.id + " is drawn by hand: write " + draw_path(round.id) + " first");
        if (!manual) return exists ? exit_code::invalid_input : exit_code::cannot;
        std::cout << "round " << round.id << ": manual draw of " << manual->debates.size() << " debates accepted\n";
        return exit_code::ok;
    }
    if (exists && !o.force && !o.dry_run) {
        ctx.error(draw_path(round.id) + " exists; use --force to draw round " + round.id + " again");
        return exit_code::refused_overwrite;
    }
    uint64_t seed = o.seed ? *o.seed
                           : round.settings.has("seed") ? static_cast<uint64_t>(round.settings.get_int("seed"))
                                                        : derive_seed(t->seed, "draw:" + round.id);
    Diagnostics diags;
    std::vector<TeamHistory> history = team_histories(*t, ctx.fs(), round.id, diags);
    if (ctx.report(diags) > 0) return exit_code::invalid_input;
    DrawRequest req = request_for(*t, round, history, seed);
    std::optional<DrawOutcome> outcome = generate_draw(req, diags);
    ctx.report(diags);
    if (!outcome) return exit_code::cannot;
    if (!o.dry_run) {
        std::string error;
        if (!write_draw(ctx.fs(), *t, to_draw(req, *outcome), &error)) {
            ctx.error("cannot write " + draw_path(round.id) + ": " + error);
            return exit_code::cannot;
        }
    }
    if (ctx.format() == OutputFormat::json) ctx.print(draw_to_json(req, *outcome, o.explain));
    else ctx.print(draw_tables(req, *outcome, o.explain, ctx.catalogue()));
    for (const std::string& note : outcome->notes) ctx.warn(note);
    if (t->section("allocation").get_bool("auto"))  // panels and venues too (tab allocate)
        return allocate_round(ctx, *t, round, to_draw(req, *outcome), {round.id, true, o.explain, o.dry_run});
    return exit_code::ok;
}

}  // namespace tab::cli

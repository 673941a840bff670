// Presenters of the draw (present_draw.hpp).
#include "present_draw.hpp"

#include <algorithm>

namespace tab::cli {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : "; ") + s;
    return out;
}

bool machine_format(OutputFormat f) { return f == OutputFormat::csv || f == OutputFormat::tsv; }

// A room's flag for people: "rematch" in the output language; a flag the draw gave one team
// ("bub_up_accom:T1") keeps the team in brackets. A flag without an entry stays a code.
std::string flag_text(const std::string& flag, const Catalogue& cat) {
    const std::size_t colon = flag.find(':');
    const std::string key = "flag." + flag.substr(0, colon);
    if (!cat.has(key)) return flag;
    return cat.tr(key) + (colon == std::string::npos ? "" : " (" + flag.substr(colon + 1) + ")");
}

std::string flags_text(const std::vector<std::string>& flags, bool machine, const Catalogue& cat) {
    if (machine) return joined(flags);
    std::vector<std::string> words;
    for (const std::string& flag : flags) words.push_back(flag_text(flag, cat));
    return joined(words);
}

// A cost term or quality figure: its code for machines, its name in the language for people.
std::string term_text(const std::string& prefix, const std::string& code, bool machine, const Catalogue& cat) {
    if (machine) return code;
    std::string key = prefix + code;
    std::replace(key.begin(), key.end(), ' ', '_');
    return cat.has(key) ? cat.tr(key) : code;
}

}  // namespace

std::vector<Table> draw_tables(const DrawDocument& draw, bool machine, bool explain, const Catalogue& cat) {
    const bool prelim = draw.stage == Stage::prelim;
    // Machines always get every column; people see venues and panels once they are allocated.
    bool allocated = machine;
    for (const RoomView& room : draw.rooms) allocated = allocated || room.venue || room.chair;
    const std::string method(code_text(draw.method));
    Table rooms{"rooms", cat.tr("col.round") + " " + draw.round + " (" + (machine ? method : cat.tr("draw_method." + method)) + ")",
                {{"room", true}},
                {}};
    if (prelim) rooms.columns.push_back({"bracket", true});
    if (allocated) rooms.columns.push_back({"venue"});
    for (const std::string& side : draw.sides) rooms.columns.push_back({side});
    // Machines get the pulled-up sides in a column of their own; people see " ^" by the team.
    if (machine) rooms.columns.push_back({"pullups"});
    if (allocated)
        for (const char* key : {"chair", "panellists", "trainees"}) rooms.columns.push_back({key});
    rooms.columns.push_back({"flags"});
    for (const RoomView& room : draw.rooms) {
        std::vector<Cell> row{Cell::of(room.room)};
        if (prelim) row.push_back(room.bracket ? Cell::of(*room.bracket, 1) : Cell::none());
        if (allocated) row.push_back(optional_cell(room.venue));
        std::vector<std::string> pulled_up;
        for (size_t s = 0; s < draw.sides.size(); ++s) {
            if (s >= room.teams.size()) {
                row.push_back(Cell::none());
                continue;
            }
            const SeatView& seat = room.teams[s];
            row.push_back(Cell::of(seat.team + (seat.pullup && !machine ? " ^" : "")));
            if (seat.pullup) pulled_up.push_back(seat.side);
        }
        if (machine) row.push_back(Cell::of(joined(pulled_up)));
        if (allocated)
            row.insert(row.end(), {optional_cell(room.chair), Cell::of(joined(room.panellists)), Cell::of(joined(room.trainees))});
        row.push_back(Cell::of(flags_text(room.flags, machine, cat)));
        rooms.rows.push_back(std::move(row));
    }
    for (const std::string& team : draw.byes) {
        // A bye: room "bye", the team in the first side column (as in draw.csv).
        std::vector<Cell> row{Cell::of(std::string("bye"))};
        if (prelim) row.push_back(Cell::none());
        if (allocated) row.push_back(Cell::none());
        row.push_back(Cell::of(team));
        while (row.size() < rooms.columns.size()) row.push_back(Cell::none());
        rooms.rows.push_back(std::move(row));
    }
    std::vector<Table> tables{rooms};
    if (!machine && !draw.motions.empty()) {
        Table motions{"motions", "", {{"motion"}}, {}};
        for (const Motion& m : draw.motions) motions.rows.push_back({Cell::of(m.text)});
        tables.push_back(motions);
    }
    if (!explain) return tables;
    Table costs{"costs", "", {{"room", true}, {"term"}, {"cost", true}, {"detail"}}, {}};
    for (const RoomView& room : draw.rooms)
        for (const CostTerm& c : room.costs) costs.rows.push_back({Cell::of(room.room), Cell::of(term_text("draw.term.", c.name, machine, cat)), Cell::of(c.cost), Cell::of(cat.say(c.detail))});
    Table quality{"quality", "", {{"term"}, {"value", true}}, {}};
    for (const CostTerm& q : draw.quality) quality.rows.push_back({Cell::of(term_text("draw.quality.", q.name, machine, cat)), Cell::of(q.cost)});
    Table notes{"notes", "", {{"note"}}, {}};
    for (const Message& n : draw.notes) notes.rows.push_back({Cell::of(cat.say(n))});
    tables.push_back(costs);
    tables.push_back(quality);
    if (!notes.rows.empty()) tables.push_back(notes);
    return tables;
}

Table allocation_explain_table(const app::AllocateResult& result, bool machine, const Catalogue& cat) {
    Table table{"allocation", format_message(cat.tr("title.allocation"), {{"round", result.draw.round}}),
                {{"room", true}, {"rank", true}, {"venue"}, {"role"}, {"adjudicator"}, {"strength", true}, {"note"}}, {}};
    for (size_t r = 0; r < result.rooms.size(); ++r) {
        const app::RoomAllocation& room = result.rooms[r];
        const std::optional<std::string>& venue = result.draw.rooms[r].venue;
        const size_t lines = std::max(room.members.size(), room.trade_offs.size());
        for (size_t i = 0; i < lines; ++i) {
            std::vector<Cell> row{Cell::of(room.room), Cell::of(room.rank), i == 0 ? optional_cell(venue) : Cell::none()};
            if (i < room.members.size()) {
                const app::PanelMember& m = room.members[i];
                const std::string role = app::role_code(m.role);
                row.insert(row.end(), {Cell::of(machine ? role : cat.tr("role." + role)), Cell::of(m.adjudicator), Cell::of(m.strength, 1)});
            } else {
                row.insert(row.end(), {Cell::none(), Cell::none(), Cell::none()});
            }
            row.push_back(i < room.trade_offs.size() ? Cell::of(cat.say(room.trade_offs[i])) : Cell::none());
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

void present_draw(Context& ctx, const DrawDocument& draw, bool explain) {
    if (ctx.format() == OutputFormat::json) ctx.print(to_json(draw, explain).dump(2) + "\n");
    else ctx.print(draw_tables(draw, machine_format(ctx.format()), explain, ctx.catalogue()));
}

}  // namespace tab::cli

// The draw of one elimination round from the tournament's files: the seeds from break.csv, the
// teams through from the ballots of the category's previous elimination round, the bracket from
// elimination_brackets.cpp, and then the sides.
//
// Sides are not seeded: Tabbycat draws them at random, and so do we, from the round's seed. The
// "side-lock" rule some circuits use instead (Tabbycat issue #547) gives two teams that met in
// the prelims the sides opposite to their last meeting, and draws the rest at random. The random
// numbers are drawn for every room in the same order whichever rule applies, so switching the
// rule changes only the rooms it concerns.
#include <algorithm>

#include "tab/breaks/break.hpp"
#include "tab/breaks/elimination.hpp"
#include "tab/ballots/results.hpp"
#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

const BreakCategory* elimination_category(const Tournament& t, const Round& round) {
    if (!round.break_category.empty()) return t.find_break_category(round.break_category);
    for (const BreakCategory& c : t.break_categories)
        if (c.general) return &c;
    return t.break_categories.empty() ? nullptr : &t.break_categories.front();
}

namespace {

// The side team `a` took in its last prelim meeting with `b`; -1 if they never met.
int last_meeting_side(const Tournament& t, const FileSystem& fs, int a, int b) {
    int side = -1;
    for (int r : t.prelims_through("")) {
        const std::string& id = t.rounds[static_cast<size_t>(r)].id;
        if (!fs.exists(draw_path(id))) continue;
        Diagnostics ignored;  // prelim draws are checked by the prelim commands
        std::optional<Draw> d = read_draw(fs, t, id, ignored);
        if (!d) continue;
        for (const Debate& debate : d->debates) {
            auto pa = std::find(debate.teams.begin(), debate.teams.end(), a);
            auto pb = std::find(debate.teams.begin(), debate.teams.end(), b);
            if (pa != debate.teams.end() && pb != debate.teams.end()) side = static_cast<int>(pa - debate.teams.begin());
        }
    }
    return side;
}

void give_sides(const Tournament& t, const FileSystem& fs, bool side_lock, uint64_t seed, std::vector<Debate>& debates) {
    Rng rng(derive_seed(seed, "elimination-sides"));
    for (Debate& d : debates) {
        std::vector<int> shuffled = d.teams;
        rng.shuffle(shuffled);
        if (side_lock && d.teams.size() == 2) {
            int side = last_meeting_side(t, fs, d.teams[0], d.teams[1]);
            if (side >= 0) {
                shuffled = side == 0 ? std::vector<int>{d.teams[1], d.teams[0]} : d.teams;
                d.flags.push_back("side-lock");
            }
        }
        d.teams = shuffled;
    }
}

bool is_third_place(const Draw& draw, int room) {
    for (const Debate& d : draw.debates)
        if (d.room == room) return std::find(d.flags.begin(), d.flags.end(), "third-place") != d.flags.end();
    return false;
}

struct Previous {
    std::vector<PlayedRoom> rooms;
    std::vector<int> losers;  // two-team: the loser of each room, in room-rank order
};

// The rooms of an earlier elimination round with who went through; nullopt if a ballot is missing.
std::optional<Previous> played(const Tournament& t, const FileSystem& fs, const std::string& id, Diagnostics& diags) {
    std::optional<RoundResults> results = load_round_results(t, fs, id, diags);
    if (!results) {
        diags.error(draw_path(id), 0, 0, message("diag.elimination.no_draw", {{"round", id}}));
        return std::nullopt;
    }
    std::optional<Draw> draw = read_draw(fs, t, id, diags);
    if (!draw) return std::nullopt;
    Previous out;
    bool complete = true;
    for (const DebateResult& r : results->debates) {
        if (is_third_place(*draw, r.room)) continue;
        if (!r.entered) {
            diags.error(ballots_path(id), 0, 0, message("diag.elimination.no_ballot", {{"room", std::to_string(r.room)}, {"round", id}}));
            complete = false;
            continue;
        }
        PlayedRoom room{r.room, {}, {}};
        for (const TeamResult& tr : r.teams) {
            room.teams.push_back(tr.team);
            if (tr.win) room.advancing.push_back(tr.team);
            else out.losers.push_back(tr.team);
        }
        out.rooms.push_back(room);
    }
    std::sort(out.rooms.begin(), out.rooms.end(), [](const PlayedRoom& a, const PlayedRoom& b) { return a.room_rank < b.room_rank; });
    if (!complete) return std::nullopt;
    return out;
}

}  // namespace

EliminationDraw generate_elimination_draw(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                          uint64_t seed, Diagnostics& diags) {
    EliminationDraw out;
    auto fail = [&](EliminationStatus status, const std::string& file, Message problem) {
        diags.error(file, 0, 0, std::move(problem));
        out.status = status;
        return out;
    };
    int index = t.find_round(round_id);
    if (index < 0 || t.rounds[static_cast<size_t>(index)].stage != Stage::elimination)
        return fail(EliminationStatus::invalid, "tournament.toml", message("diag.elimination.not_elimination", {{"round", round_id}}));
    const Round& round = t.rounds[static_cast<size_t>(index)];
    const BreakCategory* cat = elimination_category(t, round);
    if (!cat) return fail(EliminationStatus::invalid, "tournament.toml", message("diag.elimination.no_category", {{"round", round_id}}));
    std::optional<Break> brk = read_break(t, fs, diags);
    if (!brk) {
        if (diags.has_errors()) return fail(EliminationStatus::invalid, break_file, message("diag.break.unreadable"));
        return fail(EliminationStatus::prerequisite_missing, break_file, message("diag.break.none_yet"));
    }
    const CategoryBreak* cb = brk->find(cat->id);
    std::vector<int> seeds = cb ? cb->breaking() : std::vector<int>{};
    if (seeds.size() < 2)
        return fail(EliminationStatus::prerequisite_missing, break_file, message("diag.break.too_few", {{"category", cat->id}}));

    std::vector<std::string> earlier;
    for (int r = 0; r < index; ++r) {
        const Round& e = t.rounds[static_cast<size_t>(r)];
        if (e.stage == Stage::elimination && elimination_category(t, e) == cat) earlier.push_back(e.id);
    }
    Previous previous;
    if (!earlier.empty()) {
        std::optional<Previous> p = played(t, fs, earlier.back(), diags);
        if (!p) {
            out.status = EliminationStatus::prerequisite_missing;
            return out;
        }
        previous = *p;
    }
    Diagnostics bracket;  // why the rooms cannot follow from the break and the previous round
    std::optional<std::vector<SeededRoom>> rooms;
    if (t.format.is_bp()) rooms = bp_elimination(seeds, static_cast<int>(earlier.size()), previous.rooms, bracket);
    else if (earlier.empty()) rooms = first_two_team_elimination(seeds);
    else rooms = next_two_team_elimination(seeds, previous.rooms, bracket);
    if (!rooms) {
        // The command names the round; each problem is said as it is.
        for (const Diagnostic& d : bracket.all()) fail(EliminationStatus::invalid, break_file, Message{d.key, d.args, d.message});
        return out;
    }

    out.draw.round = round_id;
    out.draw.method = DrawMethod::elimination;
    out.draw.seed = seed;
    for (const SeededRoom& r : *rooms) {
        Debate d;
        d.room = r.room_rank;
        d.teams = r.teams;
        out.draw.debates.push_back(d);
    }
    if (!t.format.is_bp() && cat->third_place == ThirdPlace::debate && rooms->size() == 1 && previous.losers.size() == 2) {
        Debate third;
        third.room = rooms->front().room_rank + 1;
        third.teams = previous.losers;
        third.flags.push_back("third-place");
        out.draw.debates.push_back(third);
        out.notes.push_back(message("draw.note.third_place", {{"room", std::to_string(third.room)}}));
    }
    const bool side_lock = t.section("break").get<EliminationSides>("elimination_sides") == EliminationSides::side_lock;
    give_sides(t, fs, side_lock, seed, out.draw.debates);
    for (Debate& d : out.draw.debates) d.pullups.assign(d.teams.size(), false);
    return out;
}

}  // namespace tab

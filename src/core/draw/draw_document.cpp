// The draw's one shape (tab/draw/draw_document.hpp): built from a Draw of the tournament or from
// a generator's outcome, and written as JSON.
#include "tab/draw/draw_document.hpp"

#include <algorithm>

#include "tab/bp/bp_draw.hpp"

namespace tab {

using nlohmann::ordered_json;

namespace {

std::string side_code(const Format& f, size_t s) { return s < f.sides.size() ? f.sides[s] : std::to_string(s + 1); }

std::vector<std::string> adjudicator_names(const Tournament& t, const std::vector<int>& adjudicators) {
    std::vector<std::string> out;
    for (int a : adjudicators) out.push_back(t.adjudicators[static_cast<size_t>(a)].name);
    return out;
}

ordered_json optional_json(const std::optional<std::string>& v) { return v ? ordered_json(*v) : ordered_json(nullptr); }

ordered_json terms_json(const std::vector<CostTerm>& terms) {
    ordered_json out = ordered_json::array();
    for (const CostTerm& c : terms) out.push_back({{"term", c.name}, {"cost", c.cost}, {"detail", c.detail.text}});
    return out;
}

// The outcome as a Draw, `team_of` turning the generator's team indices into the draw's.
template <typename TeamOf>
Draw outcome_draw(const DrawRequest& req, const DrawOutcome& outcome, TeamOf team_of) {
    Draw d;
    d.round = req.round_id;
    d.method = req.method;
    d.seed = req.seed;
    for (size_t r = 0; r < outcome.rooms.size(); ++r) {
        const DrawnRoom& room = outcome.rooms[r];
        Debate debate;
        debate.room = static_cast<int>(r + 1);
        debate.bracket = room.bracket;
        for (int t : room.teams) debate.teams.push_back(team_of(t));
        debate.pullups = room.pullups;
        debate.flags = room.flags;
        d.debates.push_back(std::move(debate));
    }
    for (int b : outcome.byes) d.byes.push_back(team_of(b));
    return d;
}

// The request's format and team names (the generator's swing teams after the request's own) as
// a tournament, indexed as the generator indexes them: what a document of its outcome names.
Tournament request_teams(const DrawRequest& req, const DrawOutcome& outcome) {
    int count = static_cast<int>(req.teams.size());
    for (const DrawnRoom& room : outcome.rooms)
        for (int t : room.teams) count = std::max(count, t + 1);
    for (int b : outcome.byes) count = std::max(count, b + 1);
    Tournament names;
    names.format = req.format;
    names.teams.resize(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) names.teams[static_cast<size_t>(i)].name = drawn_team_name(req, i);
    return names;
}

}  // namespace

const char* stage_code(Stage stage) { return stage == Stage::prelim ? "prelim" : "elimination"; }

DrawDocument draw_document(const Tournament& t, const Round* round, const Draw& d) {
    DrawDocument doc;
    doc.round = d.round;
    doc.stage = round ? round->stage : Stage::prelim;
    doc.method = d.method;
    if (d.method != DrawMethod::manual) doc.seed = d.seed;
    doc.sides = t.format.sides;
    if (round) doc.motions = round->motions;
    for (const Debate& debate : d.debates) {
        RoomView room;
        room.room = debate.room;
        if (doc.stage == Stage::prelim) room.bracket = debate.bracket;
        if (!debate.venue.empty()) room.venue = debate.venue;
        for (size_t s = 0; s < debate.teams.size(); ++s) {
            const int team = debate.teams[s];
            room.teams.push_back({team >= 0 ? t.teams[static_cast<size_t>(team)].name : std::string(),
                                  side_code(t.format, s), s < debate.pullups.size() && debate.pullups[s]});
        }
        if (debate.chair >= 0) room.chair = t.adjudicators[static_cast<size_t>(debate.chair)].name;
        room.panellists = adjudicator_names(t, debate.panellists);
        room.trainees = adjudicator_names(t, debate.trainees);
        room.flags = debate.flags;
        doc.rooms.push_back(std::move(room));
    }
    for (int b : d.byes) doc.byes.push_back(t.teams[static_cast<size_t>(b)].name);
    return doc;
}

DrawDocument draw_document(const DrawRequest& req, const DrawOutcome& outcome) {
    const Draw as_drawn = outcome_draw(req, outcome, [](int i) { return i; });
    DrawDocument doc = draw_document(request_teams(req, outcome), nullptr, as_drawn);
    for (size_t r = 0; r < outcome.rooms.size(); ++r) doc.rooms[r].costs = outcome.rooms[r].costs;
    doc.notes = outcome.notes;
    doc.quality = outcome.quality;
    return doc;
}

Draw to_draw(const DrawRequest& req, const DrawOutcome& outcome) {
    return outcome_draw(req, outcome, [&](int i) {
        return i < static_cast<int>(req.teams.size()) ? req.teams[static_cast<size_t>(i)].team : -1;
    });
}

ordered_json to_json(const DrawDocument& d, bool explain) {
    ordered_json motions = ordered_json::array();
    for (const Motion& m : d.motions) motions.push_back({{"reference", m.reference}, {"text", m.text}});
    ordered_json rooms = ordered_json::array();
    for (const RoomView& r : d.rooms) {
        ordered_json teams = ordered_json::array();
        for (const SeatView& s : r.teams) teams.push_back({{"team", s.team}, {"side", s.side}, {"pullup", s.pullup}});
        ordered_json room = {{"room", r.room},
                             {"bracket", r.bracket ? ordered_json(*r.bracket) : ordered_json(nullptr)},
                             {"venue", optional_json(r.venue)},
                             {"teams", teams},
                             {"chair", optional_json(r.chair)},
                             {"panellists", r.panellists},
                             {"trainees", r.trainees},
                             {"flags", r.flags}};
        if (explain) room["costs"] = terms_json(r.costs);
        rooms.push_back(std::move(room));
    }
    ordered_json quality = ordered_json::array();
    for (const CostTerm& q : d.quality) quality.push_back({{"term", q.name}, {"value", q.cost}});
    return {{"round", d.round},
            {"stage", stage_code(d.stage)},
            {"method", std::string(code_text(d.method))},
            {"seed", d.seed ? ordered_json(*d.seed) : ordered_json(nullptr)},
            {"motions", motions},
            {"rooms", rooms},
            {"byes", d.byes},
            {"notes", english_texts(d.notes)},
            {"quality", quality}};
}

nlohmann::ordered_json english_texts(const std::vector<Message>& messages) {
    ordered_json out = ordered_json::array();
    for (const Message& m : messages) out.push_back(m.text);
    return out;
}

}  // namespace tab

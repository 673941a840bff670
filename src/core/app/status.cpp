#include "tab/app/status.hpp"

#include "tab/app/ballots_check.hpp"
#include "tab/app/results.hpp"
#include "tab/app/rounds.hpp"
#include "tab/breaks/break.hpp"

namespace tab::app {
namespace {

RoundStatus round_status(const Tournament& t, const FileSystem& fs, const Round& round, std::optional<NextStep>& next) {
    RoundStatus s;
    s.round = round.id;
    s.stage = round.stage;
    s.drawn = fs.exists(draw_path(round.id));
    if (!s.drawn) {
        if (round.stage == Stage::prelim) next = NextStep{NextAction::draw, round.id, "tab draw " + round.id};
        else if (fs.exists(break_file)) next = NextStep{NextAction::break_and_draw, round.id, "tab draw " + round.id};
        else next = NextStep{NextAction::break_and_draw, round.id, "tab break && tab draw " + round.id};
        return s;
    }
    Diagnostics draw_problems;
    std::optional<Draw> draw = read_draw(fs, t, round.id, draw_problems);
    if (!draw || draw_problems.has_errors()) {
        next = NextStep{NextAction::fix_draw, round.id, "tab check"};
        return s;
    }
    s.draw_valid = true;
    if (!t.adjudicators.empty()) s.allocated = every_room_chaired(*draw);
    const RoundBallots ballots = check_round_ballots(t, fs, *draw);
    s.rooms = ballots.rooms;
    s.ballots_in = ballots.rooms_counted;
    for (const RoomWithoutBallot& m : ballots.missing) s.rooms_without_ballot.push_back(m.room);
    s.ballot_problems = ballots.error_count();
    if (ballots.error_count() > 0) next = NextStep{NextAction::fix_ballots, round.id, "tab ballots check " + round.id};
    else if (s.allocated == false && ballots.rooms_counted == 0)
        next = NextStep{NextAction::allocate, round.id, "tab allocate " + round.id};
    else if (!ballots.missing.empty()) next = NextStep{NextAction::enter_ballots, round.id, "tab ballots check " + round.id};
    return s;
}

}  // namespace

const char* code(NextAction a) {
    switch (a) {
        case NextAction::draw: return "draw";
        case NextAction::break_and_draw: return "break_and_draw";
        case NextAction::fix_draw: return "fix_draw";
        case NextAction::allocate: return "allocate";
        case NextAction::fix_ballots: return "fix_ballots";
        case NextAction::enter_ballots: return "enter_ballots";
        case NextAction::done: return "done";
    }
    return "done";
}

StatusReport status(const Tournament& t, const FileSystem& fs) {
    StatusReport report;
    std::optional<NextStep> first;
    for (const Round& round : t.rounds) {
        std::optional<NextStep> next;
        report.rounds.push_back(round_status(t, fs, round, next));
        if (!first) first = next;
    }
    report.next = first.value_or(NextStep{NextAction::done, "", "tab awards"});
    return report;
}

nlohmann::ordered_json to_json(const StatusReport& r) {
    auto optional_int = [](const std::optional<int>& i) { return i ? nlohmann::ordered_json(*i) : nlohmann::ordered_json(); };
    nlohmann::ordered_json rounds = nlohmann::ordered_json::array();
    for (const RoundStatus& s : r.rounds)
        rounds.push_back({{"round", s.round},
                          {"stage", code(s.stage)},
                          {"drawn", s.drawn},
                          {"draw_valid", s.draw_valid},
                          {"rooms", optional_int(s.rooms)},
                          {"allocated", s.allocated ? nlohmann::ordered_json(*s.allocated) : nlohmann::ordered_json()},
                          {"ballots_in", optional_int(s.ballots_in)},
                          {"rooms_without_ballot", s.rooms ? nlohmann::ordered_json(s.rooms_without_ballot) : nlohmann::ordered_json()},
                          {"ballot_problems", optional_int(s.ballot_problems)}});
    return {{"rounds", rounds},
            {"next", {{"action", code(r.next.action)},
                      {"round", r.next.round.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(r.next.round)},
                      {"command", r.next.command}}}};
}

}  // namespace tab::app

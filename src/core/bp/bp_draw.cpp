// generate_bp_draw: checks the request, adds swing teams when asked, and runs the random or the
// power-paired method. Everything random comes from one Rng seeded with request.seed, so the same
// request gives the same draw byte for byte.
//
// A field that is not a multiple of four cannot be drawn: the director either withdraws teams or
// adds swing teams (composite teams that fill the last room). With [draw] swing_teams = true the
// generator adds them itself: they start from the lowest bracket with no position history, and
// their rooms' results count for the other teams as usual but the swing teams themselves are not
// ranked. Without it the draw is refused with a message that says how many are needed.
#include "tab/bp/bp_draw.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "bp/bp_generator.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace bp {

std::optional<BpOptions> read_bp_options(const Settings& options, Diagnostics& diags) {
    BpOptions o;
    bool ok = true;
    o.pullup = options.get<BpPullup>("pullup");
    o.cost.kind = options.get<PositionCostKind>("position_cost");
    o.preshuffle = options.get<AssignmentMethod>("assignment_method") != AssignmentMethod::hungarian;
    o.cost.renyi_order = options.get_number("renyi_order");
    o.cost.exponent = options.get_number("exponent");
    o.avoid_repeat_pullups = options.get_bool("avoid_repeat_pullups");
    // history_penalty and institution_penalty default to 1 in BP (tabbycat's: 1000 and 1).
    o.institution_penalty = options.has("institution_penalty") ? options.get_number("institution_penalty") : 1;
    o.history_penalty = options.has("history_penalty") ? options.get_number("history_penalty") : 1;
    o.swing_teams = options.get_bool("swing_teams");
    auto non_negative = [&](std::string_view key, double value, double most) {
        if (!(value >= 0 && value <= most)) {
            diags.error("", 0, 0, message("diag.draw.weight_range", {{"key", std::string(key)}, {"value", fmt::format("{}", value)},
                                                                   {"most", fmt::format("{}", most)}}));
            ok = false;
        }
    };
    non_negative("renyi_order", o.cost.renyi_order, 1e6);
    non_negative("exponent", o.cost.exponent, 8);  // beyond 8 the costs no longer fit in 64 bits
    non_negative("institution_penalty", o.institution_penalty, 1e9);
    non_negative("history_penalty", o.history_penalty, 1e9);
    if (!ok) return std::nullopt;
    return o;
}

PositionHistory history_of(const TeamState& team) {
    PositionHistory h{0, 0, 0, 0};
    for (size_t s = 0; s < 4 && s < team.side_history.size(); ++s) h[s] = team.side_history[s];
    return h;
}

}  // namespace bp

namespace {

// Checks that each team's position history has four counts.
bool check_histories(const DrawRequest& request, Diagnostics& diags) {
    bool ok = true;
    for (const TeamState& t : request.teams) {
        if (!t.side_history.empty() && t.side_history.size() != 4) {
            diags.error("", 0, 0, message("diag.draw.bp_side_history", {{"team", t.id}, {"n", std::to_string(t.side_history.size())}}));
            ok = false;
        }
    }
    return ok;
}

}  // namespace

std::string drawn_team_name(const DrawRequest& request, int index) {
    if (index >= 0 && index < static_cast<int>(request.teams.size())) return request.teams[index].id;
    return fmt::format("Swing {}", index - static_cast<int>(request.teams.size()) + 1);
}

std::optional<DrawOutcome> generate_bp_draw(const DrawRequest& request, Diagnostics& diags) {
    if (request.method != DrawMethod::random && request.method != DrawMethod::power) {
        diags.error("", 0, 0, message("diag.draw.bp_method", {{"method", std::string(code_text(request.method))}}));
        return std::nullopt;
    }
    std::optional<bp::BpOptions> options = bp::read_bp_options(request.options, diags);
    bool histories_ok = check_histories(request, diags);
    if (!options || !histories_ok) return std::nullopt;

    size_t missing = (4 - request.teams.size() % 4) % 4;
    if (request.teams.empty()) {
        diags.error("", 0, 0, message("diag.draw.no_teams"));
        return std::nullopt;
    }
    if (missing > 0 && !options->swing_teams) {
        diags.error("", 0, 0, message("diag.draw.rooms_of_four", {{"n", std::to_string(request.teams.size())},
                                                                 {"add", std::to_string(missing)},
                                                                 {"withdraw", std::to_string(4 - missing)}}));
        return std::nullopt;
    }
    DrawRequest filled = request;
    double lowest = request.teams.front().points;
    for (const TeamState& t : request.teams) lowest = std::min(lowest, t.points);
    std::vector<int> swings;
    for (size_t k = 0; k < missing; ++k) {
        TeamState swing;
        swing.id = drawn_team_name(request, static_cast<int>(request.teams.size() + k));
        swing.points = lowest;
        swing.side_history = {0, 0, 0, 0};
        swings.push_back(static_cast<int>(filled.teams.size()));
        filled.teams.push_back(swing);
    }

    Rng rng(request.seed);
    std::optional<DrawOutcome> outcome;
    if (request.method == DrawMethod::random) {
        outcome = bp::draw_random(filled, *options, rng);
    } else {
        outcome = bp::draw_power(filled, *options, rng, diags);
    }
    if (!outcome) return std::nullopt;
    outcome->swings = swings;
    if (!swings.empty()) {
        outcome->notes.push_back(message("draw.note.swings", {{"n", std::to_string(swings.size())}}));
    }
    bp::explain_bp_draw(filled, *options, *outcome);
    return outcome;
}

}  // namespace tab

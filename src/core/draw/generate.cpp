// The dispatcher: picks the generator for the request's format and method, and takes the bye
// out first when a two-team field is odd (except in a round robin, whose schedule fixes the bye).
// Byes (DOMAIN.md §3, Tabbycat PR #2349): "lowest" gives it to the lowest-ranked team among
// those with the fewest byes so far; "random" to a random one of them (seeded).
#include "tab/draw/draw_generate.hpp"

#include <algorithm>

#include "compat.hpp"
#include "methods.hpp"
#include "tab/bp/bp_draw.hpp"
#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

std::optional<DrawOutcome> run_method(const DrawRequest& req, Diagnostics& diags) {
    switch (req.method) {
    case DrawMethod::power: return generate_power_draw(req, diags);
    case DrawMethod::tabbycat: return compat::generate(req, diags);
    case DrawMethod::random: return generate_random_draw(req, diags);
    case DrawMethod::seeded: return generate_seeded_draw(req, diags);
    default: return generate_round_robin_draw(req, diags);
    }
}

int choose_bye(const DrawRequest& req, ByeSelection selection) {
    int fewest = req.teams[0].byes;
    for (const TeamState& t : req.teams) fewest = std::min(fewest, t.byes);
    std::vector<int> candidates;
    for (int i = static_cast<int>(req.teams.size()) - 1; i >= 0; --i)
        if (req.teams[i].byes == fewest) candidates.push_back(i);
    if (selection == ByeSelection::random) {
        Rng rng(derive_seed(req.seed, "bye"));
        return candidates[rng.below(candidates.size())];
    }
    return candidates.front();
}

}  // namespace

void cannot_draw(const DrawRequest& req, const Message& reason, Diagnostics& diags) {
    diags.fail(Failure::cannot, message("diag.draw.cannot", {{"round", req.round_id}}, {{"reason", &reason}}));
}

std::optional<DrawOutcome> generate_draw(const DrawRequest& request, Diagnostics& diags) {
    if (request.format.is_bp()) return generate_bp_draw(request, diags);
    if (!is_two_team_generator(request.method)) {
        diags.error("", 0, 0, message("diag.draw.no_generator", {{"method", std::string(code_text(request.method))}}));
        return std::nullopt;
    }
    if (request.teams.empty()) {
        diags.error("", 0, 0, message("diag.draw.no_teams"));
        return std::nullopt;
    }
    ByeSelection selection = request.options.get<ByeSelection>("bye_selection");

    int bye = -1;
    DrawRequest field = request;
    if (request.teams.size() % 2 != 0 && request.method != DrawMethod::round_robin) {
        bye = choose_bye(request, selection);
        field.teams.erase(field.teams.begin() + bye);
    }
    std::optional<DrawOutcome> outcome = run_method(field, diags);
    if (!outcome) return std::nullopt;
    if (bye >= 0) {
        auto original = [bye](int i) { return i >= bye ? i + 1 : i; };
        for (DrawnRoom& room : outcome->rooms)
            for (int& t : room.teams) t = original(t);
        for (int& t : outcome->byes) t = original(t);
        outcome->byes.push_back(bye);
        outcome->notes.push_back(message(selection == ByeSelection::lowest ? "draw.note.bye_lowest" : "draw.note.bye_random",
                                         {{"team", request.teams[bye].id}}));
        for (CostTerm& q : outcome->quality)
            if (q.name == "byes") q.cost = static_cast<int64_t>(outcome->byes.size());
    }
    return outcome;
}

}  // namespace tab

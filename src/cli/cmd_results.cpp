// tab results ROUND: each debate's outcome with the panel-mean scores: BP points or the winner,
// team totals, margins and votes, and (JSON) every speech.
#include <cmath>

#include "commands.hpp"
#include "standings_view.hpp"
#include "tab/ballots/results.hpp"

namespace tab::cli {
namespace {

nlohmann::ordered_json fraction_json(const Fraction& f) {
    return f.is_integer() ? nlohmann::ordered_json(f.num()) : nlohmann::ordered_json(std::round(f.to_double() * 1e6) / 1e6);
}

nlohmann::ordered_json results_json(const Tournament& t, const RoundResults& r) {
    nlohmann::ordered_json debates = nlohmann::ordered_json::array();
    for (const DebateResult& d : r.debates) {
        nlohmann::ordered_json teams = nlohmann::ordered_json::array();
        for (const TeamResult& team : d.teams) {
            nlohmann::ordered_json speeches = nlohmann::ordered_json::array();
            for (const SpeechResult& s : team.speeches)
                speeches.push_back({{"speaker", s.speaker >= 0 ? t.speakers[s.speaker].name : ""},
                                    {"position", s.position > t.format.speakers_per_team ? nlohmann::ordered_json("reply")
                                                                                          : nlohmann::ordered_json(s.position)},
                                    {"score", fraction_json(s.score)},
                                    {"iron", s.iron}});
            teams.push_back({{"team", t.teams[team.team].name},
                             {"side", t.format.sides[team.side]},
                             {"points", d.entered ? nlohmann::ordered_json(team.points) : nlohmann::ordered_json()},
                             {"win", team.win},
                             {"score", team.scored ? fraction_json(team.score) : nlohmann::ordered_json()},
                             {"margin", team.margin ? fraction_json(*team.margin) : nlohmann::ordered_json()},
                             {"votes", team.panel > 0 ? nlohmann::ordered_json(team.votes) : nlohmann::ordered_json()},
                             {"speeches", speeches}});
        }
        debates.push_back({{"room", d.room}, {"entered", d.entered}, {"teams", teams}});
    }
    return {{"round", r.round}, {"debates", debates}};
}

Table results_table(Context& ctx, const Tournament& t, const RoundResults& r) {
    const Catalogue cat = ctx.catalogue();
    Table table{"debates", "", {{"room", true}, {"side"}, {"team"}, {"result"}, {"points", true}, {"total", true},
                                {"margin", true}, {"votes", true}}, {}};
    for (const DebateResult& d : r.debates)
        for (const TeamResult& team : d.teams) {
            std::string result = !d.entered ? "-" : t.format.is_bp() && r.prelim ? std::to_string(4 - team.points)
                                                  : team.win ? "win" : "loss";
            table.rows.push_back({Cell::of(d.room), Cell::of(cat.tr("side." + t.format.sides[team.side])),
                                  Cell::of(t.teams[team.team].name), Cell::of(result),
                                  d.entered ? Cell::of(team.points) : Cell::none(),
                                  team.scored ? metric_cell(MetricValue::of(team.score)) : Cell::none(),
                                  team.margin ? metric_cell(MetricValue::of(*team.margin)) : Cell::none(),
                                  team.panel > 0 ? Cell::of(std::to_string(team.votes) + "/" + std::to_string(team.panel))
                                                 : Cell::none()});
        }
    return table;
}

}  // namespace

int run_results(Context& ctx, const ResultsOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    if (int code = ctx.check_round(*t, o.round, false)) return code;
    Diagnostics diags;
    std::optional<RoundResults> r = load_round_results(*t, ctx.fs(), o.round, diags);
    ctx.report(diags);
    if (!r) {
        ctx.error(o.round + " has no draw (" + draw_path(o.round) + ")");
        return diags.has_errors() ? exit_code::invalid_input : exit_code::cannot;
    }
    if (ctx.format() == OutputFormat::json)
        ctx.print(results_json(*t, *r).dump(2) + "\n");
    else
        ctx.print(results_table(ctx, *t, *r));
    return exit_code::ok;
}

}  // namespace tab::cli

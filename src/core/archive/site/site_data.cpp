// load_site_data(): every drawn round with its results, and which results the site may show.
// A round's results are public when all of them are in and [publish] results_released lists it
// (by default: every round that is not silent); a silent round's also once the tournament is over
// (every round of tournament.toml drawn and decided) or with --include-silent. The tabs count
// the public prelims only, so a silent or unreleased round cannot be worked out from the tab either.
#include <algorithm>

#include "site.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/ballots/completeness.hpp"

namespace tab::site {

std::string SiteData::team(int i) const { return i >= 0 ? t.teams[static_cast<size_t>(i)].name : ""; }
std::string SiteData::adjudicator(int i) const { return i >= 0 ? t.adjudicators[static_cast<size_t>(i)].name : ""; }
std::string SiteData::side(size_t s) const { return c.tr("side." + t.format.sides[s]); }

const TeamResult* SiteData::released_result(size_t r, int team) const {
    const RoundData& round = rounds[r];
    if (!round.released) return nullptr;
    for (const DebateResult& debate : round.results->debates)
        for (const TeamResult& result : debate.teams)
            if (result.team == team) return &result;
    return nullptr;
}

namespace {

bool is_released(const Tournament& t, const Round& r, bool silent_public) {
    if (r.silent && silent_public) return true;
    const Settings publish = t.section("publish");
    if (!publish.has("results_released")) return !r.silent;
    const std::vector<std::string> listed = publish.get_list("results_released");
    return std::find(listed.begin(), listed.end(), r.id) != listed.end();
}

}  // namespace

SiteData load_site_data(const Tournament& t, const Catalogue& c, const FileSystem& fs, bool include_silent,
                        Diagnostics& diags) {
    SiteData d{t, c, {}, {}, {}, false, std::nullopt, std::nullopt};
    std::vector<RoundResults> prelims;
    for (const Round& r : t.rounds) {
        RoundData round{&r, std::nullopt, std::nullopt, false, false};
        if (fs.exists(draw_path(r.id))) round.draw = read_draw(fs, t, r.id, diags);
        if (round.draw) {
            round.results = compute_round_results(t, *round.draw, read_ballots(fs, t, *round.draw, diags));
            round.complete = std::all_of(round.results->debates.begin(), round.results->debates.end(),
                                         [](const DebateResult& debate) { return debate.entered; });
            if (r.stage == Stage::prelim) prelims.push_back(*round.results);
        }
        d.rounds.push_back(std::move(round));
    }
    const bool over = std::all_of(d.rounds.begin(), d.rounds.end(), [](const RoundData& r) { return r.complete; });
    for (RoundData& r : d.rounds) r.released = r.complete && is_released(t, *r.round, over || include_silent);
    for (const IncompleteRound& r : left_out(incomplete_prelims(t, prelims), message("what.website"), diags))
        d.pending += (d.pending.empty() ? "" : ", ") + r.round;
    for (const RoundData& r : d.rounds) {
        if (r.round->stage != Stage::prelim || !r.complete) continue;
        if (r.released) d.counted.push_back(*r.results);
        else d.withheld = true;
    }
    if (fs.exists(break_file)) d.break_ = read_break(t, fs, diags);
    d.liveness = liveness_now(t, fs, d.counted, diags);
    return d;
}

}  // namespace tab::site

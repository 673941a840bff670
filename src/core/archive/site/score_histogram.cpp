// The speaker-score histogram under the speaker tab: how many substantive speeches of the counted
// rounds had each score (bins of one point, or 2 or 5 when scores spread over more than 20 of
// them, so that each bar stays wide enough to read on a phone), with a line per break category at
// its cut-off.
//
// A break's cut-off is a team's, but this picture counts speeches, so the line stands at the
// average substantive speech score of the last team to break in the category (its lowest seed):
// a speaker scoring above it spoke as well as, on average, a breaking team's speakers at least
// did. Reply speeches are left out: they are scored on another scale.
#include <fmt/format.h>

#include "site.hpp"
#include "tab/render/charts.hpp"

namespace tab::site {

namespace {

bool is_substantive(const SiteData& d, const SpeechResult& speech) {
    return speech.position <= d.t.format.speakers_per_team;
}

// The average substantive speech score of `team` in the counted rounds; nullopt if it has none.
std::optional<double> average_speech(const SiteData& d, int team) {
    double sum = 0;
    int speeches = 0;
    for (const RoundResults& round : d.counted)
        for (const DebateResult& debate : round.debates)
            for (const TeamResult& result : debate.teams)
                if (result.team == team)
                    for (const SpeechResult& speech : result.speeches)
                        if (is_substantive(d, speech)) {
                            sum += speech.score.to_double();
                            ++speeches;
                        }
    if (speeches == 0) return std::nullopt;
    return sum / speeches;
}

std::vector<svg::Marker> cut_offs(const SiteData& d) {
    std::vector<svg::Marker> out;
    if (!d.break_) return out;
    for (const CategoryBreak& c : d.break_->categories) {
        const std::vector<int> breaking = c.breaking();
        if (breaking.empty()) continue;
        const std::optional<double> average = average_speech(d, breaking.back());
        if (!average) continue;
        const BreakCategory* category = d.t.find_break_category(c.category);
        out.push_back({format_message(d.c.tr("publish.cutoff"), {{"category", category ? category->name : c.category},
                                                                 {"score", fmt::format("{:.2f}", *average)}}),
                       *average});
    }
    return out;
}

}  // namespace

std::string score_histogram(const SiteData& d) {
    std::vector<double> scores;
    for (const RoundResults& round : d.counted)
        for (const DebateResult& debate : round.debates)
            for (const TeamResult& result : debate.teams)
                for (const SpeechResult& speech : result.speeches)
                    if (is_substantive(d, speech)) scores.push_back(speech.score.to_double());
    if (scores.empty()) return "";
    const double width = svg::bin_width_for(scores, 20);
    svg::Histogram h{svg::histogram_bins(scores, width), width, cut_offs(d), d.c.tr("publish.score_axis")};
    std::string out = svg::histogram(h, d.c.tr("publish.scores_figure"), "speaker-scores").str();
    if (!h.markers.empty()) out += paragraph(d.c.tr("publish.cutoff_note"));
    return out;
}

}  // namespace tab::site

// Team places, best speakers and best adjudicators.
//
// Team places come from the last elimination round of each break category, the final:
//   two-team  the winner is 1st and the loser 2nd; with third_place = "debate" the final round's
//             room flagged "third-place" gives 3rd and 4th; with "shared" both semifinal losers
//             are 3rd (shown "3="), as many of our first users' events award it.
//   BP        the winner is 1st; the other three follow their team scores in the final (2nd–4th,
//             equal scores share), or share 2nd when the final was entered without scores. With
//             third_place = "shared" the two lowest-scoring finalists are both 3rd ("3=").
// A category without elimination rounds (a qualifier run as prelims only, a league) places its
// eligible teams by the team standings: the top four, teams tied in the standings sharing a place.
// Speakers are ranked by the speaker standings; per speaker category the ranks are recounted
// among the category's speakers, and the top N (with everyone tied with the N-th) are named.
#include <algorithm>

#include "tab/breaks/awards.hpp"
#include "tab/base/csv.hpp"
#include "tab/standings/standings.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

bool third_place_room(const Draw& draw, int room) {
    for (const Debate& d : draw.debates)
        if (d.room == room) return std::find(d.flags.begin(), d.flags.end(), "third-place") != d.flags.end();
    return false;
}

std::vector<std::string> elimination_rounds(const Tournament& t, const BreakCategory& cat) {
    std::vector<std::string> out;
    for (const Round& r : t.rounds) {
        if (r.stage != Stage::elimination) continue;
        bool general_default = r.break_category.empty() && cat.general;
        if (r.break_category == cat.id || general_default) out.push_back(r.id);
    }
    return out;
}

void place_final(const Tournament& t, const BreakCategory& cat, const DebateResult& final_room, std::vector<Placing>& out) {
    std::vector<const TeamResult*> rest;
    for (const TeamResult& tr : final_room.teams) {
        if (tr.win) out.push_back({1, false, tr.team, 0});
        else rest.push_back(&tr);
    }
    if (!t.format.is_bp()) {
        for (const TeamResult* tr : rest) out.push_back({2, false, tr->team, 0});
        return;
    }
    bool scored = std::all_of(rest.begin(), rest.end(), [](const TeamResult* tr) { return tr->scored; });
    std::stable_sort(rest.begin(), rest.end(), [&](const TeamResult* a, const TeamResult* b) {
        return scored && b->score < a->score;
    });
    const size_t first = out.size();
    for (size_t i = 0; i < rest.size(); ++i) {
        bool level = !scored || (i > 0 && rest[i]->score == rest[i - 1]->score);
        int place = level && i > 0 ? out.back().place : 2 + static_cast<int>(i);
        if (scored && cat.third_place == ThirdPlace::shared) place = std::min(place, 3);
        out.push_back({place, false, rest[i]->team, 0});
    }
    for (size_t i = first; i < out.size(); ++i)
        for (size_t j = first; j < out.size(); ++j)
            if (i != j && out[i].place == out[j].place) out[i].shared = true;
}

// Places 1-4 of the category's eligible teams in the team standings (the break's eligibility).
std::vector<Placing> places_from_standings(const Tournament& t, const TeamStandings& s, const BreakCategory& cat) {
    std::vector<Placing> out;
    int position = 0, previous_rank = 0;
    for (const TeamStanding& row : s.rows) {
        const std::vector<std::string>& cats = t.teams[static_cast<size_t>(row.team)].break_categories;
        if (row.rank.rank == 0 || !(cat.general || std::find(cats.begin(), cats.end(), cat.id) != cats.end())) continue;
        ++position;
        const bool tied = !out.empty() && previous_rank == row.rank.rank;
        const int place = tied ? out.back().place : position;
        if (place > 4) break;
        if (tied) out.back().shared = true;
        out.push_back({place, tied, row.team, 0});
        previous_rank = row.rank.rank;
    }
    return out;
}

TeamPlaces team_places(const Tournament& t, const FileSystem& fs, const BreakCategory& cat, const TeamStandings& standings,
                       Diagnostics& diags) {
    TeamPlaces out{cat.id, {}, std::nullopt};
    std::vector<std::string> rounds = elimination_rounds(t, cat);
    if (rounds.empty()) {
        out.places = places_from_standings(t, standings, cat);
        if (out.places.empty()) out.missing = message("diag.awards.no_places_source");
        return out;
    }
    const std::string& final_id = rounds.back();
    std::optional<RoundResults> final_results = load_round_results(t, fs, final_id, diags);
    std::optional<Draw> final_draw = read_draw(fs, t, final_id, diags);
    if (!final_results || !final_draw) {
        out.missing = message("diag.awards.final_no_draw", {{"round", final_id}});
        return out;
    }
    std::vector<Placing> third;
    for (const DebateResult& d : final_results->debates) {
        if (!d.entered) {
            out.missing = message("diag.awards.final_no_ballot", {{"round", final_id}, {"room", std::to_string(d.room)}});
            out.places.clear();
            return out;
        }
        if (!third_place_room(*final_draw, d.room)) {
            place_final(t, cat, d, out.places);
            continue;
        }
        for (const TeamResult& tr : d.teams) third.push_back({tr.win ? 3 : 4, false, tr.team, 0});
    }
    std::sort(third.begin(), third.end(), [](const Placing& a, const Placing& b) { return a.place < b.place; });
    out.places.insert(out.places.end(), third.begin(), third.end());
    if (!t.format.is_bp() && cat.third_place == ThirdPlace::shared && rounds.size() >= 2) {
        std::optional<RoundResults> semis = load_round_results(t, fs, rounds[rounds.size() - 2], diags);
        if (semis)
            for (const DebateResult& d : semis->debates)
                for (const TeamResult& tr : d.teams)
                    if (d.entered && !tr.win) out.places.push_back({3, true, tr.team, 0});
    }
    return out;
}

SpeakerAwards top_speakers(const Tournament& t, const SpeakerStandings& s, const std::string& category, int top) {
    SpeakerAwards out{category, {}};
    const SpeakerStanding* previous = nullptr;
    int position = 0, place = 0;
    for (const SpeakerStanding& row : s.rows) {
        // Unranked speakers, and speakers with no speech yet (before the first ballot), win nothing.
        if (row.rank.rank == 0 || row.metrics.empty() || !row.metrics[0].present()) continue;
        const std::vector<std::string>& cats = t.speakers[static_cast<size_t>(row.speaker)].categories;
        if (!category.empty() && std::find(cats.begin(), cats.end(), category) == cats.end()) continue;
        ++position;
        bool tied = previous && previous->rank.rank == row.rank.rank;
        if (!tied) place = position;
        if (place > top) break;
        double score = row.metrics.empty() ? 0 : row.metrics[0].to_double();
        if (tied) out.speakers.back().shared = true;
        out.speakers.push_back({place, tied, row.speaker, score});
        previous = &row;
    }
    return out;
}

std::vector<Placing> best_adjudicators(const Tournament& t, const FileSystem& fs, int top, Diagnostics& diags) {
    std::vector<Placing> out;
    std::optional<std::string> text = fs.read(adjudicator_scores_file);
    if (!text) return out;
    CsvTable table = parse_csv(*text, adjudicator_scores_file, diags);
    int name = table.column({"adjudicator", "name"}), score = table.column({"score"});
    if (name < 0 || score < 0) {
        diags.error(adjudicator_scores_file, 1, 0, message("diag.csv.expected_columns", {{"columns", "adjudicator, score"}}));
        return out;
    }
    std::vector<Placing> all;
    for (const CsvRow& row : table.rows) {
        int adj = t.find_adjudicator(table.cell(row, name));
        if (adj < 0) diags.error(table.file, row.line, name + 1, message("diag.found_adjudicator", {{"found", table.cell(row, name)}}));
        const std::string& text_score = table.cell(row, score);
        char* end = nullptr;
        double value = std::strtod(text_score.c_str(), &end);
        if (text_score.empty() || *end != '\0') {
            diags.error(table.file, row.line, score + 1, message("diag.expected_number", {{"found", text_score}}));
            continue;
        }
        if (adj >= 0) all.push_back({0, false, adj, value});
    }
    std::stable_sort(all.begin(), all.end(), [](const Placing& a, const Placing& b) { return a.score > b.score; });
    for (size_t i = 0; i < all.size(); ++i) {
        bool tied = i > 0 && all[i].score == all[i - 1].score;
        all[i].place = tied ? all[i - 1].place : static_cast<int>(i) + 1;
        if (all[i].place > top) break;
        if (tied) out.back().shared = all[i].shared = true;
        out.push_back(all[i]);
    }
    return out;
}

}  // namespace

template <>
std::span<const Code<AwardKind>> codes_of<AwardKind>() {
    static constexpr Code<AwardKind> table[] = {
        {AwardKind::team, "team"}, {AwardKind::speaker, "speaker"}, {AwardKind::adjudicator, "adjudicator"}};
    return table;
}

std::optional<Awards> compute_awards(const Tournament& t, const FileSystem& fs, const std::vector<RoundResults>& prelims,
                                     Diagnostics& diags) {
    const Settings& settings = t.section("awards");
    Awards a;
    std::optional<TeamStandings> teams = compute_team_standings(t, prelims, team_standings_options(t), diags);
    if (!teams) return std::nullopt;
    for (const BreakCategory& cat : t.break_categories) a.teams.push_back(team_places(t, fs, cat, *teams, diags));
    if (t.break_categories.empty()) {  // no categories declared: one overall place list (category "")
        BreakCategory overall;
        overall.general = true;
        a.teams.push_back(team_places(t, fs, overall, *teams, diags));
    }
    std::optional<SpeakerStandings> s = compute_speaker_standings(t, prelims, speaker_standings_options(t), diags);
    if (!s) return std::nullopt;
    const int top = static_cast<int>(settings.get_int("top_speakers"));
    a.speakers.push_back(top_speakers(t, *s, "", top));
    for (const SpeakerCategory& c : t.speaker_categories) a.speakers.push_back(top_speakers(t, *s, c.id, top));
    a.adjudicators = best_adjudicators(t, fs, static_cast<int>(settings.get_int("top_adjudicators")), diags);
    return a;
}

std::vector<Certificate> certificates(const Tournament& t, const Awards& a) {
    auto institution = [&](int i) {
        if (i < 0) return std::string();
        const Institution& in = t.institutions[static_cast<size_t>(i)];
        return in.name.empty() ? in.code : in.name;
    };
    std::vector<Certificate> out;
    for (size_t s = 0; s < t.speakers.size(); ++s) {
        const Speaker& sp = t.speakers[s];
        const Team* team = sp.team >= 0 ? &t.teams[static_cast<size_t>(sp.team)] : nullptr;
        Certificate c{sp.name, team ? team->name : "", team ? institution(team->institution) : "", "speaker", {}};
        for (const TeamPlaces& tp : a.teams)
            for (const Placing& p : tp.places)
                if (p.who == sp.team) c.awards.push_back({AwardKind::team, p.place, p.shared, tp.category});
        for (const SpeakerAwards& sa : a.speakers)
            for (const Placing& p : sa.speakers)
                if (p.who == static_cast<int>(s)) c.awards.push_back({AwardKind::speaker, p.place, p.shared, sa.category});
        out.push_back(std::move(c));
    }
    for (size_t i = 0; i < t.adjudicators.size(); ++i) {
        const Adjudicator& adj = t.adjudicators[i];
        Certificate c{adj.name, "", institution(adj.institution), "adjudicator", {}};
        for (const Placing& p : a.adjudicators)
            if (p.who == static_cast<int>(i)) c.awards.push_back({AwardKind::adjudicator, p.place, p.shared, ""});
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace tab

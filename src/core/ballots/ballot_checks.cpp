// The rules a round's ballots must follow (DOMAIN.md §4, tabbycat.md §7.6), each reported once
// with the line of the offending row (or the sheet's first row when the problem is the sheet's):
//
//   who may fill a sheet     an adjudicator of the room's panel, not a trainee; a room has either
//                            one consensus sheet or one sheet per voting adjudicator
//   what a sheet holds       in prelims, a speech for every position of every team with a
//                            speaker and a score; scores within the range and on the step
//   speakers                 a speaker speaks once unless the second speech is marked iron; the
//                            reply speaker spoke substantively and was not the last speaker
//   the decision             BP totals all different; a declared winner that agrees with the
//                            totals under the win rule; a margin within the maximum; speech
//                            ranks 1..n without ties; in eliminations, who advances
//   panels                   every sheet of a room names the same speaker in each position
//
// A recorded sheet (status "recorded", copied from an archive) is a record of what happened, not
// an entry: the same rules are reported for it, as warnings, and it counts as it is.
#include <algorithm>
#include <map>
#include <set>

#include "tab/ballots/ballots.hpp"
#include "tab/base/fraction.hpp"
#include "tab/ballots/scoresheet.hpp"

namespace tab {
namespace {

std::string number(int64_t hundredths) { return format_fraction(Fraction::hundredths(hundredths)); }
std::string number(double value) { return format_fraction(Fraction::of(static_cast<int64_t>(value * 100 + (value < 0 ? -0.5 : 0.5)), 100)); }

class Checker {
public:
    Checker(const Tournament& t, const Draw& draw, const BallotFile& b, Diagnostics& diags)
        : t_(t), f_(t.format), draw_(draw), b_(b), diags_(diags) {
        int r = t.find_round(draw.round);
        elimination_ = r >= 0 && t.rounds[r].stage == Stage::elimination;
        final_ = elimination_ && is_last_of_category(r);
    }

    void run() {
        std::map<int, std::vector<const BallotSheet*>> by_debate;
        for (const BallotSheet& s : b_.sheets) {
            partial_ = b_.unreadable.count(s.debate) > 0;
            check_sheet(s);
            if (!partial_) by_debate[s.debate].push_back(&s);
        }
        for (const auto& entry : by_debate) check_panel(entry.second);
    }

private:
    void error(int line, int column, const std::string& message) {
        if (recorded_) diags_.warning(b_.file, line, column, message);
        else diags_.error(b_.file, line, column, message);
    }
    std::string room(const BallotSheet& s) const { return "room " + std::to_string(draw_.debates[s.debate].room); }
    std::string team_name(const BallotSheet& s, int side) const {
        return "'" + t_.teams[draw_.debates[s.debate].teams[side]].name + "'";
    }

    bool is_last_of_category(int r) const {
        for (size_t i = static_cast<size_t>(r) + 1; i < t_.rounds.size(); ++i)
            if (t_.rounds[i].stage == Stage::elimination &&
                t_.rounds[i].break_category == t_.rounds[static_cast<size_t>(r)].break_category)
                return false;
        return true;
    }

    void check_sheet(const BallotSheet& s) {
        recorded_ = s.recorded;
        check_adjudicator(s);
        bool scored = std::any_of(s.speeches.begin(), s.speeches.end(), [](const BallotSpeech& x) { return x.score; });
        if (partial_) {  // the rows it reads; what the dropped rows leave missing is no news
            if (scored) check_speeches(s);
            return;
        }
        if (!scored && !elimination_) {
            error(s.line, b_.columns.score, room(s) + ": found a sheet without scores, expected speaker scores in a prelim round");
            return;
        }
        if (scored) check_speeches(s);
        if (elimination_ && (!scored || f_.is_bp())) check_advancing(s);
        else if (scored) check_decision(s);
    }

    void check_adjudicator(const BallotSheet& s) {
        if (s.adjudicator < 0) return;
        const Debate& d = draw_.debates[s.debate];
        const std::string name = "'" + t_.adjudicators[s.adjudicator].name + "'";
        if (std::find(d.trainees.begin(), d.trainees.end(), s.adjudicator) != d.trainees.end())
            error(s.line, b_.columns.adjudicator, room(s) + ": adjudicator " + name + " is a trainee, expected a voting adjudicator");
        else if (d.chair != s.adjudicator &&
                 std::find(d.panellists.begin(), d.panellists.end(), s.adjudicator) == d.panellists.end())
            error(s.line, b_.columns.adjudicator, room(s) + ": adjudicator " + name + " is not on its panel, expected the chair or a panellist");
    }

    void check_speeches(const BallotSheet& s) {
        const int sides = static_cast<int>(s.listed.size());
        const int reply = f_.speakers_per_team + 1;
        for (int side = 0; side < sides; ++side) {
            if (!s.listed[side]) {
                if (partial_) continue;
                error(s.line, b_.columns.team, room(s) + ": found no speeches for team " + team_name(s, side) + ", expected " +
                                                   std::to_string(f_.speakers_per_team) + " speeches");
                continue;
            }
            std::map<int, const BallotSpeech*> at;  // position -> speech
            std::map<int, const BallotSpeech*> substantive_of;  // speaker -> first substantive speech
            for (const BallotSpeech& x : s.speeches) {
                if (x.side != side) continue;
                if (!check_cells(s, x)) continue;
                auto [it, fresh] = at.emplace(x.position, &x);
                if (!fresh) {
                    error(x.line, b_.columns.position, room(s) + ": team " + team_name(s, side) + " has position " +
                                                           position_name(x.position) + " twice (first at line " +
                                                           std::to_string(it->second->line) + "), expected it once");
                    continue;
                }
                check_score(s, x);
                if (x.position == reply) continue;
                auto [first, once] = substantive_of.emplace(x.speaker, &x);
                if (!once && !x.iron)
                    error(x.line, b_.columns.iron > 0 ? b_.columns.iron : b_.columns.speaker, room(s) + ": speaker '" + t_.speakers[x.speaker].name +
                                                       "' gives a second substantive speech (first at line " +
                                                       std::to_string(first->second->line) + "), expected it marked iron");
            }
            for (int p = 1; p <= f_.speakers_per_team + (f_.reply ? 1 : 0); ++p)
                if (!at.count(p) && !partial_)
                    error(s.line, b_.columns.position, room(s) + ": team " + team_name(s, side) + " has no speech at position " +
                                                           position_name(p) + ", expected one");
            if (f_.reply && at.count(reply)) check_reply(s, *at[reply], at);
        }
        if (f_.speech_ranks && !partial_) check_ranks(s);
    }

    std::string position_name(int p) const { return p == f_.speakers_per_team + 1 ? "reply" : std::to_string(p); }

    // A speech of a scored sheet needs a speaker, a position and a score.
    bool check_cells(const BallotSheet& s, const BallotSpeech& x) {
        bool ok = true;
        auto need = [&](bool present, int column, const char* what) {
            if (present) return;
            error(x.line, column, room(s) + ": found no " + what + ", expected one on every row of a scored sheet");
            ok = false;
        };
        need(x.speaker >= 0, b_.columns.speaker, "speaker");
        need(x.position > 0, b_.columns.position, "position");
        need(x.score.has_value(), b_.columns.score, "score");
        return ok;
    }

    void check_score(const BallotSheet& s, const BallotSpeech& x) {
        const bool is_reply = x.position == f_.speakers_per_team + 1;
        const ScoreRange& range = is_reply ? f_.reply_scores : f_.speaker_scores;
        const double v = static_cast<double>(*x.score) / 100.0;
        if (range.accepts(v)) return;
        std::string what = is_reply ? "reply score " : "score ";
        if (v < range.min - 1e-9 || v > range.max + 1e-9)
            error(x.line, b_.columns.score, room(s) + ": " + what + number(*x.score) + " is out of range, expected " +
                                                number(range.min) + " to " + number(range.max));
        else
            error(x.line, b_.columns.score, room(s) + ": " + what + number(*x.score) + " is off the step, expected a multiple of " +
                                                number(range.step) + " from " + number(range.min));
    }

    void check_reply(const BallotSheet& s, const BallotSpeech& reply, const std::map<int, const BallotSpeech*>& at) {
        bool spoke = false;
        for (const auto& [p, x] : at)
            if (p <= f_.speakers_per_team && x->speaker == reply.speaker) spoke = true;
        const std::string name = "'" + t_.speakers[reply.speaker].name + "'";
        const bool require = t_.section("ballots").get_bool("require_substantive_for_reply");
        if (require && !spoke)
            error(reply.line, b_.columns.speaker, room(s) + ": reply speaker " + name +
                                                      " gave no substantive speech, expected a speaker who did");
        auto last = at.find(f_.speakers_per_team);
        if (last != at.end() && last->second->speaker == reply.speaker)
            error(reply.line, b_.columns.speaker, room(s) + ": reply speaker " + name +
                                                      " was the last substantive speaker, expected an earlier one");
    }

    // Speech ranks: every substantive speech ranked, ranks 1..n with no ties; in the high-points
    // rule a better score never gets a worse rank.
    void check_ranks(const BallotSheet& s) {
        std::vector<const BallotSpeech*> ranked;
        for (const BallotSpeech& x : s.speeches) {
            if (x.position < 1 || x.position > f_.speakers_per_team) continue;
            if (!x.rank) {
                error(x.line, b_.columns.rank, room(s) + ": found no speech rank, expected one for every speech");
                continue;
            }
            ranked.push_back(&x);
        }
        const int n = static_cast<int>(ranked.size());
        std::map<int, const BallotSpeech*> seen;
        for (const BallotSpeech* x : ranked) {
            if (*x->rank > n)
                error(x->line, b_.columns.rank, room(s) + ": speech rank " + std::to_string(*x->rank) +
                                                    " is out of range, expected 1 to " + std::to_string(n));
            auto [it, fresh] = seen.emplace(*x->rank, x);
            if (!fresh)
                error(x->line, b_.columns.rank, room(s) + ": speech rank " + std::to_string(*x->rank) +
                                                    " is given twice (first at line " + std::to_string(it->second->line) +
                                                    "), expected different ranks");
        }
        if (tournament_win_rule(t_) != WinRule::high_points) return;
        for (const BallotSpeech* x : ranked)
            for (const BallotSpeech* y : ranked)
                if (x->score && y->score && *x->score > *y->score && *x->rank > *y->rank) {
                    error(x->line, b_.columns.rank, room(s) + ": speech rank " + std::to_string(*x->rank) + " for score " +
                                                        number(*x->score) + " is below rank " + std::to_string(*y->rank) +
                                                        " for score " + number(*y->score) + ", expected ranks to follow scores");
                    return;
                }
    }

    std::vector<std::optional<Fraction>> totals(const BallotSheet& s) const {
        std::vector<std::optional<Fraction>> out(s.listed.size());
        for (const BallotSpeech& x : s.speeches)
            if (x.score) out[x.side] = out[x.side].value_or(Fraction()) + Fraction::hundredths(*x.score);
        return out;
    }


    void check_decision(const BallotSheet& s) {
        std::vector<std::optional<Fraction>> sums = totals(s);
        if (std::any_of(sums.begin(), sums.end(), [](const auto& x) { return !x; })) return;  // reported above
        if (f_.is_bp()) {
            if (ranked_by_places(s)) return;  // the recorded places rank the teams, whatever the totals
            for (size_t i = 0; i < sums.size(); ++i)
                for (size_t j = i + 1; j < sums.size(); ++j)
                    if (*sums[i] == *sums[j])
                        error(s.line, b_.columns.score, room(s) + ": teams " + team_name(s, static_cast<int>(i)) + " and " +
                                                            team_name(s, static_cast<int>(j)) +
                                                            " both total " + format_fraction(*sums[i]) +
                                                            ", expected different totals (BP ranks follow the totals)");
            return;
        }
        const WinRule rule = tournament_win_rule(t_);
        if (std::count(s.declared.begin(), s.declared.end(), true) > 1) {
            error(s.line, b_.columns.win, room(s) + ": found a win for both teams, expected one winner");
            return;
        }
        std::optional<int> win;
        for (size_t i = 0; i < s.declared.size(); ++i)
            if (s.declared[i]) win = static_cast<int>(i);
        SheetDecision d = decide_two_team(sums, win, rule);
        const std::string totals_text = format_fraction(*sums[0]) + " to " + format_fraction(*sums[1]);
        if (rule == WinRule::high_points && *sums[0] == *sums[1])
            error(s.line, b_.columns.score, room(s) + ": the teams' totals are equal (" + totals_text +
                                                "), expected a higher total for the winner");
        else if (rule == WinRule::high_points && win && d.valid && d.order[0] != *win)
            error(s.line, b_.columns.win, room(s) + ": the win is given to " + team_name(s, *win) + " with the lower total (" +
                                              totals_text + "), expected the team with the higher total (low-point wins are not allowed)");
        else if (rule != WinRule::high_points && !win)
            error(s.line, b_.columns.win, room(s) + ": found no declared winner, expected 'yes' in the win column of the winning team");
        else if (rule == WinRule::tied_points && !d.valid)
            error(s.line, b_.columns.win, room(s) + ": the win is given to " + team_name(s, *win) + " with the lower total (" +
                                              totals_text + "), expected a winner with at least the other total");
        if (f_.max_margin > 0 && d.valid) {
            Fraction margin = *sums[d.order[0]] - *sums[d.order[1]];
            if (margin.to_double() > f_.max_margin + 1e-9)
                error(s.line, b_.columns.score, room(s) + ": the margin is " + format_fraction(margin) +
                                                    ", expected at most " + number(f_.max_margin));
        }
    }

    void check_advancing(const BallotSheet& s) {
        int marked = static_cast<int>(std::count(s.declared.begin(), s.declared.end(), true));
        int expected = f_.is_bp() && !final_ ? 2 : 1;
        if (marked != expected)
            error(s.line, b_.columns.win, room(s) + ": found " + std::to_string(marked) + " teams marked as advancing, expected " +
                                              std::to_string(expected));
    }

    // Across the sheets of one room: consensus or per adjudicator, not both; one consensus sheet
    // at most; the same speaker in each position on every sheet.
    void check_panel(const std::vector<const BallotSheet*>& sheets) {
        const BallotSheet& first = *sheets.front();
        recorded_ = std::all_of(sheets.begin(), sheets.end(), [](const BallotSheet* s) { return s->recorded; });
        int consensus = 0;
        for (const BallotSheet* s : sheets) consensus += s->adjudicator < 0 ? 1 : 0;
        if (consensus > 0 && sheets.size() > 1)
            error(sheets[1]->line, b_.columns.adjudicator, room(first) + ": found " + std::to_string(sheets.size()) +
                                                              " sheets with a consensus sheet among them, expected one consensus sheet or one sheet per adjudicator");
        if (f_.is_bp() && sheets.size() > 1 && consensus == 0)
            error(sheets[1]->line, b_.columns.adjudicator, room(first) + ": found " + std::to_string(sheets.size()) +
                                                              " sheets, expected one consensus sheet (BP rooms agree on one ballot)");
        std::map<std::pair<int, int>, int> speaker_at;  // (side, position) -> speaker on the first sheet
        for (const BallotSpeech& x : first.speeches) speaker_at[{x.side, x.position}] = x.speaker;
        for (size_t i = 1; i < sheets.size(); ++i)
            for (const BallotSpeech& x : sheets[i]->speeches) {
                auto it = speaker_at.find({x.side, x.position});
                if (it == speaker_at.end() || it->second == x.speaker || x.speaker < 0 || it->second < 0) continue;
                error(x.line, b_.columns.speaker, room(first) + ": speaker '" + t_.speakers[x.speaker].name + "' at position " +
                                                      position_name(x.position) + " differs from the first sheet (line " +
                                                      std::to_string(first.line) + ": '" + t_.speakers[it->second].name +
                                                      "'), expected the same speaker order on every sheet");
            }
    }

    const Tournament& t_;
    const Format& f_;
    const Draw& draw_;
    const BallotFile& b_;
    Diagnostics& diags_;
    bool elimination_ = false;
    bool final_ = false;
    bool recorded_ = false;  // the sheet (or room) being checked is recorded: rules give warnings
    // The room has a row the reader dropped (BallotFile::unreadable): only the rules of the rows
    // read are checked, not what the dropped row leaves missing (positions, totals, the decision).
    bool partial_ = false;
};

}  // namespace

void check_ballots(const Tournament& t, const Draw& draw, const BallotFile& ballots, Diagnostics& diags) {
    Checker(t, draw, ballots, diags).run();
}

std::vector<int> rooms_missing_ballots(const Draw& draw, const BallotFile& ballots) {
    std::set<int> entered;
    for (const BallotSheet& s : ballots.sheets)
        if (s.confirmed) entered.insert(s.debate);
    std::vector<int> missing;
    for (size_t i = 0; i < draw.debates.size(); ++i)
        if (!entered.count(static_cast<int>(i))) missing.push_back(draw.debates[i].room);
    return missing;
}

}  // namespace tab

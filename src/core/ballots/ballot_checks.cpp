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
#include "tab/translate/translate.hpp"

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
    // A problem of sheet s's room: "room 3: " and the problem.
    void error(int line, int column, const BallotSheet& s, const Message& problem) {
        Message m = message("diag.ballots.in_room", {{"room", std::to_string(draw_.debates[s.debate].room)}}, {{"problem", &problem}});
        if (recorded_) diags_.warning(b_.file, line, column, std::move(m));
        else diags_.error(b_.file, line, column, std::move(m));
    }
    std::string team_name(const BallotSheet& s, int side) const { return t_.teams[draw_.debates[s.debate].teams[side]].name; }

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
            error(s.line, b_.columns.score, s, message("diag.ballots.no_scores"));
            return;
        }
        if (scored) check_speeches(s);
        if (elimination_ && (!scored || f_.is_bp())) check_advancing(s);
        else if (scored) check_decision(s);
    }

    void check_adjudicator(const BallotSheet& s) {
        if (s.adjudicator < 0) return;
        const Debate& d = draw_.debates[s.debate];
        const std::string& name = t_.adjudicators[s.adjudicator].name;
        if (std::find(d.trainees.begin(), d.trainees.end(), s.adjudicator) != d.trainees.end())
            error(s.line, b_.columns.adjudicator, s, message("diag.ballots.trainee", {{"adjudicator", name}}));
        else if (d.chair != s.adjudicator &&
                 std::find(d.panellists.begin(), d.panellists.end(), s.adjudicator) == d.panellists.end())
            error(s.line, b_.columns.adjudicator, s, message("diag.ballots.not_on_panel", {{"adjudicator", name}}));
    }

    void check_speeches(const BallotSheet& s) {
        const int sides = static_cast<int>(s.listed.size());
        const int reply = f_.speakers_per_team + 1;
        for (int side = 0; side < sides; ++side) {
            if (!s.listed[side]) {
                if (partial_) continue;
                error(s.line, b_.columns.team, s,
                      message("diag.ballots.no_speeches", {{"team", team_name(s, side)}, {"n", std::to_string(f_.speakers_per_team)}}));
                continue;
            }
            std::map<int, const BallotSpeech*> at;  // position -> speech
            std::map<int, const BallotSpeech*> substantive_of;  // speaker -> first substantive speech
            for (const BallotSpeech& x : s.speeches) {
                if (x.side != side) continue;
                if (!check_cells(s, x)) continue;
                auto [it, fresh] = at.emplace(x.position, &x);
                if (!fresh) {
                    const Message position = position_name(x.position);
                    error(x.line, b_.columns.position, s,
                          message("diag.ballots.position_twice", {{"team", team_name(s, side)}, {"first", std::to_string(it->second->line)}},
                                  {{"position", &position}}));
                    continue;
                }
                check_score(s, x);
                if (x.position == reply) continue;
                auto [first, once] = substantive_of.emplace(x.speaker, &x);
                if (!once && !x.iron)
                    error(x.line, b_.columns.iron > 0 ? b_.columns.iron : b_.columns.speaker, s,
                          message("diag.ballots.second_speech",
                                  {{"speaker", t_.speakers[x.speaker].name}, {"first", std::to_string(first->second->line)}}));
            }
            for (int p = 1; p <= f_.speakers_per_team + (f_.reply ? 1 : 0); ++p)
                if (!at.count(p) && !partial_) {
                    const Message position = position_name(p);
                    error(s.line, b_.columns.position, s,
                          message("diag.ballots.no_speech_at", {{"team", team_name(s, side)}}, {{"position", &position}}));
                }
            if (f_.reply && at.count(reply)) check_reply(s, *at[reply], at);
        }
        if (f_.speech_ranks && !partial_) check_ranks(s);
    }

    Message position_name(int p) const {
        if (p == f_.speakers_per_team + 1) return message("ballots.position.reply");
        return message("ballots.position.number", {{"position_number", std::to_string(p)}});
    }

    // A speech of a scored sheet needs a speaker, a position and a score.
    bool check_cells(const BallotSheet& s, const BallotSpeech& x) {
        bool ok = true;
        auto need = [&](bool present, int column, const char* missing) {
            if (present) return;
            error(x.line, column, s, message(missing));
            ok = false;
        };
        need(x.speaker >= 0, b_.columns.speaker, "diag.ballots.no_speaker");
        need(x.position > 0, b_.columns.position, "diag.ballots.no_position");
        need(x.score.has_value(), b_.columns.score, "diag.ballots.no_score");
        return ok;
    }

    void check_score(const BallotSheet& s, const BallotSpeech& x) {
        const bool is_reply = x.position == f_.speakers_per_team + 1;
        const ScoreRange& range = is_reply ? f_.reply_scores : f_.speaker_scores;
        const double v = static_cast<double>(*x.score) / 100.0;
        if (range.accepts(v)) return;
        const MessageArgs args = {{"score", number(*x.score)}, {"least", number(range.min)}, {"most", number(range.max)},
                                  {"step", number(range.step)}};
        if (v < range.min - 1e-9 || v > range.max + 1e-9)
            error(x.line, b_.columns.score, s, message(is_reply ? "diag.ballots.reply_score_range" : "diag.ballots.score_range", args));
        else
            error(x.line, b_.columns.score, s, message(is_reply ? "diag.ballots.reply_score_step" : "diag.ballots.score_step", args));
    }

    void check_reply(const BallotSheet& s, const BallotSpeech& reply, const std::map<int, const BallotSpeech*>& at) {
        bool spoke = false;
        for (const auto& [p, x] : at)
            if (p <= f_.speakers_per_team && x->speaker == reply.speaker) spoke = true;
        const std::string& name = t_.speakers[reply.speaker].name;
        const bool require = t_.section("ballots").get_bool("require_substantive_for_reply");
        if (require && !spoke)
            error(reply.line, b_.columns.speaker, s, message("diag.ballots.reply_not_substantive", {{"speaker", name}}));
        auto last = at.find(f_.speakers_per_team);
        if (last != at.end() && last->second->speaker == reply.speaker)
            error(reply.line, b_.columns.speaker, s, message("diag.ballots.reply_last", {{"speaker", name}}));
    }

    // Speech ranks: every substantive speech ranked, ranks 1..n with no ties; in the high-points
    // rule a better score never gets a worse rank.
    void check_ranks(const BallotSheet& s) {
        std::vector<const BallotSpeech*> ranked;
        for (const BallotSpeech& x : s.speeches) {
            if (x.position < 1 || x.position > f_.speakers_per_team) continue;
            if (!x.rank) {
                error(x.line, b_.columns.rank, s, message("diag.ballots.no_rank"));
                continue;
            }
            ranked.push_back(&x);
        }
        const int n = static_cast<int>(ranked.size());
        std::map<int, const BallotSpeech*> seen;
        for (const BallotSpeech* x : ranked) {
            if (*x->rank > n)
                error(x->line, b_.columns.rank, s, message("diag.ballots.rank_range", {{"rank", std::to_string(*x->rank)}, {"n", std::to_string(n)}}));
            auto [it, fresh] = seen.emplace(*x->rank, x);
            if (!fresh)
                error(x->line, b_.columns.rank, s,
                      message("diag.ballots.rank_twice", {{"rank", std::to_string(*x->rank)}, {"first", std::to_string(it->second->line)}}));
        }
        if (tournament_win_rule(t_) != WinRule::high_points) return;
        for (const BallotSpeech* x : ranked)
            for (const BallotSpeech* y : ranked)
                if (x->score && y->score && *x->score > *y->score && *x->rank > *y->rank) {
                    error(x->line, b_.columns.rank, s,
                          message("diag.ballots.rank_order", {{"rank", std::to_string(*x->rank)}, {"score", number(*x->score)},
                                                              {"other_rank", std::to_string(*y->rank)}, {"other_score", number(*y->score)}}));
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
                        error(s.line, b_.columns.score, s,
                              message("diag.ballots.equal_bp_totals", {{"team", team_name(s, static_cast<int>(i))},
                                                                       {"other_team", team_name(s, static_cast<int>(j))},
                                                                       {"total", format_fraction(*sums[i])}}));
            return;
        }
        const WinRule rule = tournament_win_rule(t_);
        if (std::count(s.declared.begin(), s.declared.end(), true) > 1) {
            error(s.line, b_.columns.win, s, message("diag.ballots.two_winners"));
            return;
        }
        std::optional<int> win;
        for (size_t i = 0; i < s.declared.size(); ++i)
            if (s.declared[i]) win = static_cast<int>(i);
        SheetDecision d = decide_two_team(sums, win, rule);
        MessageArgs totals = {{"first_total", format_fraction(*sums[0])}, {"second_total", format_fraction(*sums[1])}};
        if (win) totals.emplace_back("team", team_name(s, *win));
        if (rule == WinRule::high_points && *sums[0] == *sums[1])
            error(s.line, b_.columns.score, s, message("diag.ballots.equal_totals", totals));
        else if (rule == WinRule::high_points && win && d.valid && d.order[0] != *win)
            error(s.line, b_.columns.win, s, message("diag.ballots.low_point_win", totals));
        else if (rule != WinRule::high_points && !win)
            error(s.line, b_.columns.win, s, message("diag.ballots.no_winner"));
        else if (rule == WinRule::tied_points && !d.valid)
            error(s.line, b_.columns.win, s, message("diag.ballots.lower_total_win", totals));
        if (f_.max_margin > 0 && d.valid) {
            Fraction margin = *sums[d.order[0]] - *sums[d.order[1]];
            if (margin.to_double() > f_.max_margin + 1e-9)
                error(s.line, b_.columns.score, s,
                      message("diag.ballots.margin", {{"margin", format_fraction(margin)}, {"most", number(f_.max_margin)}}));
        }
    }

    void check_advancing(const BallotSheet& s) {
        int marked = static_cast<int>(std::count(s.declared.begin(), s.declared.end(), true));
        int expected = f_.is_bp() && !final_ ? 2 : 1;
        if (marked != expected)
            error(s.line, b_.columns.win, s,
                  message("diag.ballots.advancing", {{"n", std::to_string(marked)}, {"expected", std::to_string(expected)}}));
    }

    // Across the sheets of one room: consensus or per adjudicator, not both; one consensus sheet
    // at most; the same speaker in each position on every sheet.
    void check_panel(const std::vector<const BallotSheet*>& sheets) {
        const BallotSheet& first = *sheets.front();
        recorded_ = std::all_of(sheets.begin(), sheets.end(), [](const BallotSheet* s) { return s->recorded; });
        int consensus = 0;
        for (const BallotSheet* s : sheets) consensus += s->adjudicator < 0 ? 1 : 0;
        if (consensus > 0 && sheets.size() > 1)
            error(sheets[1]->line, b_.columns.adjudicator, first,
                  message("diag.ballots.consensus_among", {{"n", std::to_string(sheets.size())}}));
        if (f_.is_bp() && sheets.size() > 1 && consensus == 0)
            error(sheets[1]->line, b_.columns.adjudicator, first, message("diag.ballots.bp_sheets", {{"n", std::to_string(sheets.size())}}));
        std::map<std::pair<int, int>, int> speaker_at;  // (side, position) -> speaker on the first sheet
        for (const BallotSpeech& x : first.speeches) speaker_at[{x.side, x.position}] = x.speaker;
        for (size_t i = 1; i < sheets.size(); ++i)
            for (const BallotSpeech& x : sheets[i]->speeches) {
                auto it = speaker_at.find({x.side, x.position});
                if (it == speaker_at.end() || it->second == x.speaker || x.speaker < 0 || it->second < 0) continue;
                const Message position = position_name(x.position);
                error(x.line, b_.columns.speaker, first,
                      message("diag.ballots.speaker_order",
                              {{"speaker", t_.speakers[x.speaker].name}, {"first", std::to_string(first.line)},
                               {"first_speaker", t_.speakers[it->second].name}},
                              {{"position", &position}}));
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

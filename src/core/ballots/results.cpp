// From sheets to results: the panel decides, and the numbers standings read are averaged.
//
// A room has one consensus sheet, or one sheet per voting adjudicator. Each sheet is decided on
// its own (scoresheet.cpp); the debate goes to the team most sheets favour, and on an even split
// to the chair's choice. Team and speaker scores are then means, over the sheets of the majority
// (or over all sheets, when the format says scores_from_majority = false). Example
// (Tabbycat's results.voting.high): three sheets total 263–261.5, 262–263 and 262.5–268; the
// opposition wins 2–1 and its majority means are 262.25–265.5, a margin of 3.25; over all three
// sheets they would be 262.5–264.17.
//
// Votes: a team gets one per sheet that favours it, out of the panel's sheets, so "ballots won"
// is votes / panel × 3. A consensus sheet counts as a unanimous panel of the room's voting
// adjudicators (at least one).
//
// BP prelims: points 3/2/1/0 by total, or by the places a recorded sheet gives. BP eliminations and result-only sheets: the teams marked as
// advancing (or winning) get a point and win = true.
#include <algorithm>
#include <map>
#include <set>

#include "tab/ballots/results.hpp"
#include "tab/ballots/scoresheet.hpp"

namespace tab {
namespace {

struct Decided {
    const BallotSheet* sheet;
    SheetDecision decision;
};

std::vector<std::optional<Fraction>> sheet_totals(const BallotSheet& s) {
    std::vector<std::optional<Fraction>> out(s.listed.size());
    for (const BallotSpeech& x : s.speeches)
        if (x.score) out[x.side] = out[x.side].value_or(Fraction()) + Fraction::hundredths(*x.score);
    return out;
}

bool is_scored(const BallotSheet& s) {
    return std::any_of(s.speeches.begin(), s.speeches.end(), [](const BallotSpeech& x) { return x.score.has_value(); });
}

SheetDecision decide(const Tournament& t, const BallotSheet& s, bool elimination) {
    std::optional<int> declared;
    for (size_t i = 0; i < s.declared.size(); ++i)
        if (s.declared[i]) declared = static_cast<int>(i);
    if (t.format.is_bp()) {
        if (!elimination) return ranked_by_places(s) ? decide_by_places(s.places) : decide_by_totals(sheet_totals(s));
        SheetDecision d;  // advancing teams first, in side order
        for (size_t i = 0; i < s.declared.size(); ++i)
            if (s.declared[i]) d.order.push_back(static_cast<int>(i));
        d.complete = d.valid = !d.order.empty();
        return d;
    }
    // A recorded sheet's declared winner won, whatever the totals say.
    const bool by_declaration = !is_scored(s) || (s.recorded && declared);
    return decide_two_team(sheet_totals(s), declared, by_declaration ? WinRule::result_only : tournament_win_rule(t));
}

// Means of the speeches of the chosen sheets, by (side, position).
void average_speeches(const std::vector<const BallotSheet*>& chosen, DebateResult& out) {
    std::map<std::pair<int, int>, std::vector<const BallotSpeech*>> by_slot;
    for (const BallotSheet* s : chosen)
        for (const BallotSpeech& x : s->speeches)
            if (x.score && x.position > 0) by_slot[{x.side, x.position}].push_back(&x);
    const int64_t n = static_cast<int64_t>(chosen.size());
    for (const auto& [slot, speeches] : by_slot) {
        TeamResult& team = out.teams[slot.first];
        SpeechResult r;
        r.speaker = speeches.front()->speaker;
        r.position = slot.second;
        r.iron = speeches.front()->iron;
        Fraction sum, ranks;
        bool ranked = true;
        for (const BallotSpeech* x : speeches) {
            sum += Fraction::hundredths(*x->score);
            if (x->rank) ranks += Fraction(*x->rank);
            else ranked = false;
        }
        r.score = sum / n;
        if (ranked) r.rank = ranks / static_cast<int64_t>(speeches.size());
        team.score += r.score;
        team.scored = true;
        team.has_iron = team.has_iron || r.iron;
        team.speeches.push_back(r);
    }
}

void decide_debate(const Tournament& t, const Debate& debate, bool elimination,
                   const std::vector<const BallotSheet*>& sheets, DebateResult& out) {
    std::vector<Decided> decided;
    for (const BallotSheet* s : sheets) {
        decided.push_back({s, decide(t, *s, elimination)});
        if (!decided.back().decision.valid) return;
    }
    const bool consensus = sheets.size() == 1 && sheets.front()->adjudicator < 0;
    const int sides = static_cast<int>(debate.teams.size());

    if (t.format.is_bp() || consensus) {
        const SheetDecision& d = decided.front().decision;
        average_speeches(sheets, out);
        for (size_t rank = 0; rank < d.order.size(); ++rank) {
            TeamResult& team = out.teams[d.order[rank]];
            if (t.format.is_bp() && !elimination) {
                team.points = sides - 1 - static_cast<int>(rank);
            } else {
                team.win = t.format.is_bp() || rank == 0;
                team.points = team.win ? 1 : 0;
            }
        }
        if (!t.format.is_bp()) {
            int panel = std::max<int>(1, 1 + static_cast<int>(debate.panellists.size()) - (debate.chair < 0 ? 1 : 0));
            for (TeamResult& team : out.teams) team.votes = team.win ? panel : 0, team.panel = panel;
        }
    } else {
        std::vector<int> votes(sides, 0);
        for (const Decided& d : decided) ++votes[d.decision.order[0]];
        int winner = votes[0] > votes[1] ? 0 : 1;
        if (votes[0] == votes[1]) {
            for (const Decided& d : decided)
                if (d.sheet->adjudicator == debate.chair) winner = d.decision.order[0];
        }
        std::vector<const BallotSheet*> counted;
        for (const Decided& d : decided)
            if (!t.format.scores_from_majority || d.decision.order[0] == winner) counted.push_back(d.sheet);
        average_speeches(counted, out);
        for (int side = 0; side < sides; ++side) {
            TeamResult& team = out.teams[side];
            team.win = side == winner;
            team.points = team.win ? 1 : 0;
            team.votes = votes[side];
            team.panel = static_cast<int>(decided.size());
        }
    }
    if (!t.format.is_bp() && out.teams[0].scored && out.teams[1].scored) {
        out.teams[0].margin = out.teams[0].score - out.teams[1].score;
        out.teams[1].margin = out.teams[1].score - out.teams[0].score;
    }
    out.entered = true;
}

// Debates with a rule broken on any of their sheets (the rules of check_ballots).
std::set<int> debates_with_errors(const Tournament& t, const Draw& draw, const BallotFile& ballots) {
    Diagnostics diags;
    check_ballots(t, draw, ballots, diags);
    std::map<int, int> debate_of_line;
    for (const BallotSheet& s : ballots.sheets) {
        debate_of_line[s.line] = s.debate;
        for (const BallotSpeech& x : s.speeches) debate_of_line[x.line] = s.debate;
    }
    std::set<int> bad = ballots.unreadable;
    for (const Diagnostic& d : diags.all())
        if (d.severity == Severity::error && debate_of_line.count(d.line)) bad.insert(debate_of_line[d.line]);
    return bad;
}

}  // namespace

RoundResults compute_round_results(const Tournament& t, const Draw& draw, const BallotFile& ballots) {
    RoundResults out;
    out.round = draw.round;
    out.round_index = t.find_round(draw.round);
    const Round* round = out.round_index >= 0 ? &t.rounds[out.round_index] : nullptr;
    out.prelim = !round || round->stage == Stage::prelim;
    out.weight = round ? round->weight : 1;
    out.byes = draw.byes;

    std::vector<std::vector<const BallotSheet*>> sheets(draw.debates.size());
    for (const BallotSheet& s : ballots.sheets)
        if (s.confirmed) sheets[s.debate].push_back(&s);
    const std::set<int> bad = debates_with_errors(t, draw, ballots);

    for (size_t i = 0; i < draw.debates.size(); ++i) {
        const Debate& debate = draw.debates[i];
        DebateResult result;
        result.room = debate.room;
        for (size_t side = 0; side < debate.teams.size(); ++side) {
            TeamResult team;
            team.team = debate.teams[side];
            team.side = static_cast<int>(side);
            team.pullup = side < debate.pullups.size() && debate.pullups[side];
            result.pullup_debate = result.pullup_debate || team.pullup;
            result.teams.push_back(team);
        }
        if (!sheets[i].empty() && !bad.count(static_cast<int>(i)))
            decide_debate(t, debate, !out.prelim, sheets[i], result);
        out.debates.push_back(std::move(result));
    }
    return out;
}

std::optional<RoundResults> load_round_results(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                               Diagnostics& diags) {
    if (!fs.exists(draw_path(round_id))) return std::nullopt;
    std::optional<Draw> draw = read_draw(fs, t, round_id, diags);
    if (!draw) return std::nullopt;
    BallotFile ballots = read_ballots(fs, t, *draw, diags);
    return compute_round_results(t, *draw, ballots);
}

std::vector<RoundResults> load_results(const Tournament& t, const FileSystem& fs, const std::string& after_round,
                                       Diagnostics& diags) {
    std::vector<RoundResults> out;
    for (int r : t.prelims_through(after_round)) {
        std::optional<RoundResults> results = load_round_results(t, fs, t.rounds[r].id, diags);
        if (results) out.push_back(std::move(*results));
    }
    return out;
}

}  // namespace tab

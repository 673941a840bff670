// Reading rounds/<id>/ballots.csv (the layout is described in include/tab/ballots.hpp).
//
// The reader resolves every name against the round's draw and the participants, and groups
// the rows into sheets: one per (room, adjudicator), the consensus sheet having no adjudicator.
// A cell it cannot read gives one diagnostic naming the column, what was found and what was
// expected; the row is then dropped so that the rule checks see only well-formed speeches.
//
// Names are found by their key (tab/base/names.hpp): in the room first (its teams, the team's
// speakers, its panel), then among all participants. A name that matches no one is reported once
// per room and column, with the room's nearest names; the room is then checked only for the rows
// read (BallotFile::unreadable), so one typo is one error, not one per rule its missing row breaks.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "tab/ballots/ballots.hpp"
#include "tab/base/csv.hpp"
#include "tab/base/fraction.hpp"
#include "tab/base/names.hpp"
#include "tab/base/unicode.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

const char* const expected_header = "room,adjudicator,team,speaker,position,score,rank,win,iron,status";

// yes/no cells as people write them in English, Russian and Kazakh; nullopt if neither.
std::optional<bool> parse_flag(const std::string& cell) {
    const std::string v = to_lower(cell);
    if (v.empty() || v == "no" || v == "n" || v == "false" || v == "0" || v == "нет" || v == "жоқ") return false;
    if (v == "yes" || v == "y" || v == "true" || v == "1" || v == "x" || v == "да" || v == "иә") return true;
    return std::nullopt;
}

struct Columns {
    int room, adjudicator, team, speaker, position, score, rank, win, iron, status;
};

class Reader {
public:
    Reader(const Tournament& t, const Draw& draw, const CsvTable& csv, Diagnostics& diags)
        : t_(t), draw_(draw), csv_(csv), diags_(diags) {
        for (size_t i = 0; i < t.speakers.size(); ++i) speaker_index_.emplace(t.speakers[i].name, static_cast<int>(i));
        for (size_t i = 0; i < draw.debates.size(); ++i) {  // the first debate of a number or venue wins
            room_index_.emplace(std::to_string(draw.debates[i].room), static_cast<int>(i));
            if (!draw.debates[i].venue.empty()) venue_index_.emplace(draw.debates[i].venue, static_cast<int>(i));
        }
    }

    BallotFile read(Columns c) {
        c_ = c;
        BallotFile out;
        out.file = csv_.file;
        out.columns = {c.room + 1, c.adjudicator + 1, c.team + 1, c.speaker + 1, c.position + 1,
                       c.score + 1,  c.rank + 1,        c.win + 1,  c.iron + 1};
        std::map<std::pair<int, int>, size_t> sheet_of;  // (debate, adjudicator) -> index
        for (const CsvRow& row : csv_.rows) {
            row_ = &row;
            int debate = room(), adjudicator = judge(debate), side = debate < 0 ? -1 : team(debate);
            std::optional<BallotSpeech> speech = side < 0 ? std::nullopt : this->speech(debate, side);
            std::optional<bool> win = flag(c_.win, "win");
            std::optional<Status> status = this->status();
            if (debate >= 0 && (adjudicator < -1 || !speech || !win || !status)) out.unreadable.insert(debate);
            if (debate < 0 || adjudicator < -1 || !speech || !win || !status) continue;
            auto [it, added] = sheet_of.try_emplace({debate, adjudicator}, out.sheets.size());
            if (added) {
                BallotSheet sheet;
                sheet.line = row.line;
                sheet.debate = debate;
                sheet.adjudicator = adjudicator;
                size_t sides = draw_.debates[debate].teams.size();
                sheet.declared.assign(sides, false);
                sheet.listed.assign(sides, false);
                sheet.places.assign(sides, std::nullopt);
                out.sheets.push_back(std::move(sheet));
            }
            BallotSheet& sheet = out.sheets[it->second];
            if (*status == Status::draft) sheet.confirmed = false;
            if (*status == Status::recorded) sheet.recorded = true;
            sheet.listed[side] = true;
            if (*win) sheet.declared[side] = true;
            if (speech->speaker >= 0 || speech->position > 0 || speech->score) sheet.speeches.push_back(*speech);
            else if (speech->rank) sheet.places[side] = speech->rank;  // a team row: the team's place
        }
        return out;
    }

private:
    void error(int column, Message problem) { diags_.error(csv_.file, row_->line, column + 1, std::move(problem)); }
    const std::string& cell(int column) const { return csv_.cell(*row_, column); }

    int room() {
        const std::string& v = cell(c_.room);
        // A room number first: venues are often named by numbers too ("5" may be room 3's venue).
        if (auto it = room_index_.find(v); it != room_index_.end()) return it->second;
        if (auto it = venue_index_.find(v); it != venue_index_.end()) return it->second;
        error(c_.room, message("diag.ballots.unknown_room", {{"found", v}, {"round", draw_.round}}));
        return -1;
    }

    // -1 for a consensus sheet, an adjudicator index, or -2 when the name is unknown.
    int judge(int debate) {
        const std::string& v = cell(c_.adjudicator);
        if (v.empty()) return -1;
        int& known = remembered(debate, c_.adjudicator, v);
        if (known < 0) known = find_judge(debate, v);
        return known;
    }

    int find_judge(int debate, const std::string& v) {
        std::vector<int> panel;
        if (debate >= 0) {
            const Debate& d = draw_.debates[debate];
            if (d.chair >= 0) panel.push_back(d.chair);
            panel.insert(panel.end(), d.panellists.begin(), d.panellists.end());
            panel.insert(panel.end(), d.trainees.begin(), d.trainees.end());
        }
        std::vector<std::string> names;
        for (int x : panel) names.push_back(t_.adjudicators[x].name);
        const int on_panel = match_typed_name(v, names);
        if (on_panel >= 0) return panel[static_cast<size_t>(on_panel)];
        int a = t_.find_adjudicator(v);
        if (a >= 0) return a;
        if (names.empty())
            error(c_.adjudicator, message("diag.ballots.unknown_adjudicator", {{"found", v}}));
        else
            unknown_name(debate, c_.adjudicator, "ballots.unknown_adjudicator", names);
        return -2;
    }

    // The side of `debate` whose team has the name in the team column, or -1.
    int team(int debate) {
        const std::string& v = cell(c_.team);
        int& known = remembered(debate, c_.team, v);
        if (known < 0) known = find_team(debate, v);
        return known;
    }

    int find_team(int debate, const std::string& v) {
        const Debate& d = draw_.debates[debate];
        std::vector<std::string> names;
        for (int x : d.teams) names.push_back(x >= 0 ? t_.teams[x].name : "");
        const int side = match_typed_name(v, names);
        if (side >= 0) return side;
        std::erase(names, "");
        if (t_.find_team(v) < 0) {
            unknown_name(debate, c_.team, "ballots.unknown_team", names);
        } else if (first_report(debate, c_.team)) {
            std::string teams;
            for (const std::string& name : names) teams += (teams.empty() ? "" : ", ") + name;
            error(c_.team, message("diag.ballots.team_not_in_room", {{"found", v}, {"room", std::to_string(d.room)}, {"teams", teams}}));
        }
        return -1;
    }

    std::optional<BallotSpeech> speech(int debate, int side) {
        BallotSpeech s;
        s.line = row_->line;
        s.side = side;
        bool ok = true;
        const std::string& name = cell(c_.speaker);
        if (!name.empty()) {
            const int team = draw_.debates[debate].teams[side];
            s.speaker = speaker_of(team, name);
            if (s.speaker < 0) {
                std::vector<std::string> names;
                for (const Speaker& x : t_.speakers)
                    if (x.team == team) names.push_back(x.name);
                unknown_name(debate, c_.speaker, "ballots.unknown_speaker", names, t_.teams[team].name);
                ok = false;
            } else if (t_.speakers[s.speaker].team != team) {
                error(c_.speaker, message("diag.ballots.speaker_not_in_team", {{"found", name}, {"team", t_.teams[team].name}}));
                ok = false;
            }
        }
        const std::string& pos = cell(c_.position);
        const Format& f = t_.format;
        if (pos == "reply" && f.reply) {
            s.position = f.speakers_per_team + 1;
        } else if (!pos.empty()) {
            int p = 0;
            for (char ch : pos) p = (ch >= '0' && ch <= '9' && p < 1000) ? p * 10 + (ch - '0') : -1;
            if (p < 1 || p > f.speakers_per_team) {
                error(c_.position, message(f.reply ? "diag.ballots.position_or_reply" : "diag.ballots.position",
                                           {{"found", pos}, {"n", std::to_string(f.speakers_per_team)}}));
                ok = false;
            }
            s.position = p;
        }
        const std::string& score = cell(c_.score);
        if (!score.empty()) {
            s.score = parse_hundredths(score);
            if (!s.score) {
                error(c_.score, message("diag.ballots.score", {{"found", score}}));
                ok = false;
            }
        }
        const std::string& rank = cell(c_.rank);
        if (!rank.empty()) {
            std::optional<int64_t> r = parse_hundredths(rank);
            if (!r || *r % 100 != 0 || *r < 100) {
                error(c_.rank, message("diag.ballots.rank", {{"found", rank}}));
                ok = false;
            } else {
                s.rank = static_cast<int>(*r / 100);
            }
        }
        std::optional<bool> iron = flag(c_.iron, "iron");
        if (!iron) return std::nullopt;
        s.iron = *iron;
        if (!ok) return std::nullopt;
        return s;
    }

    // The speaker of `team` with this name (tab/base/names.hpp), else anyone's; -1 when no one has it.
    int speaker_of(int team, const std::string& name) const {
        auto exact = speaker_index_.find(name);
        if (exact != speaker_index_.end()) return exact->second;
        const std::vector<int>& members = t_.teams[static_cast<size_t>(team)].speakers;
        std::vector<std::string> names;
        for (int s : members) names.push_back(t_.speakers[static_cast<size_t>(s)].name);
        const int member = match_typed_name(name, names);
        return member >= 0 ? members[static_cast<size_t>(member)] : t_.find_speaker(name);
    }

    // What a name in `column` of `debate`'s rows was found to be, -1 until it is found: a debate's
    // rows repeat each team's and adjudicator's name, and matching a typed name (case and
    // look-alike folding) costs more than the rest of the row. Names not found are looked up
    // again, so that their errors are reported as before. Only the current debate is kept.
    int& remembered(int debate, int column, const std::string& name) {
        if (debate != remembered_debate_) {
            remembered_.clear();
            remembered_debate_ = debate;
        }
        auto [it, added] = remembered_.try_emplace({column, name}, -1);
        return it->second;
    }

    // True the first time a name in `column` of `debate`'s rows cannot be used: the rows after it
    // that repeat the name (a team's every speech) add nothing.
    bool first_report(int debate, int column) { return reported_.insert({debate, column, cell(column)}).second; }

    // "team: found 'Alatu', expected a team of room 3; did you mean 'Alatau'?", once per room,
    // column and name.
    void unknown_name(int debate, int column, const char* key, const std::vector<std::string>& candidates,
                      const std::string& team = {}) {
        if (!first_report(debate, column)) return;
        std::string names;
        for (const std::string& name : closest_names(cell(column), candidates)) names += (names.empty() ? "'" : ", '") + name + "'";
        error(column, message(key, {{"found", cell(column)},
                                    {"room", std::to_string(draw_.debates[debate].room)},
                                    {"team", team},
                                    {"names", names}}));
    }

    std::optional<bool> flag(int column, const char* name) {
        std::optional<bool> v = parse_flag(cell(column));
        if (!v) error(column, message("diag.ballots.flag", {{"column", name}, {"found", cell(column)}}));
        return v;
    }

    enum class Status { confirmed, draft, recorded };

    std::optional<Status> status() {
        const std::string v = to_lower(cell(c_.status));
        if (v.empty() || v == "confirmed") return Status::confirmed;
        if (v == "draft") return Status::draft;
        if (v == "recorded") return Status::recorded;
        error(c_.status, message("diag.ballots.status", {{"found", cell(c_.status)}}));
        return std::nullopt;
    }

    const Tournament& t_;
    const Draw& draw_;
    const CsvTable& csv_;
    Diagnostics& diags_;
    Columns c_{};
    const CsvRow* row_ = nullptr;
    std::map<std::string, int, std::less<>> speaker_index_;  // exact names; names typed otherwise: speaker_of
    std::set<std::tuple<int, int, std::string>> reported_;  // (debate, column, name) already reported
    std::map<std::pair<int, std::string>, int> remembered_;  // (column, name) -> what it was found to be
    int remembered_debate_ = -1;
    std::unordered_map<std::string, int> room_index_, venue_index_;  // debate by room number, by venue
};

}  // namespace

BallotFile parse_ballots(const Tournament& t, const Draw& draw, std::string_view text, const std::string& file,
                         Diagnostics& diags) {
    CsvTable csv = parse_csv(text, file, diags);
    Columns c{csv.column({"room", "debate"}), csv.column({"adjudicator", "judge"}), csv.column({"team"}),
              csv.column({"speaker"}),        csv.column({"position"}),              csv.column({"score"}),
              csv.column({"rank"}),           csv.column({"win", "winner"}),         csv.column({"iron"}),
              csv.column({"status"})};
    bool usable = true;
    for (auto [index, name] : {std::pair{c.room, "room"}, std::pair{c.team, "team"}}) {
        if (index >= 0) continue;
        diags.error(file, 1, 0, message("diag.ballots.missing_column", {{"column", name}, {"header", expected_header}}));
        usable = false;
    }
    const std::vector<std::string> known = {"room", "debate", "adjudicator", "judge", "team", "speaker", "position",
                                            "score", "rank", "win", "winner", "iron", "status"};
    for (size_t i = 0; i < csv.header.size(); ++i)
        if (std::find(known.begin(), known.end(), csv.header[i]) == known.end())
            diags.warning(file, 1, static_cast<int>(i) + 1,
                          message("diag.ballots.unknown_column", {{"column", csv.header[i]}, {"header", expected_header}}));
    if (!usable) {
        BallotFile empty;
        empty.file = file;
        return empty;
    }
    return Reader(t, draw, csv, diags).read(c);
}

BallotFile read_ballots(const FileSystem& fs, const Tournament& t, const Draw& draw, Diagnostics& diags) {
    const std::string path = ballots_path(draw.round);
    std::optional<std::string> text = fs.read(path);
    if (!text) {
        BallotFile empty;
        empty.file = path;
        return empty;
    }
    return parse_ballots(t, draw, *text, path, diags);
}

std::string ballots_to_csv(const Tournament& t, const Draw& draw, const BallotFile& ballots) {
    const Format& f = t.format;
    std::vector<std::string> header = {"room", "adjudicator", "team", "speaker", "position", "score"};
    if (f.speech_ranks) header.push_back("rank");
    header.insert(header.end(), {"win", "iron"});
    std::string out = csv_line(header) + "\n";
    for (const BallotSheet& s : ballots.sheets) {
        const Debate& d = draw.debates[s.debate];
        const std::string room = std::to_string(d.room);
        const std::string judge = s.adjudicator >= 0 ? t.adjudicators[s.adjudicator].name : "";
        auto row = [&](int side, const BallotSpeech* x) {
            std::vector<std::string> cells = {room, judge, t.teams[d.teams[side]].name};
            if (x) {
                cells.push_back(x->speaker >= 0 ? t.speakers[x->speaker].name : "");
                cells.push_back(x->position > f.speakers_per_team ? "reply" : std::to_string(x->position));
                cells.push_back(x->score ? format_fraction(Fraction::hundredths(*x->score)) : "");
                if (f.speech_ranks) cells.push_back(x->rank ? std::to_string(*x->rank) : "");
            } else {
                cells.insert(cells.end(), f.speech_ranks ? 4 : 3, "");
            }
            cells.push_back(s.declared[side] ? "yes" : "");
            cells.push_back(x && x->iron ? "yes" : "");
            out += csv_line(cells) + "\n";
        };
        for (size_t side = 0; side < d.teams.size(); ++side) {
            bool any = false;
            for (const BallotSpeech& x : s.speeches)
                if (x.side == static_cast<int>(side)) row(x.side, &x), any = true;
            if (!any) row(static_cast<int>(side), nullptr);
        }
    }
    return out;
}

}  // namespace tab

// The rounds of a DebateXML archive: each becomes a round of tournament.toml, a manual draw
// (rounds/<id>/draw.csv) and its ballot sheets (rounds/<id>/ballots.csv).
//
// A DebateXML <ballot> is one result for one side (or one speech) given by the adjudicators it
// names. The ballots of a debate that name the same adjudicators form one sheet: a sheet of one
// adjudicator is that adjudicator's sheet in ballots.csv; a sheet of several is the panel's
// consensus sheet (adjudicator left empty). For a debate of the schools archives:
//
//   <side team="T62"><ballot adjudicators="A358" rank="2">261.5</ballot>
//     <speech speaker="S290" reply="False"><ballot adjudicators="A358">75.0</ballot></speech> ...
//
// gives the rows "3,Judge,School 01 A,Speaker,1,75,,,,recorded" ... with win "yes" on the rows of
// the side ranked 1. Every row has the status "recorded": the archive is a record of what
// happened, so its sheets count as they are and `tab ballots check` only warns about them.
// Speeches are numbered in order within the side; a speaker's second substantive speech is an
// iron speech; a speech's rank attribute (APDA) goes to the rank column. A BP prelim side also
// gets a team row whose rank is its recorded place, which ranks the room even when speeches are
// missing or the totals say otherwise. Elimination ballots that hold only true/false become one
// row per team with the win column. Minority and ignored flags go to rounds/<id>/ballot_flags.csv.
//
// What real records hold and entry rules forbid (a missing speech, an iron speech, a reply by the
// last speaker, a forfeit, a bye, a team total that is not the sum of its speeches) is imported as
// it is and reported once per kind with a count.
//
// The adjudicators of a debate who give no ballot are its trainees; the chair is the chair
// attribute, else the first adjudicator listed (as the schema says).
#include <algorithm>

#include "archive/debatexml_internal.hpp"
#include "tab/base/csv.hpp"
#include "tab/base/ids.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/format.hpp"

namespace tab::detail {
namespace {

const char* const ballots_header = "room,adjudicator,team,speaker,position,score,rank,win,iron,status\n";
const char* const flags_header = "room,adjudicator,minority,ignored\n";

// The result one sheet gives one side.
struct SideBallot {
    pugi::xml_node node;
    std::optional<int> rank;
    std::optional<bool> advances;  // content true/false
    std::optional<int64_t> score;  // content as a number
    bool minority = false, ignored = false;
};

class RoundReader {
public:
    RoundReader(XmlReader& reader, Tournament& t, ArchiveIds& ids) : reader_(reader), t_(t), ids_(ids) {}

    // Reads one round into t.rounds and out.round_files.
    void read(pugi::xml_node node, int& prelims, int& elims, std::set<std::string>& round_ids, DebateXmlImport& out) {
        reader_.expect(node, {"name", "abbreviation", "elimination", "break-category"}, {"debate", "bye"});
        Round r;
        r.name = reader_.attr(node, "name");
        r.stage = reader_.boolean(node, "elimination", false) ? Stage::elimination : Stage::prelim;
        r.draw_method = DrawMethod::manual;
        const bool elim = r.stage == Stage::elimination;
        std::string id = slug(reader_.attr(node, "abbreviation")) == "" ? "" : reader_.attr(node, "abbreviation");
        // The id names the round's directory: an archive must not be able to write elsewhere.
        if (std::optional<Message> problem = id.empty() ? std::nullopt : invalid_id(id)) {
            reader_.error(node, message("diag.debatexml.bad_abbreviation", {}, {{"problem", &*problem}}));
            id.clear();
        }
        if (!id.empty()) reader_.deviation(node, "abbreviation", message("diag.debatexml.abbreviation"));
        const int ordinal = elim ? ++elims : ++prelims;
        if (id.empty() || round_ids.count(id)) id = round_id_from_name(r.name, elim, ordinal);
        while (!round_ids.insert(id).second) id += "+";
        r.id = id;
        if (r.name.empty()) r.name = id;
        const std::string category = reader_.attr(node, "break-category");
        if (!category.empty()) {
            auto it = ids_.break_categories.find(category);
            if (it != ids_.break_categories.end()) r.break_category = it->second;
            else reader_.error(node, message("diag.debatexml.unknown_break_category", {{"found", category}}));
        }
        round_teams_.clear();
        Draw draw;
        draw.round = r.id;
        draw.method = DrawMethod::manual;
        std::string ballots = ballots_header, flags = flags_header;
        bool any_flag = false;
        const int errors = reader_.error_count();
        for (pugi::xml_node d : node.children("debate")) read_debate(d, r, draw, ballots, flags, any_flag);
        for (pugi::xml_node b : node.children("bye")) {
            auto it = ids_.teams.find(reader_.text(b));
            if (it != ids_.teams.end()) {
                draw.byes.push_back(it->second), ids_.drawn_teams.insert(it->second);
                reader_.deviation(b, "bye", message("diag.debatexml.bye"));
            }
            else reader_.error(b, message("diag.debatexml.unknown_team", {{"found", reader_.text(b)}}));
        }
        if (draw.debates.empty() && draw.byes.empty() && reader_.error_count() == errors) {
            reader_.deviation(node, "empty round", message("diag.debatexml.empty_round"));
            return;
        }
        t_.rounds.push_back(r);
        out.round_files.emplace_back(draw_path(r.id), draw_to_csv(t_, draw));
        out.round_files.emplace_back(ballots_path(r.id), ballots);
        if (any_flag) out.round_files.emplace_back(ballot_flags_path(r.id), flags);
    }

private:
    // A team listed a second time in one round: tab's draw holds a team once a round, so the later
    // listing becomes a stand-in team (swing: listed, not ranked) and the room's other results stand.
    int stand_in_team(pugi::xml_node side, int team, const std::string& round) {
        Team stand_in = t_.teams[static_cast<size_t>(team)];
        stand_in.name = free_name(ids_.team_names, stand_in.name + " [" + round + "]");
        stand_in.swing = true;
        stand_in.speakers.clear();
        reader_.deviation(side, "team twice in a round", message("diag.debatexml.team_twice", {{"team", stand_in.name}}));
        t_.teams.push_back(stand_in);
        const int index = static_cast<int>(t_.teams.size()) - 1;
        stand_in_of_[index] = {team, round};
        return index;
    }

    // The speaker a speech is imported under. A speaker speaking for a team not their own becomes a
    // stand-in speaker of that team, once per team: "<name> [<team>]" for a swing speaker, a
    // stand-in team's "<name> [<round>]".
    int speaker_for(pugi::xml_node speech, int team, int speaker) {
        const int own = t_.speakers[static_cast<size_t>(speaker)].team;
        if (own == team) return note_heard(speech, team, speaker);
        auto [it, added] = stand_in_speakers_.try_emplace({team, speaker}, static_cast<int>(t_.speakers.size()));
        if (!added) return note_heard(speech, team, it->second);
        Speaker stand_in = t_.speakers[static_cast<size_t>(speaker)];
        stand_in.id.clear();  // ids are unique: an export numbers it
        stand_in.team = team;
        auto original = stand_in_of_.find(team);
        const bool standing_in = original != stand_in_of_.end() && original->second.first == own;
        const std::string qualifier = standing_in ? original->second.second : t_.teams[static_cast<size_t>(team)].name;
        stand_in.name = free_name(ids_.speaker_names, stand_in.name + " [" + qualifier + "]");
        if (!standing_in)
            reader_.deviation(speech, "speaker of another team",
                              message("diag.debatexml.speaker_of_another_team", {{"speaker", stand_in.name}}));
        t_.speakers.push_back(stand_in);
        t_.teams[static_cast<size_t>(team)].speakers.push_back(it->second);
        return note_heard(speech, team, it->second);
    }

    // Records that a speaker spoke for a team; a team heard with more speakers than a team has is a
    // swing team of changing speakers, imported as it is.
    int note_heard(pugi::xml_node speech, int team, int speaker) {
        std::set<int>& heard = heard_[team];
        if (heard.insert(speaker).second && static_cast<int>(heard.size()) == t_.format.speakers_per_team + 1)
            reader_.deviation(speech, "changing speakers", message("diag.debatexml.changing_speakers"));
        return speaker;
    }

    SideBallot side_ballot(pugi::xml_node b) {
        SideBallot s;
        s.node = b;
        const std::string rank = reader_.attr(b, "rank");
        if (!rank.empty()) {
            std::optional<int64_t> r = reader_.hundredths(b, rank, "rank");
            if (r) s.rank = static_cast<int>(*r / 100);
        }
        const std::string content = reader_.text(b);
        if (content == "true" || content == "false" || content == "True" || content == "False") {
            if (content[0] == 'T' || content[0] == 'F')
                reader_.deviation(b, "python-boolean", message("diag.debatexml.python_boolean"));
            s.advances = content == "true" || content == "True";
        } else if (!content.empty()) {
            s.score = reader_.hundredths(b, content, nullptr);
        }
        s.minority = reader_.boolean(b, "minority", false);
        s.ignored = reader_.boolean(b, "ignored", false);
        return s;
    }

    // Whether the sheet gives the side the win (two-team) or sends it through (elimination).
    bool wins(const std::vector<SideBallot>& sides, size_t side, bool elim) const {
        const SideBallot& s = sides[side];
        if (s.advances) return *s.advances;
        if (t_.format.is_bp()) return elim && s.rank && *s.rank <= 2;
        if (s.rank) return *s.rank == 1;
        if (!s.score) return false;
        for (size_t o = 0; o < sides.size(); ++o)
            if (o != side && (!sides[o].score || *sides[o].score >= *s.score)) return false;
        return true;
    }

    void read_debate(pugi::xml_node node, Round& r, Draw& draw, std::string& ballots, std::string& flags,
                     bool& any_flag) {
        reader_.expect(node, {"id", "chair", "venue", "motion", "adjudicators"}, {"side"});
        std::vector<pugi::xml_node> sides;
        for (pugi::xml_node s : node.children("side")) sides.push_back(s);
        if (static_cast<int>(sides.size()) != t_.format.teams_per_debate) {
            reader_.deviation(node, "side count",
                              message("diag.debatexml.side_count", {{"found", std::to_string(sides.size())},
                                                                    {"sides", std::to_string(t_.format.teams_per_debate)}}));
            return;
        }
        Debate d;
        d.room = static_cast<int>(draw.debates.size()) + 1;
        const std::string venue = reader_.attr(node, "venue");
        if (!venue.empty()) d.venue = t_.venues[static_cast<size_t>(venue_ref(reader_, node, t_, ids_, venue))].name;
        const std::string motion = reader_.attr(node, "motion");
        if (!motion.empty()) {
            auto it = ids_.motions.find(motion);
            if (it == ids_.motions.end()) {
                // The debate happened with some motion: keep it, named by the id the record gives.
                reader_.deviation(node, "undefined motion", message("diag.debatexml.undefined_motion"));
                it = ids_.motions.emplace(motion, Motion{motion, motion}).first;
            }
            ids_.used_motions.insert(motion);
            auto same = [&](const Motion& m) { return m.reference == it->second.reference && m.text == it->second.text; };
            if (std::none_of(r.motions.begin(), r.motions.end(), same)) r.motions.push_back(it->second);
        }
        for (pugi::xml_node s : sides) {
            reader_.expect(s, {"team", "forfeit"}, {"ballot", "speech"});
            auto it = ids_.teams.find(reader_.attr(s, "team"));
            if (it == ids_.teams.end()) {
                reader_.error(s, message("diag.debatexml.unknown_team", {{"found", reader_.attr(s, "team")}}));
                return;
            }
            d.teams.push_back(round_teams_.insert(it->second).second ? it->second : stand_in_team(s, it->second, r.id));
        }
        ids_.drawn_teams.insert(d.teams.begin(), d.teams.end());
        d.pullups.assign(d.teams.size(), false);
        // The sheets, by the adjudicators they name, in order of first appearance.
        std::vector<std::string> sheets;
        std::set<std::string> voting;
        for (pugi::xml_node s : sides)
            for (pugi::xml_node b : s.children("ballot")) {
                const std::string key = reader_.attr(b, "adjudicators");
                if (key.empty() && reader_.text(b).empty()) continue;  // a placeholder: no result
                if (std::find(sheets.begin(), sheets.end(), key) == sheets.end()) sheets.push_back(key);
                for (const std::string& a : reader_.refs(b, "adjudicators")) voting.insert(a);
            }
        std::vector<std::string> panel = reader_.refs(node, "adjudicators");
        std::string chair = reader_.attr(node, "chair");
        if (chair.empty() && !panel.empty()) chair = panel.front();
        if (!chair.empty()) d.chair = adjudicator_ref(reader_, node, t_, ids_, chair);
        for (const std::string& a : panel) {
            if (a == chair) continue;
            const int i = adjudicator_ref(reader_, node, t_, ids_, a);
            (voting.count(a) ? d.panellists : d.trainees).push_back(i);
        }
        const size_t consensus_sheets = static_cast<size_t>(std::count_if(sheets.begin(), sheets.end(), [&](const std::string& k) {
            return k.find(' ') != std::string::npos || t_.format.ballot_style == BallotStyle::consensus;
        }));
        if (consensus_sheets > 1)
            reader_.deviation(node, "two consensus sheets", message("diag.debatexml.two_consensus_sheets"));
        bool consensus_seen = false;
        for (const std::string& key : sheets) {
            // A consensus format (BP) has one sheet per room even when one adjudicator signed it.
            const bool consensus = key.find(' ') != std::string::npos || t_.format.ballot_style == BallotStyle::consensus;
            if (consensus && consensus_seen) continue;
            consensus_seen = consensus_seen || consensus;
            write_sheet(node, sides, d, key, consensus, r.stage == Stage::elimination, ballots, flags, any_flag);
        }
        draw.debates.push_back(d);
    }

    void write_sheet(pugi::xml_node debate, const std::vector<pugi::xml_node>& sides, const Debate& d,
                     const std::string& key, bool consensus, bool elim, std::string& ballots, std::string& flags,
                     bool& any_flag) {
        std::string judge;
        if (!consensus && !key.empty()) {
            judge = t_.adjudicators[static_cast<size_t>(adjudicator_ref(reader_, debate, t_, ids_, key))].name;
        }
        std::vector<SideBallot> results;
        for (pugi::xml_node s : sides) {
            SideBallot sb;
            for (pugi::xml_node b : s.children("ballot"))
                if (reader_.attr(b, "adjudicators") == key) {
                    reader_.expect(b, {"adjudicators", "rank", "minority", "ignored"}, {});
                    sb = side_ballot(b);
                    break;
                }
            results.push_back(sb);
        }
        bool minority = false, ignored = false;
        for (const SideBallot& sb : results) minority = minority || sb.minority, ignored = ignored || sb.ignored;
        if (minority || ignored) {
            any_flag = true;
            flags += csv_line({std::to_string(d.room), judge, minority ? "yes" : "no", ignored ? "yes" : "no"}) + "\n";
        }
        const std::string room = std::to_string(d.room);
        for (size_t side = 0; side < sides.size(); ++side) {
            const std::string& team = t_.teams[static_cast<size_t>(d.teams[side])].name;
            const std::string win = wins(results, side, elim) ? "yes" : "";
            if (reader_.boolean(sides[side], "forfeit", false))
                reader_.deviation(sides[side], "forfeit", message("diag.debatexml.forfeit"));
            int position = 0;
            int64_t spoken = 0;
            bool scored = false;
            std::vector<std::string> substantive;  // speaker ids in order
            bool rows = false;
            for (pugi::xml_node speech : sides[side].children("speech")) {
                reader_.expect(speech, {"speaker", "reply"}, {"ballot"});
                pugi::xml_node score_node;
                for (pugi::xml_node b : speech.children("ballot"))
                    if (reader_.attr(b, "adjudicators") == key) score_node = b;
                if (!score_node) continue;
                reader_.expect(score_node, {"adjudicators", "rank"}, {});
                std::optional<int64_t> score = reader_.hundredths(score_node, reader_.text(score_node), nullptr);
                if (!score) continue;
                const bool reply = reader_.boolean(speech, "reply", false);
                const std::string speaker_id = reader_.attr(speech, "speaker");
                std::string speaker;
                if (!speaker_id.empty()) {
                    auto it = ids_.speakers.find(speaker_id);
                    if (it == ids_.speakers.end()) {
                        reader_.error(speech, message("diag.debatexml.unknown_speaker", {{"found", speaker_id}}));
                        continue;
                    }
                    speaker = t_.speakers[static_cast<size_t>(speaker_for(speech, d.teams[side], it->second))].name;
                }
                bool iron = false;
                if (!reply) {
                    ++position;
                    iron = !speaker_id.empty() &&
                           std::find(substantive.begin(), substantive.end(), speaker_id) != substantive.end();
                    substantive.push_back(speaker_id);
                    if (iron)
                        reader_.deviation(speech, "iron speech", message("diag.debatexml.iron_speech"));
                } else if (!speaker_id.empty() && !substantive.empty() && substantive.back() == speaker_id) {
                    reader_.deviation(speech, "reply by the last speaker", message("diag.debatexml.reply_by_last_speaker"));
                }
                std::string rank = reader_.attr(score_node, "rank");
                if (!rank.empty() && !reader_.hundredths(score_node, rank, "rank")) rank.clear();
                (reply ? ids_.reply_scores : ids_.speech_scores).push_back(*score);
                spoken += *score;
                scored = true;
                ballots += csv_line({room, judge, team, speaker, reply ? "reply" : std::to_string(position),
                                     decimal(*score), rank, win, iron ? "yes" : "", "recorded"}) +
                           "\n";
                rows = true;
            }
            const bool has_result = results[side].score || results[side].rank;
            if (!elim && has_result && position < t_.format.speakers_per_team)
                reader_.deviation(sides[side], "missing speech", message("diag.debatexml.missing_speech"));
            if (scored && results[side].score && *results[side].score != spoken)
                reader_.deviation(sides[side], "team total", message("diag.debatexml.team_total"));
            // A BP room's recorded places rank its teams, whatever the speeches add up to.
            const bool place = t_.format.is_bp() && !elim && results[side].rank;
            if (place || !rows)
                ballots += csv_line({room, judge, team, "", "", "", place ? std::to_string(*results[side].rank) : "",
                                     win, "", "recorded"}) +
                           "\n";
        }
    }

    XmlReader& reader_;
    Tournament& t_;
    ArchiveIds& ids_;
    std::set<int> round_teams_;                      // teams of the round being read
    std::map<int, std::pair<int, std::string>> stand_in_of_;  // stand-in team -> (the team, the round)
    std::map<std::pair<int, int>, int> stand_in_speakers_;  // (team, speaker) -> stand-in speaker
    std::map<int, std::set<int>> heard_;             // team -> speakers heard for it
};

}  // namespace

void read_rounds(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids, DebateXmlImport& out) {
    RoundReader rounds(reader, t, ids);
    std::set<std::string> round_ids;
    int prelims = 0, elims = 0;
    for (pugi::xml_node r : root.children("round")) rounds.read(r, prelims, elims, round_ids, out);
}

}  // namespace tab::detail

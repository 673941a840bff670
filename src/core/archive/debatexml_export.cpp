// export_debatexml(): a tournament directory as a DebateXML archive valid against spec.xsd,
// written so that import_debatexml() reads back the same directory.
//
// Ids: speakers and adjudicators keep the ids they have (an import keeps the archive's) where
// those are valid XML names not used twice; everything else is numbered by kind, in file order:
// T1.. teams, S.. speakers, A.. adjudicators, I.. institutions, V.. venues, M.. motions, D..
// debates, BC.. break and SC.. speaker categories. Every sheet of ballots.csv becomes one
// <ballot> per side (the team's total and its rank, or true/false for a result-only elimination
// sheet) and one per speech; the consensus sheet is signed by the voting panel. Rounds without a
// draw have no debates and are left out (the schema wants at least one debate in a round).
// E-mail addresses are written only when asked (they are personal data).
#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "archive/debatexml_internal.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/ballots/scoresheet.hpp"
#include "tab/base/csv.hpp"
#include "tab/model/loader.hpp"

namespace tab {
namespace {

using detail::decimal;

bool xml_name(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    });
}

std::string gender_code(const std::string& g) {
    if (g == "female" || g == "f") return "f";
    if (g == "male" || g == "m") return "m";
    if (g == "other" || g == "o") return "o";
    return "";
}

std::string style_of(const std::string& preset) {
    if (preset == "bp" || preset == "wsdc" || preset == "australs" || preset == "apda") return preset;
    if (preset == "asian") return "asians";
    if (preset == "lincoln-douglas") return "ld";
    return "";
}

std::string space_separated(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, " ")); }

// Sets an attribute unless its value is empty (an empty IDREFS is not valid).
void set(pugi::xml_node node, const char* name, const std::string& value) {
    if (!value.empty()) node.append_attribute(name) = value.c_str();
}

class Exporter {
public:
    Exporter(const Tournament& t, const FileSystem& fs, Diagnostics& diags, bool contacts)
        : t_(t), fs_(fs), diags_(diags), contacts_(contacts) {
        for (const Speaker& s : t.speakers) keep(s.id);
        for (const Adjudicator& a : t.adjudicators) keep(a.id);
        for (size_t i = 0; i < t.teams.size(); ++i) team_ids_.push_back(next("T"));
        for (const Speaker& s : t.speakers) speaker_ids_.push_back(kept(s.id) ? s.id : next("S"));
        for (const Adjudicator& a : t.adjudicators) adjudicator_ids_.push_back(kept(a.id) ? a.id : next("A"));
        for (size_t i = 0; i < t.institutions.size(); ++i) institution_ids_.push_back(next("I"));
        for (size_t i = 0; i < t.venues.size(); ++i) venue_ids_.push_back(next("V"));
        for (const BreakCategory& b : t.break_categories) break_ids_[b.id] = next("BC");
        for (const SpeakerCategory& s : t.speaker_categories) speaker_category_ids_[s.id] = next("SC");
        for (const Round& r : t.rounds)
            for (const Motion& m : r.motions)
                if (std::none_of(motions_.begin(), motions_.end(), [&](const auto& x) {
                        return x.first.reference == m.reference && x.first.text == m.text;
                    }))
                    motions_.emplace_back(m, next("M"));
    }

    bool write(pugi::xml_node root) {
        root.append_attribute("name") = t_.name.c_str();
        set(root, "short", t_.short_name);
        set(root, "style", style_of(t_.format.preset));
        set(root, "language", t_.language);
        if (t_.start_date) set(root, "start-date", format_date(*t_.start_date));
        // tab's own attribute: the seed orders tied entries, so a round trip keeps the tabs' order.
        root.append_attribute("seed") = std::to_string(t_.seed).c_str();
        const int errors = diags_.error_count();
        for (const Round& r : t_.rounds) write_round(root, r);
        write_participants(root.append_child("participants"));
        for (size_t i = 0; i < t_.institutions.size(); ++i) {
            pugi::xml_node n = root.append_child("institution");
            n.append_attribute("id") = institution_ids_[i].c_str();
            set(n, "reference", t_.institutions[i].code);
            n.text() = t_.institutions[i].name.c_str();
        }
        for (const auto& [m, id] : motions_) {
            pugi::xml_node n = root.append_child("motion");
            n.append_attribute("id") = id.c_str();
            set(n, "reference", m.reference);
            n.text() = m.text.c_str();
        }
        for (size_t i = 0; i < t_.venues.size(); ++i) {
            pugi::xml_node n = root.append_child("venue");
            n.append_attribute("id") = venue_ids_[i].c_str();
            set(n, "categories", space_separated(t_.venues[i].tags));
            if (t_.venues[i].priority != 0) n.append_attribute("priority") = t_.venues[i].priority;
            n.text() = t_.venues[i].name.c_str();
        }
        for (const BreakCategory& b : t_.break_categories) {
            pugi::xml_node n = root.append_child("break-category");
            n.append_attribute("id") = break_ids_[b.id].c_str();
            n.append_attribute("priority") = b.priority;
            n.text() = b.name.c_str();
        }
        for (const SpeakerCategory& s : t_.speaker_categories) {
            pugi::xml_node n = root.append_child("speaker-category");
            n.append_attribute("id") = speaker_category_ids_[s.id].c_str();
            n.text() = s.name.c_str();
        }
        return diags_.error_count() == errors;
    }

private:
    void keep(const std::string& id) {
        if (xml_name(id) && !used_.count(id)) used_.insert(id), kept_.insert(id);
    }
    bool kept(const std::string& id) {
        // A kept id is handed out once: a second person with the same id gets a new one.
        return kept_.erase(id) > 0;
    }
    std::string next(const std::string& prefix) {
        for (int& n = counters_[prefix];;) {
            std::string id = prefix + std::to_string(++n);
            if (used_.insert(id).second) return id;
        }
    }

    std::vector<std::string> adjudicators(const std::vector<int>& indices) const {
        std::vector<std::string> out;
        for (int i : indices) out.push_back(adjudicator_ids_[static_cast<size_t>(i)]);
        return out;
    }

    std::string motion_id(const Round& r) const {
        if (r.motions.empty()) return "";
        for (const auto& [m, id] : motions_)
            if (m.reference == r.motions.front().reference && m.text == r.motions.front().text) return id;
        return "";
    }

    // (room, adjudicator name) -> (minority, ignored), from rounds/<id>/ballot_flags.csv.
    std::map<std::pair<std::string, std::string>, std::pair<bool, bool>> read_flags(const Round& r) {
        std::map<std::pair<std::string, std::string>, std::pair<bool, bool>> out;
        std::optional<std::string> text = fs_.read(ballot_flags_path(r.id));
        if (!text) return out;
        CsvTable csv = parse_csv(*text, ballot_flags_path(r.id), diags_);
        const int room = csv.column({"room"}), adj = csv.column({"adjudicator"}), minority = csv.column({"minority"}),
                  ignored = csv.column({"ignored"});
        for (const CsvRow& row : csv.rows)
            out[{csv.cell(row, room), csv.cell(row, adj)}] = {csv.cell(row, minority) == "yes",
                                                               csv.cell(row, ignored) == "yes"};
        return out;
    }

    void write_round(pugi::xml_node root, const Round& r) {
        if (!fs_.exists(draw_path(r.id))) return;
        std::optional<Draw> draw = read_draw(fs_, t_, r.id, diags_);
        if (!draw || draw->debates.empty()) return;
        const BallotFile ballots = read_ballots(fs_, t_, *draw, diags_);
        const auto flags = read_flags(r);
        pugi::xml_node round = root.append_child("round");
        round.append_attribute("name") = r.name.c_str();
        round.append_attribute("elimination") = r.stage == Stage::elimination;
        if (auto it = break_ids_.find(r.break_category); it != break_ids_.end())
            round.append_attribute("break-category") = it->second.c_str();
        const std::string motion = motion_id(r);
        for (size_t i = 0; i < draw->debates.size(); ++i) {
            const Debate& d = draw->debates[i];
            pugi::xml_node debate = round.append_child("debate");
            debate.append_attribute("id") = next("D").c_str();
            if (d.chair >= 0) debate.append_attribute("chair") = adjudicator_ids_[static_cast<size_t>(d.chair)].c_str();
            const int venue = t_.find_venue(d.venue);
            if (venue >= 0) debate.append_attribute("venue") = venue_ids_[static_cast<size_t>(venue)].c_str();
            set(debate, "motion", motion);
            std::vector<int> panel;
            if (d.chair >= 0) panel.push_back(d.chair);
            panel.insert(panel.end(), d.panellists.begin(), d.panellists.end());
            const std::string voting = space_separated(adjudicators(panel));
            panel.insert(panel.end(), d.trainees.begin(), d.trainees.end());
            set(debate, "adjudicators", space_separated(adjudicators(panel)));
            std::vector<const BallotSheet*> sheets;
            for (const BallotSheet& s : ballots.sheets)
                if (s.debate == static_cast<int>(i) && s.confirmed) sheets.push_back(&s);
            for (size_t side = 0; side < d.teams.size(); ++side)
                write_side(debate.append_child("side"), d, side, sheets, voting, flags);
        }
        for (int team : draw->byes) round.append_child("bye").text() = team_ids_[static_cast<size_t>(team)].c_str();
    }

    // The team totals of a sheet by side, if it has scores.
    std::optional<std::vector<int64_t>> totals(const BallotSheet& s, size_t sides) const {
        std::vector<int64_t> out(sides, 0);
        bool scored = false;
        for (const BallotSpeech& sp : s.speeches)
            if (sp.score && sp.side >= 0) out[static_cast<size_t>(sp.side)] += *sp.score, scored = true;
        if (!scored) return std::nullopt;
        return out;
    }

    void write_side(pugi::xml_node node, const Debate& d, size_t side, const std::vector<const BallotSheet*>& sheets,
                    const std::string& voting,
                    const std::map<std::pair<std::string, std::string>, std::pair<bool, bool>>& flags) {
        node.append_attribute("team") = team_ids_[static_cast<size_t>(d.teams[side])].c_str();
        if (sheets.empty()) node.append_child("ballot");  // the schema wants one; an empty one says nothing
        for (const BallotSheet* s : sheets) {
            pugi::xml_node b = node.append_child("ballot");
            const std::string judge = s->adjudicator >= 0 ? t_.adjudicators[static_cast<size_t>(s->adjudicator)].name : "";
            set(b, "adjudicators", s->adjudicator >= 0 ? adjudicator_ids_[static_cast<size_t>(s->adjudicator)] : voting);
            auto flag = flags.find({std::to_string(d.room), judge});
            b.append_attribute("minority") = flag != flags.end() && flag->second.first;
            b.append_attribute("ignored") = flag != flags.end() && flag->second.second;
            std::optional<std::vector<int64_t>> sums = totals(*s, d.teams.size());
            int rank = 1;
            for (size_t o = 0; o < d.teams.size() && !ranked_by_places(*s); ++o) {
                if (o == side) continue;
                const bool declared = std::find(s->declared.begin(), s->declared.end(), true) != s->declared.end();
                if (declared && !t_.format.is_bp()) rank += s->declared[o] && !s->declared[side];
                else if (sums) rank += (*sums)[o] > (*sums)[side];
                else rank += s->declared[o] && !s->declared[side];
            }
            b.append_attribute("rank") = ranked_by_places(*s) ? *s->places[side] : rank;
            if (sums) b.text() = decimal((*sums)[side]).c_str();
            else b.text() = s->declared[side] ? "true" : "false";
        }
        if (sheets.empty()) return;
        // Speeches in the order of the first sheet, each with the matching speech of every sheet.
        std::vector<std::vector<const BallotSpeech*>> by_sheet;
        for (const BallotSheet* s : sheets) {
            by_sheet.emplace_back();
            for (const BallotSpeech& sp : s->speeches)
                if (sp.side == static_cast<int>(side) && sp.score) by_sheet.back().push_back(&sp);
        }
        for (size_t k = 0; k < by_sheet.front().size(); ++k) {
            const BallotSpeech& first = *by_sheet.front()[k];
            pugi::xml_node speech = node.append_child("speech");
            if (first.speaker >= 0) speech.append_attribute("speaker") = speaker_ids_[static_cast<size_t>(first.speaker)].c_str();
            speech.append_attribute("reply") = first.position == t_.format.speakers_per_team + 1;
            for (size_t j = 0; j < sheets.size(); ++j) {
                if (k >= by_sheet[j].size()) continue;
                pugi::xml_node b = speech.append_child("ballot");
                set(b, "adjudicators", sheets[j]->adjudicator >= 0
                                           ? adjudicator_ids_[static_cast<size_t>(sheets[j]->adjudicator)]
                                           : voting);
                if (by_sheet[j][k]->rank) b.append_attribute("rank") = *by_sheet[j][k]->rank;
                b.text() = decimal(*by_sheet[j][k]->score).c_str();
            }
        }
    }

    void write_participants(pugi::xml_node node) {
        for (size_t i = 0; i < t_.teams.size(); ++i) {
            const Team& team = t_.teams[i];
            pugi::xml_node n = node.append_child("team");
            n.append_attribute("id") = team_ids_[i].c_str();
            n.append_attribute("name") = team.name.c_str();
            std::vector<std::string> eligible;
            for (const std::string& b : team.break_categories)
                if (auto it = break_ids_.find(b); it != break_ids_.end()) eligible.push_back(it->second);
            set(n, "break-eligibilities", space_separated(eligible));
            if (team.swing) n.append_attribute("swing") = true;
            for (int s : team.speakers) {
                const Speaker& sp = t_.speakers[static_cast<size_t>(s)];
                pugi::xml_node x = n.append_child("speaker");
                x.append_attribute("id") = speaker_ids_[static_cast<size_t>(s)].c_str();
                if (team.institution >= 0)
                    x.append_attribute("institutions") = institution_ids_[static_cast<size_t>(team.institution)].c_str();
                std::vector<std::string> categories;
                for (const std::string& c : sp.categories)
                    if (auto it = speaker_category_ids_.find(c); it != speaker_category_ids_.end())
                        categories.push_back(it->second);
                set(x, "categories", space_separated(categories));
                if (contacts_) set(x, "gender", gender_code(sp.personal.gender));
                if (contacts_) set(x, "email", sp.personal.email);
                x.text() = sp.name.c_str();
            }
        }
        for (size_t i = 0; i < t_.adjudicators.size(); ++i) {
            const Adjudicator& a = t_.adjudicators[i];
            pugi::xml_node n = node.append_child("adjudicator");
            n.append_attribute("id") = adjudicator_ids_[i].c_str();
            n.append_attribute("name") = a.name.c_str();
            std::vector<std::string> institutions;
            if (a.institution >= 0) institutions.push_back(institution_ids_[static_cast<size_t>(a.institution)]);
            for (int c : a.institution_conflicts) institutions.push_back(institution_ids_[static_cast<size_t>(c)]);
            set(n, "institutions", space_separated(institutions));
            n.append_attribute("core") = a.adj_core;
            n.append_attribute("independent") = a.independent;
            n.append_attribute("score") = decimal(std::llround(a.strength * 100)).c_str();
            std::vector<std::string> teams;
            for (int c : a.team_conflicts) teams.push_back(team_ids_[static_cast<size_t>(c)]);
            set(n, "team-conflicts", space_separated(teams));
            set(n, "adjudicator-conflicts", space_separated(adjudicators(a.adjudicator_conflicts)));
            if (contacts_) set(n, "gender", gender_code(a.personal.gender));
            if (contacts_) set(n, "email", a.personal.email);
        }
    }

    const Tournament& t_;
    const FileSystem& fs_;
    Diagnostics& diags_;
    bool contacts_;
    std::set<std::string> used_, kept_;
    std::map<std::string, int> counters_;
    std::vector<std::string> team_ids_, speaker_ids_, adjudicator_ids_, institution_ids_, venue_ids_;
    std::map<std::string, std::string> break_ids_, speaker_category_ids_;
    std::vector<std::pair<Motion, std::string>> motions_;
};

}  // namespace

std::optional<std::string> export_debatexml(const FileSystem& fs, Diagnostics& diags, bool include_contacts) {
    std::optional<Tournament> t = load_tournament(fs, diags);
    if (!t) return std::nullopt;
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    Exporter exporter(*t, fs, diags, include_contacts);
    if (!exporter.write(doc.append_child("tournament"))) return std::nullopt;
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

}  // namespace tab

// The participants of a DebateXML archive, mapped onto the tournament's model.
//
// Ids: the archive's speaker and adjudicator ids are kept (Speaker::id, Adjudicator::id) so an
// export writes them again; teams, institutions and venues are named in tab, so their ids are
// only resolved. Categories get ids made from their names ("Open" -> "open"), as a person would
// write them in tournament.toml.
//
// Institutions: a team's institution is that of its speakers (the first one named); a speaker
// naming another is reported. An adjudicator's first institution is their own and the others
// become institution conflicts, which is what DebateXML's list means for allocation; the export
// writes both back as one list.
//
// Names must be unique in tab (files refer to people by name): a repeated name is qualified and
// an id nothing defines becomes a participant, as debatexml_references.cpp says.
#include <algorithm>

#include "archive/debatexml_internal.hpp"

namespace tab::detail {
namespace {

// Registers an archive id; an error if it is missing or already used.
bool register_id(XmlReader& reader, pugi::xml_node node, std::map<std::string, int>& ids, int index,
                 std::set<std::string>& all_ids) {
    const std::string id = reader.attr(node, "id");
    if (id.empty()) {
        reader.error(node, message("diag.debatexml.no_id", {{"element", node.name()}}));
        return false;
    }
    if (!all_ids.insert(id).second) {
        reader.error(node, message("diag.debatexml.duplicate_id", {{"id", id}}));
        return false;
    }
    ids[id] = index;
    return true;
}

std::string gender_name(const std::string& g) {
    if (g == "f") return "female";
    if (g == "m") return "male";
    if (g == "o") return "other";
    return g;
}

// A team the archive refers to: an id no <team> defines is an error (a team's results need its speakers).
int team_ref(XmlReader& reader, pugi::xml_node node, const ArchiveIds& ids, const std::string& id) {
    auto it = ids.teams.find(id);
    if (it != ids.teams.end()) return it->second;
    reader.error(node, message("diag.debatexml.unknown_team", {{"found", id}}));
    return -1;
}

// A team's institution: the first one its speakers name (-1 if none).
int team_institution(pugi::xml_node team, XmlReader& reader, Tournament& t, ArchiveIds& ids) {
    for (pugi::xml_node s : team.children("speaker"))
        for (const std::string& inst : reader.refs(s, "institutions")) return institution_ref(reader, s, t, ids, inst);
    return -1;
}

// The code of an institution to tell two of one name apart ("" for none).
std::string code_of(const Tournament& t, int institution) {
    return institution < 0 ? "" : t.institutions[static_cast<size_t>(institution)].code;
}

void read_categories(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids) {
    std::set<std::string> taken;
    for (pugi::xml_node c : root.children("break-category")) {
        reader.expect(c, {"id", "priority"});
        BreakCategory b;
        b.name = reader.text(c);
        b.id = slug(b.name);
        if (b.id.empty() || !taken.insert(b.id).second) b.id = slug(reader.attr(c, "id"));
        taken.insert(b.id);
        const std::string priority = reader.attr(c, "priority");
        if (!priority.empty()) {
            std::optional<int64_t> p = reader.hundredths(c, priority, "priority");
            if (p) b.priority = static_cast<int>(*p / 100);
        }
        b.general = t.break_categories.empty();  // the first category is the open one
        ids.break_categories[reader.attr(c, "id")] = b.id;
        t.break_categories.push_back(b);
    }
    for (pugi::xml_node c : root.children("speaker-category")) {
        reader.expect(c, {"id"});
        SpeakerCategory s;
        s.name = reader.text(c);
        s.id = slug(s.name);
        if (s.id.empty() || !taken.insert(s.id).second) s.id = slug(reader.attr(c, "id"));
        ids.speaker_categories[reader.attr(c, "id")] = s.id;
        t.speaker_categories.push_back(s);
    }
}

std::vector<std::string> categories(XmlReader& reader, pugi::xml_node node, const char* attribute,
                                    const std::map<std::string, std::string>& known) {
    std::vector<std::string> out;
    for (const std::string& id : reader.refs(node, attribute)) {
        auto it = known.find(id);
        if (it != known.end()) out.push_back(it->second);
        else reader.error(node, message("diag.debatexml.unknown_category", {{"found", id}}));
    }
    return out;
}

void read_places(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids, std::set<std::string>& all) {
    for (pugi::xml_node i : root.children("institution")) {
        reader.expect(i, {"id", "reference"});
        Institution inst;
        inst.name = reader.text(i);
        inst.code = reader.attr(i, "reference");
        if (inst.code.empty()) inst.code = inst.name;
        inst.code = unique_name(reader, i, ids.institution_codes, inst.code, "", "diag.debatexml.duplicate_institution");
        if (register_id(reader, i, ids.institutions, static_cast<int>(t.institutions.size()), all))
            t.institutions.push_back(inst);
    }
    for (pugi::xml_node v : root.children("venue")) {
        reader.expect(v, {"id", "priority", "categories"});
        Venue venue;
        venue.name = unique_name(reader, v, ids.venue_names, reader.text(v), "", "diag.debatexml.duplicate_venue");
        const std::string priority = reader.attr(v, "priority");
        if (!priority.empty()) {
            std::optional<int64_t> p = reader.hundredths(v, priority, "priority");
            if (p && *p % 100 != 0)
                reader.deviation(v, "venue priority", message("diag.debatexml.venue_priority"));
            if (p) venue.priority = static_cast<int>(*p / 100);
        }
        venue.tags = reader.refs(v, "categories");
        if (register_id(reader, v, ids.venues, static_cast<int>(t.venues.size()), all)) t.venues.push_back(venue);
    }
    for (pugi::xml_node m : root.children("motion")) {
        reader.expect(m, {"id", "reference"}, {});
        const std::string id = reader.attr(m, "id");
        if (ids.motions.count(id) || !all.insert(id).second) {
            reader.error(m, message("diag.debatexml.duplicate_id", {{"id", id}}));
            continue;
        }
        ids.motions[id] = {reader.attr(m, "reference"), reader.text(m)};
    }
}

void read_team(pugi::xml_node node, XmlReader& reader, Tournament& t, ArchiveIds& ids, std::set<std::string>& all) {
    reader.expect(node, {"id", "name", "code", "break-eligibilities", "swing"}, {"speaker"});
    Team team;
    std::string name = reader.attr(node, "name");
    const std::string code = reader.attr(node, "code");
    if (name.empty()) name = code.empty() ? reader.attr(node, "id") : code;
    if (!code.empty() && code != name)
        reader.deviation(node, "team code", message("diag.debatexml.team_code"));
    team.institution = team_institution(node, reader, t, ids);
    team.name = unique_name(reader, node, ids.team_names, name, code_of(t, team.institution), "diag.debatexml.duplicate_team");
    team.swing = reader.boolean(node, "swing", false);
    if (team.swing)
        reader.deviation(node, "swing team", message("diag.debatexml.swing_team"));
    team.break_categories = categories(reader, node, "break-eligibilities", ids.break_categories);
    const int index = static_cast<int>(t.teams.size());
    if (!register_id(reader, node, ids.teams, index, all)) return;
    for (pugi::xml_node s : node.children("speaker")) {
        reader.expect(s, {"id", "name", "institutions", "categories", "gender", "email"});
        Speaker speaker;
        std::string sname = reader.text(s);
        if (sname.empty()) sname = reader.attr(s, "name");
        speaker.name = unique_name(reader, s, ids.speaker_names, sname, team.name, "diag.debatexml.duplicate_speaker");
        speaker.id = reader.attr(s, "id");
        speaker.team = index;
        speaker.categories = categories(reader, s, "categories", ids.speaker_categories);
        speaker.personal.gender = gender_name(reader.attr(s, "gender"));
        speaker.personal.email = reader.attr(s, "email");
        for (const std::string& inst : reader.refs(s, "institutions")) {
            const int i = institution_ref(reader, s, t, ids, inst);
            if (i != team.institution)
                reader.deviation(s, "speaker institution", message("diag.debatexml.speaker_institution"));
        }
        if (!register_id(reader, s, ids.speakers, static_cast<int>(t.speakers.size()), all)) continue;
        team.speakers.push_back(static_cast<int>(t.speakers.size()));
        t.speakers.push_back(speaker);
    }
    t.teams.push_back(team);
}

// First pass: names and ids, so that conflicts can refer to adjudicators listed later.
void read_adjudicator(pugi::xml_node node, XmlReader& reader, Tournament& t, ArchiveIds& ids, std::set<std::string>& all) {
    reader.expect(node, {"id", "name", "institutions", "core", "independent", "score", "team-conflicts",
                         "adjudicator-conflicts", "gender", "email"});
    Adjudicator a;
    std::string name = reader.attr(node, "name");
    if (name.empty()) name = reader.text(node);
    a.id = reader.attr(node, "id");
    a.adj_core = reader.boolean(node, "core", false);
    a.independent = reader.boolean(node, "independent", false);
    const std::string score = reader.attr(node, "score");
    if (!score.empty()) {
        std::optional<int64_t> s = reader.hundredths(node, score, "score");
        if (s) a.strength = static_cast<double>(*s) / 100;
    }
    a.personal.gender = gender_name(reader.attr(node, "gender"));
    a.personal.email = reader.attr(node, "email");
    for (const std::string& inst : reader.refs(node, "institutions")) {
        const int i = institution_ref(reader, node, t, ids, inst);
        if (a.institution < 0) a.institution = i;
        else if (i != a.institution) a.institution_conflicts.push_back(i);
    }
    a.name = unique_name(reader, node, ids.adjudicator_names, name, code_of(t, a.institution), "diag.debatexml.duplicate_adjudicator");
    if (register_id(reader, node, ids.adjudicators, static_cast<int>(t.adjudicators.size()), all))
        t.adjudicators.push_back(a);
}

void read_conflicts(pugi::xml_node participants, XmlReader& reader, Tournament& t, ArchiveIds& ids) {
    for (pugi::xml_node node : participants.children("adjudicator")) {
        auto it = ids.adjudicators.find(reader.attr(node, "id"));
        if (it == ids.adjudicators.end()) continue;
        // By index, not by reference: adjudicator_ref may grow t.adjudicators.
        const auto self = static_cast<size_t>(it->second);
        for (const std::string& id : reader.refs(node, "team-conflicts")) {
            const int team = team_ref(reader, node, ids, id);
            if (team >= 0) t.adjudicators[self].team_conflicts.push_back(team);
        }
        for (const std::string& id : reader.refs(node, "adjudicator-conflicts")) {
            const int other = adjudicator_ref(reader, node, t, ids, id);
            t.adjudicators[self].adjudicator_conflicts.push_back(other);
        }
    }
}

}  // namespace

void read_participants(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids) {
    std::set<std::string> all;  // xs:ID values are unique across the whole document
    read_categories(root, reader, t, ids);
    read_places(root, reader, t, ids, all);
    pugi::xml_node participants = root.child("participants");
    if (!participants) {
        reader.error(root, message("diag.debatexml.no_participants"));
        return;
    }
    reader.expect(participants, {}, {"team", "adjudicator"});
    for (pugi::xml_node team : participants.children("team")) read_team(team, reader, t, ids, all);
    for (pugi::xml_node adj : participants.children("adjudicator")) read_adjudicator(adj, reader, t, ids, all);
    read_conflicts(participants, reader, t, ids);
}

}  // namespace tab::detail

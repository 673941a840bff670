// Names and references of a DebateXML archive that tab's files cannot take as they are.
//
// Duplicate names: tab's files refer to teams and people by name, so two of one name cannot both
// keep it. The first in the archive keeps the plain name; a later one gets a qualifier in square
// brackets (a team or adjudicator its institution's code, a speaker their team's name) and, if
// that is still taken, a counter: "Speaker 2 [Bye]", then "Speaker 2 [Bye] (2)".
//
// Dangling references: an id that no element defines still names something that was there. A
// venue becomes a venue named by the id, an adjudicator "Adjudicator <id>", an institution one
// whose name and code are the id; later references to the id resolve to the same one.
#include "archive/debatexml_internal.hpp"

namespace tab::detail {

std::string free_name(std::set<std::string>& taken, const std::string& name) {
    if (taken.insert(name).second) return name;
    for (int n = 2;; ++n) {
        std::string candidate = name + " (" + std::to_string(n) + ")";
        if (taken.insert(candidate).second) return candidate;
    }
}

std::string unique_name(XmlReader& reader, pugi::xml_node node, std::set<std::string>& taken, const std::string& name,
                        const std::string& qualifier, const char* duplicate_key) {
    if (taken.insert(name).second) return name;
    const std::string result = free_name(taken, qualifier.empty() ? name : name + " [" + qualifier + "]");
    reader.deviation(node, duplicate_key, message(duplicate_key, {{"name", name}, {"imported", result}}));
    return result;
}

int institution_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id) {
    if (auto it = ids.institutions.find(id); it != ids.institutions.end()) return it->second;
    reader.deviation(node, "undefined institution", message("diag.debatexml.undefined_institution"));
    Institution inst;
    inst.name = id;
    inst.code = free_name(ids.institution_codes, id);
    t.institutions.push_back(inst);
    return ids.institutions[id] = static_cast<int>(t.institutions.size()) - 1;
}

int adjudicator_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id) {
    if (auto it = ids.adjudicators.find(id); it != ids.adjudicators.end()) return it->second;
    reader.deviation(node, "undefined adjudicator", message("diag.debatexml.undefined_adjudicator"));
    Adjudicator a;
    a.name = free_name(ids.adjudicator_names, "Adjudicator " + id);
    a.id = id;
    t.adjudicators.push_back(a);
    return ids.adjudicators[id] = static_cast<int>(t.adjudicators.size()) - 1;
}

int venue_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id) {
    if (auto it = ids.venues.find(id); it != ids.venues.end()) return it->second;
    reader.deviation(node, "undefined venue", message("diag.debatexml.undefined_venue"));
    Venue venue;
    venue.name = free_name(ids.venue_names, id);
    t.venues.push_back(venue);
    return ids.venues[id] = static_cast<int>(t.venues.size()) - 1;
}

}  // namespace tab::detail

// What the parts of the DebateXML importer share: the parsed document's positions (so that every
// message points at file:line:column), tolerant readers for the values real exports write, the
// deviations seen (reported once per kind, with how often), and the maps from the archive's ids
// to the tournament's participants.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tab/archive/debatexml.hpp"
#include "tab/translate/translate.hpp"

namespace tab::detail {

class XmlReader {
public:
    XmlReader(std::string_view text, std::string file, Diagnostics& diags);

    // An error at the node's position.
    void error(pugi::xml_node node, const Message& message);
    // A deviation of one kind: only the first occurrence is reported, with the count of the rest.
    void deviation(pugi::xml_node node, const std::string& kind, const Message& message);
    // Reports the deviations once each; call at the end.
    void flush_deviations();
    // Warns once per kind about attributes and child elements of node not in `read`.
    void expect(pugi::xml_node node, std::initializer_list<const char*> attributes,
                std::initializer_list<const char*> children = {});

    // An attribute's text with non-breaking spaces made plain and whitespace collapsed.
    std::string attr(pugi::xml_node node, const char* name);
    // The element's own text (not its children's), cleaned as attr().
    std::string text(pugi::xml_node node);
    // xs:boolean, also Python's True/False (a deviation); `fallback` when absent or unreadable.
    bool boolean(pugi::xml_node node, const char* name, bool fallback);
    // A decimal as hundredths; nullopt (with an error) if it is not a number with <= 2 decimals.
    // text is the node's attribute `attribute`, or its content when attribute is nullptr.
    std::optional<int64_t> hundredths(pugi::xml_node node, std::string_view text, const char* attribute);
    // Space-separated references.
    std::vector<std::string> refs(pugi::xml_node node, const char* name);

    // 1-based line and column of a node.
    std::pair<int, int> position(pugi::xml_node node) const;
    const std::string& file() const { return file_; }
    int error_count() const { return diags_.error_count(); }

private:
    std::string clean(pugi::xml_node node, std::string_view raw);

    std::string file_;
    Diagnostics& diags_;
    std::vector<size_t> line_starts_;
    struct Seen {
        int line = 0, column = 0, count = 0;
        Message message;
    };
    std::map<std::string, Seen> deviations_;
    std::vector<std::string> deviation_order_;
};

// The archive's ids, resolved to the tournament's participants.
struct ArchiveIds {
    std::map<std::string, int> teams, speakers, adjudicators, institutions, venues;
    // The names taken so far (tab's files refer to these by name or code).
    std::set<std::string> team_names, speaker_names, adjudicator_names, venue_names, institution_codes;
    std::map<std::string, std::string> break_categories, speaker_categories;  // archive id -> tab id
    std::map<std::string, Motion> motions;
    std::set<std::string> used_motions;
    std::set<int> drawn_teams;  // teams in some debate or bye
    // Speech scores seen in the rounds, in hundredths: the format's scales must hold them.
    std::vector<int64_t> speech_scores, reply_scores;
};

// name, or name (2), name (3), ... whichever is not yet in `taken`; takes it.
std::string free_name(std::set<std::string>& taken, const std::string& name);
// name if it is not yet in `taken`, else name [qualifier] (without an empty qualifier), counted
// (2), (3), ... if still taken; warns once per kind with the catalogue entry `duplicate_key`
// ("diag.debatexml.duplicate_team", ...). Takes the result.
std::string unique_name(XmlReader& reader, pugi::xml_node node, std::set<std::string>& taken, const std::string& name,
                        const std::string& qualifier, const char* duplicate_key);
// The index of the participant an id names; an id nothing defines becomes a participant named
// after it (warned once per kind, at node). See debatexml_references.cpp.
int institution_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id);
int adjudicator_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id);
int venue_ref(XmlReader& reader, pugi::xml_node node, Tournament& t, ArchiveIds& ids, const std::string& id);

// Institutions, categories, motions, venues, teams with speakers, adjudicators with conflicts.
void read_participants(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids);
// Rounds with their draws, ballot sheets and flags; t.format must be set.
void read_rounds(pugi::xml_node root, XmlReader& reader, Tournament& t, ArchiveIds& ids,
                 DebateXmlImport& out);

// A number of hundredths as the shortest decimal ("75", "75.5", "75.25").
std::string decimal(int64_t hundredths);
// A name made into an id: lower case ASCII letters and digits, other runs as '-' ("Open" -> "open").
std::string slug(std::string_view name);
// The id of a round from its name when the archive gives none: R<n> for the n-th prelim,
// OF/QF/SF/GF (DOF, F) for elimination names that say so, else E<n>.
std::string round_id_from_name(const std::string& name, bool elimination, int ordinal);

}  // namespace tab::detail

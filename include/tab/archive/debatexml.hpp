// DebateXML, the archive format Tabbycat and MIT-Tab export (spec.xsd of github.com/TabbycatDebate/DebateXML):
// a <tournament> of <round>s of <debate>s with per-adjudicator <ballot>s and <speech> scores,
// then the participants, institutions, motions, venues and categories.
//
// import_debatexml() turns an archive into a tournament directory: the participants, every
// round's draw as a manual draw (rounds/<id>/draw.csv), every ballot sheet in rounds/<id>/
// ballots.csv, and the minority and ignored flags the ballot file has no column for in
// rounds/<id>/ballot_flags.csv. export_debatexml() is its inverse: a schema-valid archive of a
// tournament directory, so that import -> export -> import gives the same directory.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

struct DebateXmlImport {
    Tournament tournament;
    // The round files (draw.csv, ballots.csv, ballot_flags.csv) as (path, text), in writing order.
    std::vector<std::pair<std::string, std::string>> round_files;
    bool preset_inferred = false;  // the archive named no style we know: inferred from the debates
};

// Reads an archive. Problems go to diags with file:line:column: errors for what cannot be read
// (not well-formed XML, references to nothing), one warning per kind of schema deviation or of
// data tab has no place for. Returns nullopt if there was an error.
std::optional<DebateXmlImport> import_debatexml(std::string_view xml, const std::string& file, Diagnostics& diags);

// Every path write_debatexml_import() writes: the tournament's files, then the round files.
std::vector<std::string> debatexml_import_paths(const DebateXmlImport& imported);

// Writes the tournament and its round files through fs.write_atomic. False, with the reason in
// diags, at the first file that cannot be written.
bool write_debatexml_import(FileSystem& fs, const DebateXmlImport& imported, Diagnostics& diags);

// rounds/<id>/ballot_flags.csv: room,adjudicator,minority,ignored for the sheets with a flag set.
std::string ballot_flags_path(const std::string& round_id);

// The archive of the tournament directory at fs, valid against spec.xsd; nullopt (with
// diagnostics) if the tournament or one of its rounds cannot be read. Gender and e-mail
// addresses (personal data) are written only with include_contacts.
std::optional<std::string> export_debatexml(const FileSystem& fs, Diagnostics& diags, bool include_contacts = false);

}  // namespace tab

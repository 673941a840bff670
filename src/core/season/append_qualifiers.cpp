// Writing qualified teams into the next tournament without touching what is there: the new rows
// are made by the canonical writer (writer.hpp) for a small tournament holding only them, then
// rearranged into the target file's own columns and appended to its text.
#include <algorithm>
#include <set>

#include "tab/base/csv.hpp"
#include "tab/season/people.hpp"
#include "tab/season/qualify.hpp"
#include "tab/archive/writer.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

// The rows of canonical CSV text (header included) rearranged into `header`'s columns: a column
// matches by name, or by its name without a "speaker_" prefix.
std::vector<std::vector<std::string>> into_columns(const std::string& canonical, const std::vector<std::string>& header) {
    Diagnostics ignored;
    CsvTable table = parse_csv(canonical, "", ignored);
    std::vector<int> from;
    for (const std::string& name : header) {
        int c = table.column({name});
        if (c < 0 && name.rfind("speaker_", 0) == 0) c = table.column({std::string_view(name).substr(8)});
        from.push_back(c);
    }
    std::vector<std::vector<std::string>> rows;
    for (const CsvRow& row : table.rows) {
        std::vector<std::string> cells;
        for (int c : from) cells.push_back(table.cell(row, c));
        rows.push_back(std::move(cells));
    }
    return rows;
}

// Appends rows to a participant file (or creates it from the canonical text's header).
bool append_rows(FileSystem& fs, const std::string& path, const std::string& canonical,
                 std::initializer_list<std::string_view> required, Diagnostics& diags) {
    std::optional<std::string> text = fs.read(path);
    Diagnostics ignored;
    if (!text || parse_csv(*text, path, ignored).header.empty()) return write_file(fs, path, canonical, diags);
    CsvTable existing = parse_csv(*text, path, ignored);
    for (std::string_view column : required)
        if (existing.column({column}) < 0) {
            diags.error(path, 1, 0, message("diag.season.append_layout", {{"column", std::string(column)}}));
            return false;
        }
    std::vector<std::vector<std::string>> rows = into_columns(canonical, existing.header);
    if (rows.empty()) return true;
    const std::string eol = text->find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::string out = *text;
    if (!out.empty() && out.back() != '\n') out += eol;
    for (const auto& row : rows) out += csv_line(row) + eol;
    return write_file(fs, path, out, diags);
}

// The target's institution for a source institution: the same full name, else the same code
// (when its name is empty or equal); -1 when it must be added.
int matching_institution(const Tournament& target, const Institution& inst) {
    for (int i = 0; i < static_cast<int>(target.institutions.size()); ++i) {
        const Institution& t = target.institutions[static_cast<size_t>(i)];
        bool same_name = !inst.name.empty() && normalise_name(t.name) == normalise_name(inst.name);
        bool same_code = t.code == inst.code && (t.name.empty() || inst.name.empty() || same_name);
        if (same_name || same_code) return i;
    }
    return -1;
}

std::vector<std::string> known_only(const std::vector<std::string>& ids, auto known) {
    std::vector<std::string> out;
    for (const std::string& id : ids)
        if (known(id)) out.push_back(id);
    return out;
}

}  // namespace

std::string team_name_before_qualification(const Tournament& t, int team) {
    const Team& tm = t.teams[static_cast<size_t>(team)];
    if (tm.institution < 0) return tm.name;
    const std::string suffix = " (" + t.institutions[static_cast<size_t>(tm.institution)].code + ")";
    bool renamed = tm.name.size() > suffix.size() && tm.name.compare(tm.name.size() - suffix.size(), suffix.size(), suffix) == 0;
    return renamed ? tm.name.substr(0, tm.name.size() - suffix.size()) : tm.name;
}

bool append_qualifiers(FileSystem& target_fs, const Tournament& target, const QualificationStage& stage,
                       const std::vector<const Tournament*>& sources, const std::vector<Qualifier>& qualifiers,
                       QualifyReport* report, Diagnostics& diags) {
    std::set<std::string> ids, names, team_names, codes;
    for (const Speaker& s : target.speakers) {
        if (!s.id.empty()) ids.insert(s.id);
        names.insert(normalise_name(s.name));
    }
    for (const Team& t : target.teams) team_names.insert(normalise_name(t.name));
    for (const Institution& i : target.institutions) codes.insert(i.code);

    Tournament added;       // only what is new, written by the canonical writer
    Tournament referenced;  // the new teams with every institution they name
    referenced.institutions = target.institutions;
    for (const Qualifier& q : qualifiers) {
        const Tournament& src = *sources[static_cast<size_t>(q.source)];
        const Team& team = src.teams[static_cast<size_t>(q.team)];
        bool present = std::any_of(q.speakers.begin(), q.speakers.end(), [&](int s) {
            const Speaker& sp = src.speakers[static_cast<size_t>(s)];
            return (!sp.id.empty() && ids.count(sp.id)) || names.count(normalise_name(sp.name));
        });
        if (present) {
            report->present.push_back(team.name);
            continue;
        }
        int inst = -1;
        if (team.institution >= 0) {
            Institution source_inst = src.institutions[static_cast<size_t>(team.institution)];
            inst = matching_institution(referenced, source_inst);
            if (inst < 0) {
                std::string code = source_inst.code;
                for (int n = 2; codes.count(code); ++n) code = source_inst.code + "-" + std::to_string(n);
                source_inst.code = code;
                codes.insert(code);
                added.institutions.push_back(source_inst);
                referenced.institutions.push_back(source_inst);
                report->institutions.push_back(code);
                inst = static_cast<int>(referenced.institutions.size()) - 1;
            }
        }
        Team copy;
        copy.name = team.name;
        if (team_names.count(normalise_name(copy.name)) && inst >= 0)
            copy.name += " (" + referenced.institutions[static_cast<size_t>(inst)].code + ")";
        if (team_names.count(normalise_name(copy.name))) {
            report->present.push_back(copy.name);
            continue;
        }
        team_names.insert(normalise_name(copy.name));
        copy.institution = inst;
        copy.break_categories = !stage.break_categories.empty()
                                    ? stage.break_categories
                                    : known_only(team.break_categories, [&](const std::string& id) { return target.find_break_category(id) != nullptr; });
        for (int s : q.speakers) {
            Speaker sp = src.speakers[static_cast<size_t>(s)];
            sp.team = static_cast<int>(referenced.teams.size());
            sp.categories = known_only(sp.categories, [&](const std::string& id) {
                return std::any_of(target.speaker_categories.begin(), target.speaker_categories.end(),
                                   [&](const SpeakerCategory& c) { return c.id == id; });
            });
            if (!sp.id.empty()) ids.insert(sp.id);
            names.insert(normalise_name(sp.name));
            copy.speakers.push_back(static_cast<int>(referenced.speakers.size()));
            referenced.speakers.push_back(std::move(sp));
        }
        referenced.teams.push_back(std::move(copy));
        report->added.push_back(referenced.teams.back().name);
    }
    if (!added.institutions.empty() &&
        !append_rows(target_fs, target.files.institutions, institutions_csv_text(added), {"code"}, diags))
        return false;
    if (referenced.teams.empty()) return true;
    return append_rows(target_fs, target.files.teams, teams_csv_text(referenced), {"team", "speaker"}, diags);
}

}  // namespace tab

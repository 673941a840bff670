// import_debatexml(): parses the archive with pugixml, reads the participants, then the rounds,
// and settles the debate format.
//
// The format: the archive's style attribute names a preset where tab has one (bp, wsdc,
// australs, asians/uadc, apda, ld). Without one it is inferred from the debates: four sides is
// bp; two sides with three substantive speeches is australs, whose team ranking (wins, then the
// sum of speaker scores, speech scores averaged over the majority's ballots) is what Tabbycat
// uses to break two-team tournaments of this shape; two speeches is apda, one lincoln-douglas.
// A scale that does not hold every score of the archive is widened in [format] (and said so),
// because the archive's scores are facts, not entries to check.
//
// Break categories get the size of the first elimination round that names them, so that
// `tab break` reproduces the break that was held. The tournament seed comes from tab's own `seed`
// attribute, so that a round trip keeps the order of tied entries.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <map>

#include "archive/debatexml_internal.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/format.hpp"
#include "tab/archive/writer.hpp"

namespace tab {
namespace {

using detail::XmlReader;

const std::vector<std::string> schema_order = {"round", "participants", "institution", "motion", "venue",
                                               "question", "break-category", "speaker-category", "division"};

void check_order(pugi::xml_node root, XmlReader& reader) {
    size_t last = 0;
    for (pugi::xml_node c : root.children()) {
        if (c.type() != pugi::node_element) continue;
        auto it = std::find(schema_order.begin(), schema_order.end(), c.name());
        if (it == schema_order.end()) continue;
        const size_t at = static_cast<size_t>(it - schema_order.begin());
        if (at < last)
            reader.deviation(c, "element order",
                             message("diag.debatexml.element_order", {{"element", c.name()}, {"previous", schema_order[last]}}));
        last = std::max(last, at);
    }
}

std::string preset_of_style(const std::string& style) {
    if (style == "bp" || style == "wsdc" || style == "australs" || style == "apda") return style;
    if (style == "asians" || style == "uadc") return "asian";
    if (style == "ld") return "lincoln-douglas";
    return "";
}

// The preset the debates imply (see the essay at the top).
std::string infer_preset(pugi::xml_node root, XmlReader& reader) {
    size_t most_sides = 0;
    std::map<int, int> speeches;  // substantive speeches in a side -> sides
    for (pugi::xml_node r : root.children("round"))
        for (pugi::xml_node d : r.children("debate")) {
            size_t sides = 0;
            for (pugi::xml_node s : d.children("side")) {
                ++sides;
                int n = 0;
                for (pugi::xml_node sp : s.children("speech"))
                    if (!reader.boolean(sp, "reply", false)) ++n;
                if (n > 0) ++speeches[n];
            }
            most_sides = std::max(most_sides, sides);
        }
    if (most_sides == 4) return "bp";
    int usual = 3, count = 0;
    for (const auto& [n, sides] : speeches)
        if (sides > count) usual = n, count = sides;
    if (usual == 2) return "apda";
    if (usual == 1) return "lincoln-douglas";
    return "australs";
}

// A style attribute that every debate contradicts (style="bp" with two sides a debate) is an
// error at the first debate, naming both, rather than every round dropped with warnings. An
// archive where only some debates differ (a BP tournament with a two-team final) keeps the
// warning per kind that read_debate gives.
void check_style(pugi::xml_node root, XmlReader& reader, const std::string& style, const Format& format) {
    pugi::xml_node first;
    size_t first_sides = 0;
    int matching = 0, contradicting = 0;
    for (pugi::xml_node r : root.children("round"))
        for (pugi::xml_node d : r.children("debate")) {
            const auto sides = static_cast<size_t>(std::distance(d.children("side").begin(), d.children("side").end()));
            if (static_cast<int>(sides) == format.teams_per_debate) ++matching;
            else if (contradicting++ == 0) first = d, first_sides = sides;
        }
    if (matching > 0 || contradicting == 0) return;
    reader.error(first, message("diag.debatexml.style_contradicted", {{"style", style},
                                                                       {"sides", std::to_string(format.teams_per_debate)},
                                                                       {"found", std::to_string(first_sides)},
                                                                       {"n", std::to_string(contradicting)}}));
}

// Widens range so that it holds every score (hundredths); true if it had to.
bool widen(ScoreRange& range, const std::vector<int64_t>& scores) {
    if (std::all_of(scores.begin(), scores.end(), [&](int64_t s) { return range.accepts(static_cast<double>(s) / 100); }))
        return false;
    for (int64_t s : scores) {
        range.min = std::min(range.min, std::floor(static_cast<double>(s) / 100));
        range.max = std::max(range.max, std::ceil(static_cast<double>(s) / 100));
    }
    for (double step : {range.step, 1.0, 0.5, 0.25, 0.1, 0.05, 0.01}) {
        ScoreRange candidate = range;
        candidate.step = step;
        if (std::all_of(scores.begin(), scores.end(),
                        [&](int64_t s) { return candidate.accepts(static_cast<double>(s) / 100); })) {
            range = candidate;
            break;
        }
    }
    return true;
}

// The message that a scale was widened: entry `key` with the preset and the new bounds and step.
Message widened(const char* key, const std::string& preset, const ScoreRange& r) {
    return message(key, {{"preset", preset},
                         {"min", detail::decimal(std::llround(r.min * 100))},
                         {"max", detail::decimal(std::llround(r.max * 100))},
                         {"step", detail::decimal(std::llround(r.step * 100))}});
}

void settle_scales(pugi::xml_node root, XmlReader& reader, Format& f, const detail::ArchiveIds& ids) {
    if (widen(f.speaker_scores, ids.speech_scores))
        reader.deviation(root, "speaker scale", widened("diag.debatexml.speaker_scale", f.preset, f.speaker_scores));
    if (widen(f.reply_scores, ids.reply_scores))
        reader.deviation(root, "reply scale", widened("diag.debatexml.reply_scale", f.preset, f.reply_scores));
}

// The size of each break category: the teams of the first elimination round naming it; without
// one, the largest power of two of the teams eligible (at least 2, BP 4), said so.
void size_breaks(pugi::xml_node root, XmlReader& reader, Tournament& t,
                 const std::vector<std::pair<std::string, std::string>>& files) {
    for (BreakCategory& b : t.break_categories) {
        const auto eligible = std::count_if(t.teams.begin(), t.teams.end(), [&](const Team& team) {
            return std::find(team.break_categories.begin(), team.break_categories.end(), b.id) != team.break_categories.end();
        });
        b.size = t.format.is_bp() ? 4 : 2;  // the smallest break each kind of elimination can run
        while (b.size * 2 <= eligible) b.size *= 2;
        for (const Round& r : t.rounds) {
            if (r.stage != Stage::elimination || r.break_category != b.id) continue;
            for (const auto& [path, text] : files)
                if (path == draw_path(r.id))
                    b.size = (static_cast<int>(std::count(text.begin(), text.end(), '\n')) - 1) * t.format.teams_per_debate;
            break;
        }
        if (std::none_of(t.rounds.begin(), t.rounds.end(), [&](const Round& r) { return r.break_category == b.id; }))
            reader.deviation(root, "break size",
                             message("diag.debatexml.break_size", {{"size", std::to_string(b.size)}}));
    }
}

// Why pugixml could not parse the archive, in the catalogue's words (pugixml's own description is
// English only).
Message not_well_formed(pugi::xml_parse_status status) {
    static const std::map<pugi::xml_parse_status, const char*> problems = {
        {pugi::status_unrecognized_tag, "diag.debatexml.xml.unrecognized_tag"},
        {pugi::status_bad_pi, "diag.debatexml.xml.bad_pi"},
        {pugi::status_bad_comment, "diag.debatexml.xml.bad_comment"},
        {pugi::status_bad_cdata, "diag.debatexml.xml.bad_cdata"},
        {pugi::status_bad_doctype, "diag.debatexml.xml.bad_doctype"},
        {pugi::status_bad_pcdata, "diag.debatexml.xml.bad_pcdata"},
        {pugi::status_bad_start_element, "diag.debatexml.xml.bad_start_element"},
        {pugi::status_bad_attribute, "diag.debatexml.xml.bad_attribute"},
        {pugi::status_bad_end_element, "diag.debatexml.xml.bad_end_element"},
        {pugi::status_end_element_mismatch, "diag.debatexml.xml.end_element_mismatch"},
        {pugi::status_no_document_element, "diag.debatexml.xml.no_document_element"},
    };
    auto it = problems.find(status);
    const Message problem = message(it != problems.end() ? it->second : "diag.debatexml.xml.other",
                                    {{"status", std::to_string(static_cast<int>(status))}});
    return message("diag.debatexml.not_well_formed", {}, {{"problem", &problem}});
}

// The seed `tab export debatexml` writes (tab's own attribute; other archives have none: 0).
uint64_t read_seed(pugi::xml_node root, detail::XmlReader& reader) {
    const std::string text = reader.attr(root, "seed");
    uint64_t seed = 0;
    if (text.empty()) return seed;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seed);
    if (ec != std::errc() || end != text.data() + text.size())
        reader.error(root, message("diag.debatexml.bad_seed", {{"found", text}}));
    return seed;
}

}  // namespace

std::string ballot_flags_path(const std::string& round_id) { return round_dir(round_id) + "/ballot_flags.csv"; }

std::optional<DebateXmlImport> import_debatexml(std::string_view xml, const std::string& file, Diagnostics& diags) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    Diagnostics found;
    XmlReader reader(xml, file, found);
    if (!parsed) {
        // pugixml gives a byte offset; count lines and columns up to it.
        int line = 1, column = 1;
        for (ptrdiff_t i = 0; i < parsed.offset && i < static_cast<ptrdiff_t>(xml.size()); ++i)
            if (xml[static_cast<size_t>(i)] == '\n') ++line, column = 1;
            else ++column;
        diags.error(file, line, column, not_well_formed(parsed.status));
        return std::nullopt;
    }
    pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "tournament") {
        reader.error(root, message("diag.debatexml.not_tournament", {{"element", root.name()}}));
        diags.append(found);
        return std::nullopt;
    }
    reader.expect(root, {"name", "short", "style", "language", "start-date", "seed"},
                  {"round", "participants", "institution", "motion", "venue", "break-category", "speaker-category"});
    check_order(root, reader);

    DebateXmlImport out;
    Tournament& t = out.tournament;
    t.name = reader.attr(root, "name");
    t.short_name = reader.attr(root, "short");
    if (t.short_name.empty()) t.short_name = t.name;
    for (const std::string& lang : reader.refs(root, "language"))
        if (lang == "en" || lang == "kk" || lang == "ru") {
            t.language = lang;
            break;
        }
    t.start_date = parse_date(reader.attr(root, "start-date"));
    t.seed = read_seed(root, reader);
    std::string preset = preset_of_style(reader.attr(root, "style"));
    out.preset_inferred = preset.empty();
    if (preset.empty()) preset = infer_preset(root, reader);
    t.format = *preset_format(preset);
    if (!out.preset_inferred) check_style(root, reader, reader.attr(root, "style"), t.format);

    detail::ArchiveIds ids;
    detail::read_participants(root, reader, t, ids);
    if (!found.has_errors()) detail::read_rounds(root, reader, t, ids, out);
    for (const auto& [id, motion] : ids.motions)
        if (!ids.used_motions.count(id))
            reader.deviation(root.find_child_by_attribute("motion", "id", id.c_str()), "unused motion",
                             message("diag.debatexml.unused_motion"));
    for (const auto& [id, team] : ids.teams)
        if (!found.has_errors() && !ids.drawn_teams.count(team))
            reader.deviation(root.child("participants").find_child_by_attribute("team", "id", id.c_str()), "undrawn team",
                             message("diag.debatexml.undrawn_team"));
    settle_scales(root, reader, t.format, ids);
    size_breaks(root, reader, t, out.round_files);
    reader.flush_deviations();
    found.sort_by_position();
    diags.append(found);
    if (found.has_errors()) return std::nullopt;
    return out;
}

std::vector<std::string> debatexml_import_paths(const DebateXmlImport& imported) {
    std::vector<std::string> paths = tournament_file_paths(imported.tournament);
    for (const auto& [path, text] : imported.round_files) paths.push_back(path);
    return paths;
}

bool write_debatexml_import(FileSystem& fs, const DebateXmlImport& imported, Diagnostics& diags) {
    if (!write_tournament(fs, imported.tournament, diags)) return false;
    for (const auto& [path, text] : imported.round_files)
        if (!write_file(fs, path, text, diags)) return false;
    return true;
}

}  // namespace tab

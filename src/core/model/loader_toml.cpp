// tournament.toml: the tournament's identity, its format (a preset plus overrides), rounds,
// break and speaker categories, where the participant files are, and the settings tables of
// the subsystems ([draw], [standings], ...), which are checked against setting_specs().
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include <toml++/toml.h>

#include "loader_internal.hpp"
#include "tab/base/ids.hpp"
#include "tab/model/format.hpp"
#include "tab/model/toml_syntax.hpp"
#include "toml_reader.hpp"

namespace tab::detail {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

bool member(const std::vector<std::string>& items, const std::string& s) {
    for (const std::string& i : items)
        if (i == s) return true;
    return false;
}

// A number of a table, reported unless finite and within [least, most]: TOML allows inf and nan,
// and values such as 1e300 or a size of 2^31 would overflow what is computed from them.
std::optional<double> bounded_number(TomlReader& r, const char* key, double least, double most) {
    std::optional<double> v = r.number(key);
    if (!v) return std::nullopt;
    if (std::isfinite(*v) && *v >= least && *v <= most) return v;
    r.error_at(*r.node(key), message("diag.toml.number_range", {{"key", key}, {"where", r.where()}, {"found", fmt::format("{}", *v)},
                                                               {"least", fmt::format("{}", least)}, {"most", fmt::format("{}", most)}}));
    return std::nullopt;
}

std::optional<int> bounded_integer(TomlReader& r, const char* key, int least, int most, bool required = false) {
    std::optional<int64_t> v = r.integer(key, required);
    if (!v) return std::nullopt;
    if (*v >= least && *v <= most) return static_cast<int>(*v);
    r.error_at(*r.node(key), message("diag.toml.integer_range", {{"key", key}, {"where", r.where()}, {"found", std::to_string(*v)},
                                                                {"least", std::to_string(least)}, {"most", std::to_string(most)}}));
    return std::nullopt;
}

// Speaker and reply scores of any format lie well inside this.
constexpr double score_bound = 1e6;

void read_score_range(TomlReader& r, const char* key, ScoreRange& range) {
    const toml::node* n = r.node(key);
    if (!n) return;
    const toml::table* t = n->as_table();
    if (!t) {
        r.error_at(*n, toml_wrong_type(*n, key, "[format]", "toml.expected.score_range"));
        return;
    }
    TomlReader range_reader(*t, std::string("[format] ") + key, r.diags());
    if (auto v = bounded_number(range_reader, "min", -score_bound, score_bound)) range.min = *v;
    if (auto v = bounded_number(range_reader, "max", -score_bound, score_bound)) range.max = *v;
    if (auto v = bounded_number(range_reader, "step", 0, score_bound)) {
        if (*v > 0) range.step = *v;
        else range_reader.error_at(*range_reader.node("step"), message("diag.toml.zero_step", {{"where", range_reader.where()}}));
    }
    range_reader.finish();
    if (range.min >= range.max) range_reader.error_here(message("diag.toml.min_not_below_max", {{"key", key}}));
}

void read_format(TomlReader& top, Tournament& t) {
    const toml::node* n = top.node("format");
    if (!n) return;
    const toml::table* table = n->as_table();
    if (!table) {
        const Message type = toml_type(*n);
        top.error_at(*n, message("diag.toml.not_a_table", {{"key", "format"}}, {{"type", &type}}));
        return;
    }
    Format& f = t.format;
    TomlReader r(*table, "[format]", top.diags());
    if (auto v = r.integer("teams_per_debate")) {
        if (*v == 2 || *v == 4) f.teams_per_debate = static_cast<int>(*v);
        else r.error_at(*r.node("teams_per_debate"), message("diag.toml.teams_per_debate", {{"found", std::to_string(*v)}}));
    }
    if (auto v = r.integer("speakers_per_team")) {
        if (*v >= 1 && *v <= 8) f.speakers_per_team = static_cast<int>(*v);
        else r.error_at(*r.node("speakers_per_team"), message("diag.toml.speakers_per_team", {{"found", std::to_string(*v)}}));
    }
    if (auto v = r.boolean("reply")) f.reply = *v;
    read_score_range(r, "speaker_scores", f.speaker_scores);
    read_score_range(r, "reply_scores", f.reply_scores);
    if (auto v = r.strings("sides")) f.sides = *v;
    if (auto v = r.string("ballot_style")) {
        if (*v == "consensus") f.ballot_style = BallotStyle::consensus;
        else if (*v == "voting") f.ballot_style = BallotStyle::voting;
        else r.error_at(*r.node("ballot_style"), message("diag.toml.not_a_code", {{"key", "ballot_style"}, {"found", *v}, {"codes", "consensus, voting"}}));
    }
    if (auto v = r.boolean("speech_ranks")) f.speech_ranks = *v;
    if (auto v = r.boolean("low_point_wins")) f.low_point_wins = *v;
    if (auto v = r.boolean("scores_from_majority")) f.scores_from_majority = *v;
    if (auto v = bounded_number(r, "max_margin", 0, score_bound)) f.max_margin = *v;
    if (auto v = r.strings("team_precedence")) f.team_precedence = *v;
    if (auto v = r.strings("speaker_precedence")) f.speaker_precedence = *v;
    if (auto v = r.code<SideAllocation>("side_allocation", code_texts({SideAllocation::balance, SideAllocation::random,
                                                                        SideAllocation::alternate, SideAllocation::preallocated})))
        f.side_allocation = *v;
    if (auto v = bounded_integer(r, "max_side_imbalance", 0, 1000)) f.max_side_imbalance = *v;
    r.finish();
    if (static_cast<int>(f.sides.size()) != f.teams_per_debate)
        r.error_here(message("diag.toml.sides", {{"n", std::to_string(f.sides.size())}, {"teams", std::to_string(f.teams_per_debate)}}));
}

void read_files(TomlReader& top, Tournament& t) {
    const toml::node* n = top.node("files");
    if (!n) return;
    const toml::table* table = n->as_table();
    if (!table) {
        const Message type = toml_type(*n);
        top.error_at(*n, message("diag.toml.not_a_table", {{"key", "files"}}, {{"type", &type}}));
        return;
    }
    TomlReader r(*table, "[files]", top.diags());
    if (auto v = r.string("institutions")) t.files.institutions = *v;
    if (auto v = r.string("teams")) t.files.teams = *v;
    if (auto v = r.string("adjudicators")) t.files.adjudicators = *v;
    if (auto v = r.string("venues")) t.files.venues = *v;
    r.finish();
}

// Reads the keys of a settings table (or of a round) that setting_specs() declares.
void read_settings(TomlReader& r, const std::string& section, Settings& out, const std::vector<std::string>& core_keys) {
    std::vector<std::string> known = core_keys;
    for (const SettingSpec& spec : setting_specs()) {
        if (spec.section != section) continue;
        known.push_back(spec.key);
        std::optional<SettingValue> v = r.setting(spec.key.c_str(), spec.type);
        if (!v) continue;
        if (std::optional<Message> problem = setting_problem(spec, *v)) {
            r.error_at(*r.node(spec.key.c_str()),
                       message("diag.settings.bad_value", {{"key", spec.key}, {"where", r.where()}}, {{"problem", &*problem}}));
            continue;
        }
        out.set(spec.key, *v);
    }
    r.finish(known);
}

void read_motions(TomlReader& r, Round& round, const std::string& lang) {
    const toml::node* n = r.node("motions");
    if (!n) return;
    if (n->is_string()) {
        const std::string text = *n->value<std::string>();
        round.motions.push_back({"", text, LocalText{text, {}}});
        return;
    }
    const toml::array* a = n->as_array();
    if (!a) {
        r.error_at(*n, toml_wrong_type(*n, "motions", r.where(), "toml.expected.motions"));
        return;
    }
    for (const toml::node& item : *a) {
        if (item.is_string()) {
            const std::string text = *item.value<std::string>();
            round.motions.push_back({"", text, LocalText{text, {}}});
        } else if (const toml::table* mt = item.as_table()) {
            TomlReader m(*mt, r.where() + " motions", r.diags());
            Motion motion;
            motion.reference = m.string("reference").value_or("");
            motion.texts = m.local_text("text", lang, true).value_or(LocalText{});
            motion.text = motion.texts.plain;
            motion.info_slide = m.string("info_slide").value_or("");
            m.finish();
            round.motions.push_back(motion);
        } else {
            const Message type = toml_type(item);
            r.error_at(item, message("diag.toml.motion_type", {{"where", r.where()}}, {{"type", &type}}));
        }
    }
}

// Reads the required id of a round or category and reports one that cannot name a directory;
// bad_id is the key of that message ("diag.toml.round_id", ...).
std::string read_id(TomlReader& r, const char* bad_id) {
    std::string id = r.string("id", true).value_or("");
    if (const toml::node* n = r.node("id"); n && n->is_string())
        if (std::optional<Message> problem = invalid_id(id))
            r.error_at(*n, message(bad_id, {{"where", r.where()}}, {{"problem", &*problem}}));
    return id;
}

// Calls read for each [[key]] table, with a reader named after the entry ("[[rounds]] #2").
void for_each_entry(TomlReader& top, const char* key, const std::function<void(TomlReader&, const toml::table&)>& read) {
    const toml::node* n = top.node(key);
    if (!n) return;
    const toml::array* a = n->as_array();
    if (!a) {
        const Message type = toml_type(*n);
        top.error_at(*n, message("diag.toml.not_entries", {{"key", key}}, {{"type", &type}}));
        return;
    }
    int index = 0;
    for (const toml::node& item : *a) {
        ++index;
        const toml::table* table = item.as_table();
        if (!table) {
            const Message type = toml_type(item);
            top.error_at(item, message("diag.toml.entry_type", {{"key", key}}, {{"type", &type}}));
            continue;
        }
        TomlReader r(*table, "[[" + std::string(key) + "]] #" + std::to_string(index), top.diags());
        read(r, *table);
    }
}

void read_round(TomlReader& r, const toml::table& table, Tournament& t) {
    Round round;
    round.source_line = static_cast<int>(table.source().begin.line);
    round.id = read_id(r, "diag.toml.round_id");
    round.names = r.local_text("name", t.language).value_or(LocalText{round.id, {}});
    round.name = round.names.plain;
    if (auto stage = r.string("stage")) {
        if (*stage == "prelim" || *stage == "preliminary") round.stage = Stage::prelim;
        else if (*stage == "elimination" || *stage == "elim") round.stage = Stage::elimination;
        else r.error_at(*r.node("stage"), message("diag.toml.not_a_code", {{"key", "stage"}, {"found", *stage}, {"codes", "prelim, elimination"}}));
    }
    std::optional<DrawMethod> method = r.code<DrawMethod>("draw");
    read_motions(r, round, t.language);
    round.break_category = r.string("break_category").value_or("");
    if (auto w = bounded_number(r, "weight", 0, 1000)) round.weight = *w;
    if (auto s = r.boolean("silent")) round.silent = *s;
    read_settings(r, "round", round.settings, {});
    for (const Round& earlier : t.rounds)
        if (!round.id.empty() && earlier.id == round.id)
            r.error_here(message("diag.toml.round_twice", {{"id", round.id}}));
    round.draw_method = method ? *method : default_draw_method(round.stage, t.rounds.empty());
    t.rounds.push_back(std::move(round));
}

void read_break_category(TomlReader& r, const toml::table& table, Tournament& t) {
    BreakCategory c;
    c.source_line = static_cast<int>(table.source().begin.line);
    c.id = read_id(r, "diag.toml.break_category_id");
    c.names = r.local_text("name", t.language).value_or(LocalText{c.id, {}});
    c.name = c.names.plain;
    // A break larger than any tournament, or a size that would not fit in an int, is an error here;
    // a size missing or reported here is -1, which check_consistency does not report again.
    c.size = bounded_integer(r, "size", 0, 100000, true).value_or(-1);
    c.priority = bounded_integer(r, "priority", -1000000, 1000000).value_or(0);
    if (auto rule = r.code<BreakRule>("rule")) c.rule = *rule;
    c.reserve = bounded_integer(r, "reserve", 0, 100000).value_or(0);
    c.general = r.boolean("general").value_or(t.break_categories.empty());
    if (auto third = r.code<ThirdPlace>("third_place")) c.third_place = *third;
    r.finish();
    for (const BreakCategory& earlier : t.break_categories)
        if (!c.id.empty() && earlier.id == c.id)
            r.error_here(message("diag.toml.break_category_twice", {{"id", c.id}}));
    t.break_categories.push_back(std::move(c));
}

void read_speaker_category(TomlReader& r, Tournament& t) {
    SpeakerCategory c;
    c.id = read_id(r, "diag.toml.speaker_category_id");
    c.names = r.local_text("name", t.language).value_or(LocalText{c.id, {}});
    c.name = c.names.plain;
    r.finish();
    t.speaker_categories.push_back(std::move(c));
}

void read_start_date(TomlReader& top, Tournament& t) {
    const toml::node* n = top.node("start_date");
    if (!n) return;
    if (const toml::value<toml::date>* d = n->as_date()) {
        t.start_date = Date{d->get().year, d->get().month, d->get().day};
    } else if (n->is_string() && parse_date(*n->value<std::string>())) {
        t.start_date = parse_date(*n->value<std::string>());
    } else {
        top.error_at(*n, toml_wrong_type(*n, "start_date", "tournament.toml", "toml.expected.date"));
    }
}

// The names of the settings tables ([draw], [allocation], ...), from the specs.
std::vector<std::string> settings_sections() {
    std::vector<std::string> out;
    for (const SettingSpec& s : setting_specs())
        if (s.section != "round" && !member(out, s.section)) out.push_back(s.section);
    return out;
}

// [[certificates.signatures]] entries, and where the logo is named (the file is read later).
void read_certificate_design(TomlReader& r, CertificateDesign& design) {
    for_each_entry(r, "signatures", [&](TomlReader& e, const toml::table&) {
        design.signatures.push_back({e.string("name", true).value_or(""), e.string("role").value_or("")});
        e.finish();
    });
    if (const toml::node* logo = r.node("logo")) {
        design.logo_line = static_cast<int>(logo->source().begin.line);
        design.logo_column = static_cast<int>(logo->source().begin.column);
    }
}

void read_settings_tables(const toml::table& root, Tournament& t, Diagnostics& diags) {
    for (const std::string& section : settings_sections()) {
        const toml::node* n = root.get(section);
        if (!n) continue;
        const toml::table* table = n->as_table();
        if (!table) {
            const Message type = toml_type(*n);
            report_at(diags, n->source(), message("diag.toml.not_a_table", {{"key", section}}, {{"type", &type}}));
            continue;
        }
        TomlReader r(*table, "[" + section + "]", diags);
        if (section == "certificates") read_certificate_design(r, t.certificate_design);
        read_settings(r, section, t.settings.try_emplace(section, section).first->second, {});
    }
}

}  // namespace

bool read_tournament_toml(const std::string& text, Tournament& t, Diagnostics& diags) {
    toml::table root;
    try {
        root = toml::parse(std::string_view(text), std::string_view(tournament_file));
    } catch (const toml::parse_error& e) {
        const Message problem = toml_syntax_problem(e.description());
        report_at(diags, e.source(), message("diag.toml.syntax", {}, {{"problem", &problem}}));
        return false;
    }
    TomlReader r(root, "tournament.toml", diags);
    if (auto lang = r.string("language")) {
        if (member(tournament_languages(), *lang)) t.language = *lang;
        else r.error_at(*r.node("language"), message("diag.toml.not_a_code", {{"key", "language"}, {"found", *lang}, {"codes", "en, kk, ru"}}));
    }
    t.names = r.local_text("name", t.language, true).value_or(LocalText{});
    t.short_names = r.local_text("short_name", t.language).value_or(t.names);
    t.name = t.names.plain;
    t.short_name = t.short_names.plain;
    std::string preset = r.string("preset", true).value_or("bp");
    if (std::optional<Format> f = preset_format(preset)) {
        t.format = *f;
    } else {
        r.error_at(*r.node("preset"), message("diag.toml.not_a_code", {{"key", "preset"}, {"found", preset}, {"codes", join(preset_names())}}));
        t.format = *preset_format("bp");
    }
    if (auto seed = r.integer("seed")) t.seed = static_cast<uint64_t>(*seed);
    read_start_date(r, t);
    t.location = r.string("location").value_or("");
    read_format(r, t);
    read_files(r, t);
    for_each_entry(r, "rounds", [&](TomlReader& e, const toml::table& table) { read_round(e, table, t); });
    for_each_entry(r, "break_categories", [&](TomlReader& e, const toml::table& table) { read_break_category(e, table, t); });
    for_each_entry(r, "speaker_categories", [&](TomlReader& e, const toml::table&) { read_speaker_category(e, t); });
    read_settings_tables(root, t, diags);
    r.finish(settings_sections());
    return true;
}

}  // namespace tab::detail

// tournament.toml as a person should find it: every top-level key with a comment saying what it
// does, every [format] key shown (commented out, with the preset's value, unless the tournament
// overrides it, so a director sees what can be changed without opening the manual), the rounds
// and categories in order, and the settings tables of the subsystems with their unused keys
// listed as comments. The loader reads exactly this back (tests/unit/archive checks the round
// trip); the text depends only on the tournament, so the same tournament gives the same bytes.
//
// A fragment for a BP tournament that changes only the speaker scale:
//
//     preset = "bp"
//     [format]
//     # teams_per_debate = 4
//     speaker_scores = { min = 60, max = 90, step = 1 }
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "tab/model/settings.hpp"
#include "tab/archive/writer.hpp"

namespace tab {
namespace {

// A TOML basic string: quotes, backslashes and control characters escaped; UTF-8 kept as is.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                    out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
                else
                    out += c;
        }
    }
    return out + "\"";
}

// A key, bare when TOML allows it.
std::string key(std::string_view k) {
    bool bare = !k.empty();
    for (char c : k)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) bare = false;
    return bare ? std::string(k) : quoted(k);
}

// A name as tournament.toml gives it: a table by language when it has one, else the plain string
// (code that builds a tournament, an import, may set only the plain name).
std::string name_value(const std::string& plain, const LocalText& text) {
    if (!text.per_language()) return quoted(plain);
    std::string out = "{ ";
    for (const auto& [lang, given] : text.by_language) out += (out.size() > 2 ? ", " : "") + key(lang) + " = " + quoted(given);
    return out + " }";
}

// The shortest decimal that reads back as the same double; "1" for whole numbers.
std::string number(double v) { return fmt::format("{}", v); }

// As number(), but always a TOML float ("1.0"), so that a setting keeps its type on reading.
std::string floating(double v) {
    std::string s = number(v);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
    return out + "]";
}

std::string range(const ScoreRange& r) {
    return fmt::format("{{ min = {}, max = {}, step = {} }}", number(r.min), number(r.max), number(r.step));
}

std::string value(const SettingValue& v) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (const int64_t* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
    if (const double* d = std::get_if<double>(&v)) return floating(*d);
    if (const std::string* s = std::get_if<std::string>(&v)) return quoted(*s);
    return list(std::get<std::vector<std::string>>(v));
}

const char* boolean(bool b) { return b ? "true" : "false"; }

const char* ballot_style(BallotStyle s) { return s == BallotStyle::consensus ? "consensus" : "voting"; }

void write_identity(std::string& out, const Tournament& t) {
    out += "# A tournament for tab. Edit it freely; `tab check` reports every mistake.\n";
    out += "# The participants are in the CSV files named under [files].\n\n";
    out += "name = " + name_value(t.name, t.names) + "\n";
    out += "short_name = " + name_value(t.short_name, t.short_names) + "\n";
    out += "# The debate format: bp, wsdc, australs, asian, apda, karl-popper, lincoln-douglas or\n";
    out += "# public-forum. Any of its rules can be changed in [format] below.\n";
    out += "preset = " + quoted(t.format.preset) + "\n";
    out += "# Drives every random choice: the same files and the same seed give the same draw.\n";
    out += fmt::format("seed = {}\n", t.seed);
    out += "# Language of printed output: en, kk or ru.\n";
    out += "language = " + quoted(t.language) + "\n";
    if (t.start_date)
        out += fmt::format("start_date = {:04}-{:02}-{:02}\n", t.start_date->year, t.start_date->month,
                           t.start_date->day);
    else
        out += "# start_date = 2025-01-31\n";
    out += (t.location.empty() ? "# location = \"City, venue\"" : "location = " + quoted(t.location)) + "\n";
}

// One [format] line: commented out when it repeats the preset's value.
void format_line(std::string& out, const char* name, const std::string& mine, const std::string& preset) {
    out += fmt::format("{}{} = {}\n", mine == preset ? "# " : "", name, mine);
}

void write_format(std::string& out, const Format& f) {
    const Format p = preset_format(f.preset).value_or(f);
    out += "\n# The rules of the format. A commented line shows the preset's value; remove the '#'\n";
    out += "# and change the value to override it.\n";
    out += "[format]\n";
    format_line(out, "teams_per_debate", std::to_string(f.teams_per_debate), std::to_string(p.teams_per_debate));
    format_line(out, "speakers_per_team", std::to_string(f.speakers_per_team), std::to_string(p.speakers_per_team));
    format_line(out, "reply", boolean(f.reply), boolean(p.reply));
    format_line(out, "speaker_scores", range(f.speaker_scores), range(p.speaker_scores));
    format_line(out, "reply_scores", range(f.reply_scores), range(p.reply_scores));
    format_line(out, "sides", list(f.sides), list(p.sides));
    format_line(out, "ballot_style", quoted(ballot_style(f.ballot_style)), quoted(ballot_style(p.ballot_style)));
    format_line(out, "speech_ranks", boolean(f.speech_ranks), boolean(p.speech_ranks));
    format_line(out, "low_point_wins", boolean(f.low_point_wins), boolean(p.low_point_wins));
    format_line(out, "scores_from_majority", boolean(f.scores_from_majority), boolean(p.scores_from_majority));
    format_line(out, "max_margin", number(f.max_margin), number(p.max_margin));
    format_line(out, "team_precedence", list(f.team_precedence), list(p.team_precedence));
    format_line(out, "speaker_precedence", list(f.speaker_precedence), list(p.speaker_precedence));
    format_line(out, "side_allocation", quoted(code_text(f.side_allocation)), quoted(code_text(p.side_allocation)));
    format_line(out, "max_side_imbalance", std::to_string(f.max_side_imbalance),
                std::to_string(p.max_side_imbalance));
}

void write_files(std::string& out, const ParticipantFiles& files) {
    out += "\n# The participant files, relative to this directory.\n";
    out += "[files]\n";
    out += "institutions = " + quoted(files.institutions) + "\n";
    out += "teams = " + quoted(files.teams) + "\n";
    out += "adjudicators = " + quoted(files.adjudicators) + "\n";
    out += "venues = " + quoted(files.venues) + "\n";
}

void write_motions(std::string& out, const std::vector<Motion>& motions) {
    bool references = false;
    for (const Motion& m : motions)
        references = references || !m.reference.empty() || m.texts.per_language() || !m.info_slide.empty();
    if (!references) {
        std::vector<std::string> texts;
        for (const Motion& m : motions) texts.push_back(m.text);
        out += "motions = " + list(texts) + "\n";
        return;
    }
    out += "motions = [\n";
    for (const Motion& m : motions)
        out += "  { reference = " + quoted(m.reference) + ", text = " + name_value(m.text, m.texts) +
               (m.info_slide.empty() ? "" : ", info_slide = " + quoted(m.info_slide)) + " },\n";
    out += "]\n";
}

void write_settings(std::string& out, const Settings& s) {
    for (const auto& [k, v] : s.values()) out += key(k) + " = " + value(v) + "\n";
}

void write_rounds(std::string& out, const std::vector<Round>& rounds) {
    out += "\n# The rounds in order. stage: prelim or elimination. draw: random, power, seeded,\n";
    out += "# round-robin, manual or elimination. motions: texts, or { reference = \"...\", text = \"...\" }.\n";
    if (rounds.empty()) out += "# [[rounds]]\n# id = \"R1\"\n# name = \"Round 1\"\n# stage = \"prelim\"\n";
    for (const Round& r : rounds) {
        out += "\n[[rounds]]\n";
        out += "id = " + quoted(r.id) + "\n";
        out += "name = " + name_value(r.name, r.names) + "\n";
        out += std::string("stage = ") + (r.stage == Stage::prelim ? "\"prelim\"" : "\"elimination\"") + "\n";
        out += "draw = " + quoted(code_text(r.draw_method)) + "\n";
        write_motions(out, r.motions);
        if (!r.break_category.empty()) out += "break_category = " + quoted(r.break_category) + "\n";
        if (r.weight != 1) out += "weight = " + number(r.weight) + "\n";
        if (r.silent) out += "silent = true\n";
        write_settings(out, r.settings);
    }
}

void write_break_categories(std::string& out, const std::vector<BreakCategory>& categories) {
    out += "\n# Break categories. rule: standard, aida-1996, aida-2016-australs, aida-2016-easters or\n";
    out += "# aida-2019-australs-open. A higher priority breaks first; general = every team is eligible.\n";
    for (const BreakCategory& c : categories) {
        out += "\n[[break_categories]]\n";
        out += "id = " + quoted(c.id) + "\n";
        out += "name = " + name_value(c.name, c.names) + "\n";
        out += fmt::format("size = {}\npriority = {}\n", c.size, c.priority);
        out += "rule = " + quoted(code_text(c.rule)) + "\n";
        if (c.reserve != 0) out += fmt::format("reserve = {}\n", c.reserve);
        out += std::string("general = ") + boolean(c.general) + "\n";
        if (c.third_place != ThirdPlace::none) out += "third_place = " + quoted(code_text(c.third_place)) + "\n";
    }
}

void write_speaker_categories(std::string& out, const std::vector<SpeakerCategory>& categories) {
    if (categories.empty()) return;
    out += "\n# Speaker categories, for separate speaker tabs and awards.\n";
    for (const SpeakerCategory& c : categories)
        out += "\n[[speaker_categories]]\nid = " + quoted(c.id) + "\nname = " + name_value(c.name, c.names) + "\n";
}

// The settings tables: the tournament's values, then every other known key as a comment.
void write_settings_tables(std::string& out, const Tournament& t) {
    std::vector<std::string> sections;
    for (const SettingSpec& spec : setting_specs())
        if (spec.section != "round" && std::find(sections.begin(), sections.end(), spec.section) == sections.end())
            sections.push_back(spec.section);
    for (const std::string& section : sections) {
        const Settings& mine = t.section(section);
        out += "\n";
        out += (mine.values().empty() ? "# [" : "[") + section + "]\n";
        write_settings(out, mine);
        for (const SettingSpec& spec : setting_specs()) {
            if (spec.section != section || mine.has(spec.key)) continue;
            out += "# " + key(spec.key) + " = ...  # " + spec.help;
            if (!spec.choices.empty()) out += " (" + fmt::format("{}", fmt::join(spec.choices, ", ")) + ")";
            out += "; default " + default_text(spec);
            out += "\n";
        }
    }
}

}  // namespace

std::string tournament_toml_text(const Tournament& t) {
    std::string out;
    write_identity(out, t);
    write_format(out, t.format);
    write_files(out, t.files);
    write_rounds(out, t.rounds);
    write_break_categories(out, t.break_categories);
    write_speaker_categories(out, t.speaker_categories);
    write_settings_tables(out, t);
    return out;
}

}  // namespace tab

// season.toml, read with the same TomlReader as tournament.toml so that wrong types and unknown
// keys get the same positioned messages. TomlReader names tournament.toml in its diagnostics;
// they are collected apart and renamed to season.toml before they reach the caller.
#include <toml++/toml.h>

#include <set>

#include "model/toml_reader.hpp"
#include "tab/season/season.hpp"
#include "tab/model/toml_syntax.hpp"
#include "tab/translate/translate.hpp"

namespace tab {
namespace {

using detail::TomlReader;

// key's entry about a node of the wrong type, the type said as TOML's readers do ({type@}).
Message season_wrong_type(std::string_view key, MessageArgs args, const toml::node& node) {
    const Message type = detail::toml_type(node);
    return message(key, std::move(args), {{"type", &type}});
}

// Each table of the array `key` of the root, with its own reader; non-tables are reported.
template <typename ReadOne>
void read_array_of_tables(TomlReader& root, const char* key, ReadOne read_one) {
    const toml::node* n = root.node(key);
    if (!n) return;
    const toml::array* array = n->as_array();
    if (!array) {
        root.error_at(*n, season_wrong_type("diag.season.not_tables", {{"key", key}}, *n));
        return;
    }
    int index = 0;
    for (const toml::node& item : *array) {
        ++index;
        const toml::table* table = item.as_table();
        if (!table) {
            root.error_at(item, season_wrong_type("diag.season.entry_not_table", {{"key", key}}, item));
            continue;
        }
        TomlReader r(*table, "[[" + std::string(key) + "]] #" + std::to_string(index), root.diags());
        read_one(r, static_cast<int>(table->source().begin.line));
        r.finish();
    }
}

// A count of teams or speakers; a negative one is reported (and kept, so that it is not also
// taken for a stage that qualifies nobody).
int non_negative(TomlReader& r, const char* key) {
    std::optional<int64_t> v = r.integer(key);
    if (!v) return 0;
    if (*v < 0)
        r.error_at(*r.node(key), message("diag.season.negative", {{"key", key}, {"where", r.where()}, {"found", std::to_string(*v)}}));
    return static_cast<int>(*v);
}

std::vector<int> points_list(TomlReader& r, const char* key, std::vector<int> fallback) {
    const toml::node* n = r.node(key);
    if (!n) return fallback;
    const toml::array* array = n->as_array();
    std::vector<int> out;
    if (array)
        for (const toml::node& item : *array) {
            if (!item.is_integer() || *item.value<int64_t>() < 0) {
                r.error_at(item, item.is_integer()
                                          ? message("diag.season.points_entry_negative",
                                                    {{"key", key}, {"found", std::to_string(*item.value<int64_t>())}})
                                          : season_wrong_type("diag.season.points_entry_type", {{"key", key}}, item));
                continue;
            }
            out.push_back(static_cast<int>(*item.value<int64_t>()));
        }
    else
        r.error_at(*n, season_wrong_type("diag.season.points_not_list", {{"key", key}}, *n));
    return out;
}

void check_references(const Season& s, Diagnostics& diags) {
    std::set<std::string> ids;
    for (const SeasonTournament& t : s.tournaments)
        if (!ids.insert(t.id).second)
            diags.error(season_file, t.source_line, 1, message("diag.season.duplicate_tournament", {{"id", t.id}}));
    auto known = [&](const std::string& id) { return ids.count(id) > 0; };
    for (const QualificationStage& st : s.stages) {
        for (const std::string& id : st.from)
            if (!known(id))
                diags.error(season_file, st.source_line, 1, message("diag.season.from_unknown", {{"stage", st.id}, {"found", id}}));
        if (!known(st.into))
            diags.error(season_file, st.source_line, 1, message("diag.season.into_unknown", {{"stage", st.id}, {"found", st.into}}));
        for (const std::string& id : st.from)
            if (id == st.into)
                diags.error(season_file, st.source_line, 1, message("diag.season.into_itself", {{"stage", st.id}, {"found", id}}));
        if (st.from.empty())
            diags.error(season_file, st.source_line, 1, message("diag.season.no_from", {{"stage", st.id}}));
        if (st.places == 0 && st.best_speakers == 0 && st.per_district == 0)
            diags.warning(season_file, st.source_line, 1, message("diag.season.nobody", {{"stage", st.id}}));
    }
}

// [table] tournaments = [...]: each must be a tournament of the season (read before [table]).
std::vector<std::string> table_tournaments(TomlReader& t, const Season& s) {
    std::vector<std::string> ids = t.strings("tournaments").value_or(std::vector<std::string>{});
    auto check = [&](const toml::node& item) {
        std::optional<std::string> id = item.value<std::string>();
        if (id && !s.find_tournament(*id))
            t.error_at(item, message("diag.season.table_unknown_tournament", {{"found", *id}}));
    };
    const toml::node* n = t.node("tournaments");
    if (const toml::array* array = n ? n->as_array() : nullptr)
        for (const toml::node& item : *array) check(item);
    else if (n)
        check(*n);
    return ids;
}

}  // namespace

const SeasonTournament* Season::find_tournament(std::string_view id) const {
    for (const SeasonTournament& t : tournaments)
        if (t.id == id) return &t;
    return nullptr;
}

const QualificationStage* Season::find_stage(std::string_view id) const {
    for (const QualificationStage& s : stages)
        if (s.id == id) return &s;
    return nullptr;
}

std::optional<Season> load_season(const FileSystem& fs, Diagnostics& out) {
    std::optional<std::string> text = fs.read(season_file);
    if (!text) {
        out.error(season_file, 0, 0, message("diag.season.no_file"));
        return std::nullopt;
    }
    Diagnostics diags;
    Season s;
    toml::table root;
    bool parsed = true;
    try {
        root = toml::parse(std::string_view(*text), std::string_view(season_file));
    } catch (const toml::parse_error& e) {
        const Message problem = toml_syntax_problem(e.description());
        diags.error(season_file, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                    message("diag.season.not_toml", {}, {{"problem", &problem}}));
        parsed = false;
    }
    if (parsed) {
        TomlReader r(root, "season.toml", diags);
        s.name = r.string("name", true).value_or("");
        if (std::optional<std::string> lang = r.string("language")) {
            if (*lang == "en" || *lang == "kk" || *lang == "ru") s.language = *lang;
            else r.error_at(*r.node("language"), message("diag.season.bad_language", {{"found", *lang}}));
        }
        read_array_of_tables(r, "tournaments", [&](TomlReader& t, int line) {
            SeasonTournament st;
            st.id = t.string("id", true).value_or("");
            st.path = t.string("path").value_or(st.id);
            st.district = t.string("district").value_or("");
            st.source_line = line;
            s.tournaments.push_back(std::move(st));
        });
        read_array_of_tables(r, "stages", [&](TomlReader& t, int line) {
            QualificationStage st;
            st.id = t.string("id", true).value_or("");
            st.from = t.strings("from").value_or(std::vector<std::string>{});
            st.into = t.string("into", true).value_or("");
            st.places = non_negative(t, "places");
            st.best_speakers = non_negative(t, "best_speakers");
            st.per_district = non_negative(t, "per_district");
            st.break_categories = t.strings("break_categories").value_or(std::vector<std::string>{});
            st.source_line = line;
            s.stages.push_back(std::move(st));
        });
        if (const toml::node* n = r.node("table")) {
            if (const toml::table* table = n->as_table()) {
                TomlReader t(*table, "[table]", diags);
                s.table.tournaments = table_tournaments(t, s);
                s.table.place_points = points_list(t, "place_points", s.table.place_points);
                s.table.speaker_points = points_list(t, "speaker_points", s.table.speaker_points);
                t.finish();
            } else {
                r.error_at(*n, season_wrong_type("diag.season.table_not_table", {}, *n));
            }
        }
        r.finish();
        check_references(s, diags);
    }
    for (Diagnostic d : diags.all()) {
        d.file = season_file;
        out.add(d);
    }
    if (!parsed) return std::nullopt;
    return s;
}

}  // namespace tab

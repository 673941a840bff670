// Reading the --state document and writing the draw as JSON (shapes in tab/draw/draw_json.hpp and
// docs/formats.md). nlohmann::json's exceptions are caught here and become diagnostics.
#include "tab/draw/draw_json.hpp"
#include "tab/bp/bp_draw.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "tab/model/settings.hpp"
#include "tab/translate/translate.hpp"
#include "json_syntax.hpp"

namespace tab {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// 1-based line and column of a byte offset.
std::pair<int, int> position(const std::string& text, size_t offset) {
    int line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// What a value is, as a message to nest ("a string", "a list", ...).
Message kind(const json& v) {
    if (v.is_string()) return message("json.type.string");
    if (v.is_boolean()) return message("json.type.boolean");
    if (v.is_number()) return message("json.type.number");
    if (v.is_array()) return message("json.type.array");
    if (v.is_object()) return message("json.type.object");
    return message("json.type.null");
}

// "expected an object, found a list" and the like.
Message not_an_object(const json& v) {
    const Message found = kind(v);
    return message("diag.state.not_object", {}, {{"type", &found}});
}

class StateReader {
public:
    StateReader(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

    // where is a JSON pointer ("/teams/3/id"): it stays as written in every language.
    void problem(const std::string& where, const Message& what) {
        diags_.error(file_, 0, 0, message("diag.state.at", {{"pointer", where}}, {{"problem", &what}}));
    }
    // expected: a "json.expected.*" key.
    template <typename T>
    bool get(const json& obj, const std::string& key, const std::string& where, T& out, bool (json::*check)() const,
             const char* expected) {
        if (!obj.contains(key)) return false;
        const json& v = obj[key];
        if (!(v.*check)()) {
            const Message wanted = message(expected), found = kind(v);
            problem(where + key, message("diag.state.wrong_type", {}, {{"expected", &wanted}, {"type", &found}}));
            return false;
        }
        out = v.get<T>();
        return true;
    }
    // Every key of `obj` must be one of `known`; `where` is the object's JSON pointer.
    void known_keys(const json& obj, const std::string& where, const std::vector<std::string>& known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) != known.end()) continue;
            std::string expected;
            for (const std::string& k : known) expected += (expected.empty() ? "" : ", ") + k;
            problem(where + "/" + it.key(), message("diag.state.unknown_key", {{"known", expected}}));
        }
    }
    void side_history(const json& t, const std::string& where, TeamState& team, size_t sides) {
        team.side_history.assign(sides, 0);
        if (!t.contains("side_history")) return;
        const json& h = t["side_history"];
        bool ok = h.is_array() && h.size() == sides;
        for (size_t i = 0; ok && i < h.size(); ++i) ok = h[i].is_number_integer() && h[i].get<int>() >= 0;
        if (!ok) {
            problem(where + "side_history", message("diag.state.side_history", {{"n", std::to_string(sides)}, {"found", h.dump()}}));
            return;
        }
        team.side_history = h.get<std::vector<int>>();
    }
    void opponents(const json& t, const std::string& where, TeamState& team) {
        if (!t.contains("opponents")) return;
        const json& o = t["opponents"];
        if (!o.is_array() || !std::all_of(o.begin(), o.end(), [](const json& x) { return x.is_string(); })) {
            problem(where + "opponents", message("diag.state.opponents", {{"found", o.dump()}}));
            return;
        }
        team.opponents = o.get<std::vector<std::string>>();
    }
    void options(const json& state, DrawRequest& req) {
        if (!state.contains("options")) return;
        const json& o = state["options"];
        if (!o.is_object()) {
            problem("/options", not_an_object(o));
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const json& v = it.value();
            const std::string where = "/options/" + it.key();
            std::optional<SettingValue> value;
            if (!is_draw_option(it.key())) problem(where, message("diag.state.unknown_option"));
            else if (v.is_boolean()) value = v.get<bool>();
            else if (v.is_number_integer()) value = v.get<int64_t>();
            else if (v.is_number()) value = v.get<double>();
            else if (v.is_string()) value = v.get<std::string>();
            else {
                const Message found = kind(v);
                problem(where, message("diag.state.option_type", {}, {{"type", &found}}));
            }
            if (!value) continue;
            if (std::optional<Message> bad = setting_problem(*find_setting_spec("draw", it.key()), *value))
                problem(where, *bad);
            else req.options.set(it.key(), *value);
        }
    }

private:
    std::string file_;
    Diagnostics& diags_;
};

}  // namespace

bool is_draw_option(const std::string& key) {
    return find_setting_spec("draw", key) != nullptr && key != "method";
}

std::optional<DrawRequest> read_draw_state(const std::string& text, const std::string& file, Diagnostics& diags) {
    json state;
    try {
        state = json::parse(text);
    } catch (const json::parse_error& e) {
        auto [line, column] = position(text, e.byte == 0 ? 0 : e.byte - 1);
        const Message problem = json_syntax_problem(e.what());
        diags.error(file, line, column, message("diag.state.syntax", {}, {{"problem", &problem}}));
        return std::nullopt;
    }
    int errors_before = diags.error_count();
    StateReader r(file, diags);
    if (!state.is_object()) {
        r.problem("/", not_an_object(state));
        return std::nullopt;
    }
    DrawRequest req;
    std::string preset = "australs";
    r.known_keys(state, "", {"preset", "method", "seed", "round", "round_number", "options", "teams"});
    r.get(state, "preset", "/", preset, &json::is_string, "json.expected.preset");
    if (std::optional<Format> f = preset_format(preset)) req.format = *f;
    else r.problem("/preset", message("diag.state.unknown_preset", {{"found", preset}}));
    std::string method = "power";
    if (r.get(state, "method", "/", method, &json::is_string, "json.expected.method")) {
        const std::vector<std::string> generators = code_texts({DrawMethod::power, DrawMethod::tabbycat, DrawMethod::random,
                                                                DrawMethod::seeded, DrawMethod::round_robin});
        std::optional<DrawMethod> m = parse_code<DrawMethod>(method);
        if (m && is_two_team_generator(*m)) req.method = *m;
        else r.problem("/method", message("diag.state.unknown_method", {{"found", method}, {"codes", fmt::format("{}", fmt::join(generators, ", "))}}));
    }
    r.get(state, "seed", "/", req.seed, &json::is_number_unsigned, "json.expected.seed");
    req.round_id = "R1";
    r.get(state, "round", "/", req.round_id, &json::is_string, "json.expected.round");
    r.get(state, "round_number", "/", req.round_number, &json::is_number_integer, "json.expected.integer");
    r.options(state, req);

    if (!state.contains("teams") || !state["teams"].is_array()) {
        r.problem("/teams", message("diag.state.no_teams"));
        return std::nullopt;
    }
    size_t sides = req.format.sides.empty() ? 2 : req.format.sides.size();
    for (size_t i = 0; i < state["teams"].size(); ++i) {
        const json& t = state["teams"][i];
        const std::string where = "/teams/" + std::to_string(i) + "/";
        if (!t.is_object()) {
            r.problem("/teams/" + std::to_string(i), not_an_object(t));
            continue;
        }
        r.known_keys(t, "/teams/" + std::to_string(i),
                     {"id", "institution", "points", "speaks", "side_history", "opponents", "pullups", "byes", "seed",
                      "allocated_side"});
        TeamState team;
        if (!r.get(t, "id", where, team.id, &json::is_string, "json.expected.team") || team.id.empty())
            r.problem(where + "id", message("diag.state.empty_team_id"));
        r.get(t, "institution", where, team.institution, &json::is_string, "json.expected.institution");
        r.get(t, "points", where, team.points, &json::is_number, "json.expected.number");
        r.get(t, "speaks", where, team.speaks, &json::is_number, "json.expected.number");
        r.get(t, "pullups", where, team.pullups, &json::is_number_integer, "json.expected.integer");
        r.get(t, "byes", where, team.byes, &json::is_number_integer, "json.expected.integer");
        r.get(t, "seed", where, team.seed, &json::is_number, "json.expected.number");
        r.side_history(t, where, team, sides);
        r.opponents(t, where, team);
        std::string side;
        if (r.get(t, "allocated_side", where, side, &json::is_string, "json.expected.side")) {
            auto it = std::find(req.format.sides.begin(), req.format.sides.end(), side);
            if (it == req.format.sides.end()) r.problem(where + "allocated_side", message("diag.state.unknown_side", {{"found", side}}));
            else team.allocated_side = static_cast<int>(it - req.format.sides.begin());
        }
        for (const TeamState& other : req.teams)
            if (!team.id.empty() && other.id == team.id) r.problem(where + "id", message("diag.state.team_twice", {{"team", team.id}}));
        req.teams.push_back(std::move(team));
    }
    if (diags.error_count() > errors_before) return std::nullopt;
    return req;
}

std::string draw_state_to_json(const DrawRequest& req) {
    ordered_json options = ordered_json::object();
    for (const auto& [key, value] : req.options.values())
        std::visit([&](const auto& v) { options[key] = v; }, value);
    ordered_json teams = ordered_json::array();
    for (const TeamState& t : req.teams) {
        ordered_json team = {{"id", t.id},           {"institution", t.institution}, {"points", t.points},
                     {"speaks", t.speaks},   {"side_history", t.side_history}, {"opponents", t.opponents},
                     {"pullups", t.pullups}, {"byes", t.byes},               {"seed", t.seed}};
        if (t.allocated_side >= 0) team["allocated_side"] = req.format.sides[t.allocated_side];
        teams.push_back(team);
    }
    ordered_json state = {{"preset", req.format.preset}, {"method", code_text(req.method)},       {"seed", req.seed},
                  {"round", req.round_id},       {"round_number", req.round_number}, {"options", options},
                  {"teams", teams}};
    return state.dump(2) + "\n";
}

}  // namespace tab

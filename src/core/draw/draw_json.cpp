// Reading the --state document and writing the draw as JSON (shapes in tab/draw/draw_json.hpp and
// docs/formats.md). nlohmann::json's exceptions are caught here and become diagnostics.
#include "tab/draw/draw_json.hpp"
#include "tab/bp/bp_draw.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "tab/model/settings.hpp"

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

const char* kind(const json& v) {
    if (v.is_string()) return "a string";
    if (v.is_boolean()) return "true/false";
    if (v.is_number()) return "a number";
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
}

class StateReader {
public:
    StateReader(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

    void problem(const std::string& where, const std::string& message) {
        diags_.error(file_, 0, 0, where + ": " + message);
    }
    template <typename T>
    bool get(const json& obj, const std::string& key, const std::string& where, T& out, bool (json::*check)() const,
             const char* expected) {
        if (!obj.contains(key)) return false;
        const json& v = obj[key];
        if (!(v.*check)()) {
            problem(where + key, std::string("expected ") + expected + ", found " + kind(v));
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
            problem(where + "/" + it.key(), "unknown key, expected one of: " + expected);
        }
    }
    void side_history(const json& t, const std::string& where, TeamState& team, size_t sides) {
        team.side_history.assign(sides, 0);
        if (!t.contains("side_history")) return;
        const json& h = t["side_history"];
        bool ok = h.is_array() && h.size() == sides;
        for (size_t i = 0; ok && i < h.size(); ++i) ok = h[i].is_number_integer() && h[i].get<int>() >= 0;
        if (!ok) {
            problem(where + "side_history", "expected a list of " + std::to_string(sides) + " counts, found " + h.dump());
            return;
        }
        team.side_history = h.get<std::vector<int>>();
    }
    void opponents(const json& t, const std::string& where, TeamState& team) {
        if (!t.contains("opponents")) return;
        const json& o = t["opponents"];
        if (!o.is_array() || !std::all_of(o.begin(), o.end(), [](const json& x) { return x.is_string(); })) {
            problem(where + "opponents", "expected a list of team ids, found " + o.dump());
            return;
        }
        team.opponents = o.get<std::vector<std::string>>();
    }
    void options(const json& state, DrawRequest& req) {
        if (!state.contains("options")) return;
        const json& o = state["options"];
        if (!o.is_object()) {
            problem("/options", std::string("expected an object, found ") + kind(o));
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const json& v = it.value();
            const std::string where = "/options/" + it.key();
            std::optional<SettingValue> value;
            if (!is_draw_option(it.key())) problem(where, "unknown option");
            else if (v.is_boolean()) value = v.get<bool>();
            else if (v.is_number_integer()) value = v.get<int64_t>();
            else if (v.is_number()) value = v.get<double>();
            else if (v.is_string()) value = v.get<std::string>();
            else problem(where, std::string("expected a string, number or true/false, found ") + kind(v));
            if (!value) continue;
            if (std::optional<std::string> bad = setting_problem(*find_setting_spec("draw", it.key()), *value))
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
        std::string what = e.what();
        diags.error(file, line, column, "not valid JSON: " + what.substr(what.find(':') + 2));
        return std::nullopt;
    }
    int errors_before = diags.error_count();
    StateReader r(file, diags);
    if (!state.is_object()) {
        r.problem("/", std::string("expected an object, found ") + kind(state));
        return std::nullopt;
    }
    DrawRequest req;
    std::string preset = "australs";
    r.known_keys(state, "", {"preset", "method", "seed", "round", "round_number", "options", "teams"});
    r.get(state, "preset", "/", preset, &json::is_string, "a preset name");
    if (std::optional<Format> f = preset_format(preset)) req.format = *f;
    else r.problem("/preset", "unknown preset '" + preset + "'");
    std::string method = "power";
    if (r.get(state, "method", "/", method, &json::is_string, "a draw method")) {
        const std::vector<std::string> generators = code_texts({DrawMethod::power, DrawMethod::tabbycat, DrawMethod::random,
                                                                DrawMethod::seeded, DrawMethod::round_robin});
        std::optional<DrawMethod> m = parse_code<DrawMethod>(method);
        if (m && is_two_team_generator(*m)) req.method = *m;
        else r.problem("/method", "unknown draw method '" + method + "'; expected one of: " + fmt::format("{}", fmt::join(generators, ", ")));
    }
    r.get(state, "seed", "/", req.seed, &json::is_number_unsigned, "a non-negative whole number");
    req.round_id = "R1";
    r.get(state, "round", "/", req.round_id, &json::is_string, "a round id");
    r.get(state, "round_number", "/", req.round_number, &json::is_number_integer, "a whole number");
    r.options(state, req);

    if (!state.contains("teams") || !state["teams"].is_array()) {
        r.problem("/teams", "expected a list of teams in standings order");
        return std::nullopt;
    }
    size_t sides = req.format.sides.empty() ? 2 : req.format.sides.size();
    for (size_t i = 0; i < state["teams"].size(); ++i) {
        const json& t = state["teams"][i];
        const std::string where = "/teams/" + std::to_string(i) + "/";
        if (!t.is_object()) {
            r.problem("/teams/" + std::to_string(i), std::string("expected an object, found ") + kind(t));
            continue;
        }
        r.known_keys(t, "/teams/" + std::to_string(i),
                     {"id", "institution", "points", "speaks", "side_history", "opponents", "pullups", "byes", "seed",
                      "allocated_side"});
        TeamState team;
        if (!r.get(t, "id", where, team.id, &json::is_string, "a team id") || team.id.empty())
            r.problem(where + "id", "every team needs a non-empty id");
        r.get(t, "institution", where, team.institution, &json::is_string, "an institution code");
        r.get(t, "points", where, team.points, &json::is_number, "a number");
        r.get(t, "speaks", where, team.speaks, &json::is_number, "a number");
        r.get(t, "pullups", where, team.pullups, &json::is_number_integer, "a whole number");
        r.get(t, "byes", where, team.byes, &json::is_number_integer, "a whole number");
        r.get(t, "seed", where, team.seed, &json::is_number, "a number");
        r.side_history(t, where, team, sides);
        r.opponents(t, where, team);
        std::string side;
        if (r.get(t, "allocated_side", where, side, &json::is_string, "a side name")) {
            auto it = std::find(req.format.sides.begin(), req.format.sides.end(), side);
            if (it == req.format.sides.end()) r.problem(where + "allocated_side", "unknown side '" + side + "'");
            else team.allocated_side = static_cast<int>(it - req.format.sides.begin());
        }
        for (const TeamState& other : req.teams)
            if (!team.id.empty() && other.id == team.id) r.problem(where + "id", "team '" + team.id + "' is listed twice");
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

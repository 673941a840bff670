#include "case_loader.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace tab::testing {

std::vector<nlohmann::json> tabbycat_cases(const std::string& prefix) {
    std::ifstream in(TAB_DATA_DIR "/cases/tabbycat-cases.json");
    REQUIRE(in.good());
    nlohmann::json all = nlohmann::json::parse(in);
    std::vector<nlohmann::json> cases;
    for (const nlohmann::json& c : all["cases"])
        if (c["id"].get<std::string>().rfind(prefix, 0) == 0) cases.push_back(c);
    return cases;
}

std::string case_id(const nlohmann::json& id) {
    return id.is_string() ? id.get<std::string>() : std::to_string(id.get<long long>());
}

namespace {

Settings to_settings(const nlohmann::json& options) {
    Settings s("draw");
    for (auto it = options.begin(); it != options.end(); ++it) {
        const nlohmann::json& v = it.value();
        if (v.is_boolean()) s.set(it.key(), v.get<bool>());
        else if (v.is_number_integer()) s.set(it.key(), v.get<int64_t>());
        else if (v.is_number()) s.set(it.key(), v.get<double>());
        else if (v.is_string()) s.set(it.key(), v.get<std::string>());
    }
    return s;
}

TeamState team_from(const nlohmann::json& t) {
    TeamState team;
    team.id = case_id(t["id"]);
    if (t.contains("institution") && t["institution"].is_string()) team.institution = t["institution"];
    if (t.contains("points")) team.points = t["points"].get<double>();
    if (t.contains("hist"))
        for (const nlohmann::json& h : t["hist"]) team.opponents.push_back(case_id(h));
    team.side_history = t.contains("side_history") ? t["side_history"].get<std::vector<int>>() : std::vector<int>{0, 0};
    if (t.contains("allocated_side")) team.allocated_side = t["allocated_side"] == "aff" ? 0 : 1;
    return team;
}

}  // namespace

DrawRequest case_request(const nlohmann::json& input) {
    DrawRequest req;
    req.method = DrawMethod::tabbycat;
    req.seed = 1;
    if (input.contains("options")) req.options = to_settings(input["options"]);
    if (input.contains("teams")) {
        for (const nlohmann::json& t : input["teams"]) req.teams.push_back(team_from(t));
        return req;
    }
    for (const nlohmann::json& bracket : input["brackets"]) {
        for (size_t list = 1; list < bracket.size(); ++list)
            for (const nlohmann::json& id : bracket[list]) {
                TeamState team;
                team.id = case_id(id);
                team.points = bracket[0].get<double>();
                team.side_history = {0, 0};
                if (bracket.size() == 3) team.allocated_side = static_cast<int>(list) - 1;
                req.teams.push_back(team);
            }
    }
    return req;
}

int team_index(const DrawRequest& req, const std::string& id) {
    for (size_t i = 0; i < req.teams.size(); ++i)
        if (req.teams[i].id == id) return static_cast<int>(i);
    FAIL("no team " << id);
    return -1;
}

std::vector<std::string> ids_of(const DrawRequest& req, const std::vector<int>& teams) {
    std::vector<std::string> ids;
    for (int t : teams) ids.push_back(req.teams[t].id);
    return ids;
}

std::vector<std::string> ids_of(const nlohmann::json& list) {
    std::vector<std::string> ids;
    for (const nlohmann::json& id : list) ids.push_back(case_id(id));
    return ids;
}

}  // namespace tab::testing

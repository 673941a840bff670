// Reads the cases transcribed from Tabbycat's test suite (tests/data/cases/tabbycat-cases.json)
// and turns their inputs into draw requests, so tests use the file itself, not copied numbers.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tab/model/draw_state.hpp"

namespace tab::testing {

// Every case whose id starts with `prefix`.
std::vector<nlohmann::json> tabbycat_cases(const std::string& prefix);
// A team id as text (ids are integers or strings in the file).
std::string case_id(const nlohmann::json& id);
// The request of a case: its "teams" if given (id, institution, points, hist, side_history,
// allocated_side), else teams made from its "brackets"; its "options" as settings.
DrawRequest case_request(const nlohmann::json& input);
// Index of the team with that id in the request.
int team_index(const DrawRequest& req, const std::string& id);
// Ids of a list of team indices.
std::vector<std::string> ids_of(const DrawRequest& req, const std::vector<int>& teams);
// Ids of a JSON list of ids.
std::vector<std::string> ids_of(const nlohmann::json& list);

}  // namespace tab::testing

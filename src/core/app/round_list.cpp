#include "tab/app/round_list.hpp"

#include "tab/app/participants.hpp"
#include "tab/model/draw.hpp"

namespace tab::app {

std::string stage_code(Stage stage) { return stage == Stage::elimination ? "elimination" : "prelim"; }

RoundsResult list_rounds(const Tournament& t, const FileSystem& fs) {
    RoundsResult result;
    for (const Round& r : t.rounds)
        result.rounds.push_back({r.id, r.name, r.stage, r.draw_method, r.break_category, r.silent,
                                 fs.exists(draw_path(r.id)), static_cast<int>(r.motions.size())});
    return result;
}

nlohmann::ordered_json to_json(const RoundsResult& result) {
    nlohmann::ordered_json rounds = nlohmann::ordered_json::array();
    for (const RoundEntry& r : result.rounds)
        rounds.push_back({{"id", r.id},
                          {"name", r.name},
                          {"stage", stage_code(r.stage)},
                          {"draw_method", std::string(code_text(r.draw_method))},
                          {"break_category", or_null(r.break_category)},
                          {"silent", r.silent},
                          {"drawn", r.drawn},
                          {"motions", r.motions}});
    return {{"rounds", rounds}};
}

}  // namespace tab::app

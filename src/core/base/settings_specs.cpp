// Every key a tournament.toml table may hold beyond the core ones, grouped by the subsystem that
// reads it. The loader rejects keys not listed here; `tab init` and docs/formats.md show them.
#include "tab/settings.hpp"

namespace tab {

const std::vector<SettingSpec>& setting_specs() {
    using T = SettingType;
    static const std::vector<SettingSpec> specs = {
        // Keys of a [[rounds]] entry beyond id, name, stage, draw, motions, break_category, weight, silent.
        {"round", "seed", T::integer, "seed for this round's draw (default: derived from the tournament seed)", {}},
        // [draw]
        {"draw", "method", T::string, "default draw method for power-paired prelims", {}},
    };
    return specs;
}

}  // namespace tab

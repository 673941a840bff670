// tab init DIR [--preset PRESET]: a new tournament directory to fill in. tournament.toml gets
// the preset, a seed derived from the directory's name (so that two tournaments do not share
// one, and the same command gives the same files), four prelims and a small break with a
// semifinal and a final, every [format] key shown with the preset's value, and the settings
// tables listed as comments. The participant files get their header rows only.
#include "commands.hpp"
#include "new_tournament.hpp"
#include "tab/model/format.hpp"
#include "tab/base/rng.hpp"

namespace tab::cli {
namespace {

Round round(std::string id, std::string name, Stage stage, DrawMethod draw, std::string category = "") {
    Round r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.stage = stage;
    r.draw_method = draw;
    r.break_category = std::move(category);
    return r;
}

// The example schedule: four prelims, then a semifinal and a final of the open break (8 teams
// in BP fill two semifinal rooms; 4 teams in a two-team format fill two semifinals).
Tournament example_tournament(const std::string& name, const Format& format) {
    Tournament t;
    t.name = name;
    t.short_name = name;
    t.format = format;
    t.seed = derive_seed(0, name) % 1000000;
    t.rounds.push_back(round("R1", "Round 1", Stage::prelim, DrawMethod::random));
    for (int i = 2; i <= 4; ++i)
        t.rounds.push_back(round("R" + std::to_string(i), "Round " + std::to_string(i), Stage::prelim, DrawMethod::power));
    t.rounds.push_back(round("SF", "Semifinal", Stage::elimination, DrawMethod::elimination, "open"));
    t.rounds.push_back(round("GF", "Grand Final", Stage::elimination, DrawMethod::elimination, "open"));
    BreakCategory open;
    open.id = "open";
    open.name = "Open";
    open.size = format.is_bp() ? 8 : 4;
    open.priority = 1;
    open.general = true;
    t.break_categories.push_back(open);
    return t;
}

}  // namespace

int run_init(Context& ctx, const InitOptions& o) {
    const std::optional<Format> format = preset_format(o.preset);
    if (!format) {
        ctx.error("unknown preset '" + o.preset + "'");
        return exit_code::usage;
    }
    const std::string dir = target_directory(ctx, o.dir);
    const int code = write_new_tournament(ctx, dir, example_tournament(directory_name(dir), *format));
    if (code != exit_code::ok) return code;
    ctx.print("Created a tournament (preset " + o.preset + ") in " + dir +
              ". Fill in the participant files and tournament.toml, then run: tab -C " + dir + " check\n");
    return exit_code::ok;
}

}  // namespace tab::cli

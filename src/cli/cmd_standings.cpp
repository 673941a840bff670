// tab standings teams|speakers|replies [--after ROUND]: the tabs, ranked by the precedence of
// the format or [standings] in tournament.toml.
#include "commands.hpp"
#include "standings_view.hpp"

namespace tab::cli {

int run_standings(Context& ctx, const StandingsViewOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    std::optional<std::vector<RoundResults>> results = load_prelim_results(ctx, *t, o.after);
    if (!results) return exit_code::usage;
    std::string error;
    std::optional<std::string> text = render_standings(ctx, *t, *results, o.table, o.after, &error);
    if (!text) {
        ctx.error("tournament.toml: [standings]: " + error);
        return exit_code::invalid_input;
    }
    ctx.print(*text);
    return exit_code::ok;
}

}  // namespace tab::cli

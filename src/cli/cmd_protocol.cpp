// tab protocol [PATH]: the official results protocol of one tournament (protocol.hpp), meant for
// --format html (printable, to be signed) or --format md; in the tournament's language.
#include "commands.hpp"
#include "season_loading.hpp"
#include "tab/model/loader.hpp"
#include "tab/season/protocol.hpp"

namespace tab::cli {

int run_protocol(Context& ctx, const ProtocolOptions& o) {
    int code = exit_code::ok;
    std::optional<LoadedSeason> s = load_single_tournament(ctx, o.path, &code);
    if (!s) return code;
    const Tournament& t = s->tournaments.front();
    const Catalogue cat = season_catalogue(ctx, t.language, *s->dirs.front());
    Diagnostics diags;
    std::vector<Table> tables = protocol_tables(t, *s->dirs.front(), cat, diags);
    if (ctx.report(diags) > 0) return exit_code::invalid_input;
    print_tables(ctx, tables, cat, format_message(cat.tr("protocol.title"), {{"tournament", t.name}}));
    return exit_code::ok;
}

}  // namespace tab::cli

// tab protocol [PATH]: the official results protocol of one tournament (app/protocol.hpp), meant
// for --format html (printable, to be signed) or --format md; in the tournament's language.
#include "commands.hpp"
#include "present_protocol.hpp"
#include "tab/app/season_loading.hpp"

namespace tab::cli {

int run_protocol(Context& ctx, const ProtocolOptions& o) {
    Diagnostics diags;
    std::optional<app::LoadedSeason> s = app::load_single_tournament(ctx.fs(), o.path, diags);
    if (!s) return ctx.finish(diags);
    ctx.show_names(s->tournaments.front());
    const Tournament& t = s->tournaments.front();
    const Catalogue cat = app::season_catalogue(*s, ctx.options().lang, diags);
    const app::ProtocolResult result = app::protocol(t, *s->dirs.front(), cat.lang(), diags);
    if (diags.has_errors()) return ctx.finish(diags);
    ctx.report(diags);
    present(ctx, protocol_tables(result, cat, is_machine_format(ctx.format())), cat,
            format_message(cat.tr("protocol.title"), {{"tournament", t.name}}), app::to_json(result));
    return exit_code::ok;
}

}  // namespace tab::cli

// tab draw ROUND [--show] and tab draw --state FILE.json: parse, call the core (tab/app/draw.hpp),
// present the draw (present_draw.hpp).
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "present_draw.hpp"
#include "tab/app/draw.hpp"

namespace tab::cli {
namespace {

std::optional<std::string> read_input(const std::string& path) {
    std::stringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    buffer << in.rdbuf();
    return buffer.str();
}

int run_state(Context& ctx, const DrawOptions& o) {
    std::optional<std::string> text = read_input(o.state);
    if (!text) {
        ctx.error(message("diag.cli.cannot_read", {{"file", o.state}}));
        return exit_code::invalid_input;
    }
    Diagnostics diags;
    std::optional<DrawDocument> draw = app::draw_from_state(*text, o.state == "-" ? "<stdin>" : o.state, o.seed, diags);
    if (!draw) return ctx.finish(diags);
    present_draw(ctx, *draw, o.explain);
    return ctx.finish(diags);
}

}  // namespace

int run_draw(Context& ctx, const DrawOptions& o) {
    if (!o.state.empty()) return run_state(ctx, o);
    if (o.round.empty()) {
        ctx.error(message("diag.cli.draw_what"));
        return exit_code::usage;
    }
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    if (o.show) {
        std::optional<DrawDocument> draw = app::show_draw(*t, ctx.fs(), o.round, diags);
        if (draw) present_draw(ctx, *draw, false);
        return ctx.finish(diags);
    }
    app::DrawRoundRequest request{o.round, o.seed, o.explain, o.dry_run, o.force, o.allow_incomplete};
    std::optional<app::DrawRoundResult> result = app::draw_round(*t, ctx.fs(), request, diags);
    if (!result) return ctx.finish(diags);
    present_draw(ctx, result->document, o.explain);
    const std::string path = ctx.path(draw_path(result->document.round));
    if (result->action == app::DrawAction::accepted)
        ctx.note(message("note.manual_draw_accepted",
                         {{"round", result->document.round}, {"n", std::to_string(result->document.rooms.size())}}));
    if (result->action == app::DrawAction::written) ctx.note(format_message(ctx.catalogue().tr("note.wrote"), {{"path", path}}));
    if (result->matches_stored == true) ctx.note(message("note.draw_matches_stored", {{"file", path}}));
    if (result->matches_stored == false) ctx.warn(message("note.draw_differs_from_stored", {{"file", path}}));
    for (const Message& note : result->document.notes) ctx.warn(note);
    return ctx.finish(diags);
}

}  // namespace tab::cli

// tab check: load everything, report every problem (one line each), then a one-line summary.
// The report is the command's output, so it goes to stdout; the exit code says whether the
// tournament is clean.
#include <fmt/format.h>

#include "commands.hpp"
#include "tab/model/draw.hpp"
#include "tab/model/loader.hpp"

namespace tab::cli {
namespace {

// Draw files that exist are checked too: a hand-edited draw must still make sense.
void check_draws(const FileSystem& fs, const Tournament& t, Diagnostics& diags) {
    for (const Round& r : t.rounds)
        if (fs.exists(draw_path(r.id))) read_draw(fs, t, r.id, diags);
}

Table problems_table(const Context& ctx, const Diagnostics& diags) {
    Table table{"problems", "", {{"file"}, {"line", true}, {"column", true}, {"severity"}, {"message"}}, {}};
    for (const Diagnostic& d : diags.all())
        table.rows.push_back({Cell::of(ctx.path(d.file)), d.line ? Cell::of(d.line) : Cell::none(),
                              d.column ? Cell::of(d.column) : Cell::none(),
                              Cell::of(std::string(d.severity == Severity::error ? "error" : "warning")),
                              Cell::of(d.message)});
    return table;
}

}  // namespace

int run_check(Context& ctx, const CheckOptions&) {
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(ctx.fs(), diags);
    if (t && !diags.has_errors()) check_draws(ctx.fs(), *t, diags);
    diags.sort_by_position();
    Catalogue catalogue = ctx.catalogue();
    if (t && ctx.options().lang.empty()) catalogue = Catalogue::builtin(t->language);

    if (ctx.format() != OutputFormat::text) {
        ctx.print(problems_table(ctx, diags));
        return diags.has_errors() ? exit_code::invalid_input : exit_code::ok;
    }
    std::string out;
    for (const Diagnostic& d : diags.all())
        if (d.severity == Severity::error || !ctx.options().quiet) out += ctx.describe(d) + "\n";
    if (t) {
        out += format_message(catalogue.tr("summary.loaded"),
                              {{"name", t->name},
                               {"teams", std::to_string(t->teams.size())},
                               {"speakers", std::to_string(t->speakers.size())},
                               {"adjudicators", std::to_string(t->adjudicators.size())},
                               {"rounds", std::to_string(t->rounds.size())}}) +
               "\n";
    }
    if (diags.empty())
        out += catalogue.tr("summary.ok") + "\n";
    else
        out += format_message(catalogue.tr("summary.errors"), {{"errors", std::to_string(diags.error_count())},
                                                                 {"warnings", std::to_string(diags.warning_count())}}) +
               "\n";
    ctx.print(out);
    return diags.has_errors() ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace tab::cli

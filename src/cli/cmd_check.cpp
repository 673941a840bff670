// tab check: load everything, report every problem (one line each), then a one-line summary.
// The report is the command's output, so it goes to stdout; the exit code says whether the
// tournament is clean. csv/tsv: one row per problem (file, line, column, severity, message).
#include "commands.hpp"
#include "tab/app/participants.hpp"

namespace tab::cli {
namespace {

// For machines, as in the JSON: paths relative to the tournament directory.
Table problems_table(const Diagnostics& diags) {
    Table table{"problems", "", {{"file"}, {"line", true}, {"column", true}, {"severity"}, {"message"}}, {}};
    for (const Diagnostic& d : diags.all())
        table.rows.push_back({Cell::of(d.file), d.line ? Cell::of(d.line) : Cell::none(),
                              d.column ? Cell::of(d.column) : Cell::none(),
                              Cell::of(std::string(d.severity == Severity::error ? "error" : "warning")),
                              Cell::of(d.message)});
    return table;
}

std::string report_text(const Context& ctx, const app::CheckResult& r) {
    Catalogue catalogue = ctx.catalogue();
    if (r.loaded && ctx.options().lang.empty()) catalogue = Catalogue::builtin(r.loaded->language);
    const Diagnostics& diags = r.problems;
    std::string out;
    for (const Diagnostic& d : diags.all())
        if (d.severity == Severity::error || !ctx.options().quiet) out += ctx.describe(d, catalogue) + "\n";
    if (r.loaded)
        out += format_message(catalogue.tr("summary.loaded"), {{"name", r.loaded->name},
                                                               {"teams", catalogue.count("count.team", r.loaded->teams)},
                                                               {"speakers", catalogue.count("count.speaker", r.loaded->speakers)},
                                                               {"adjudicators", catalogue.count("count.adjudicator", r.loaded->adjudicators)},
                                                               {"rounds", catalogue.count("count.round", r.loaded->rounds)}}) +
               "\n";
    if (diags.empty())
        return out + catalogue.tr("summary.ok") + "\n";
    return out + format_message(catalogue.tr("summary.errors"), {{"errors", catalogue.count("count.error", diags.error_count())},
                                                                {"warnings", catalogue.count("count.warning", diags.warning_count())}}) +
           "\n";
}

}  // namespace

int run_check(Context& ctx, const CheckOptions&) {
    const app::CheckResult result = app::check(ctx.fs());
    if (ctx.format() == OutputFormat::json)
        ctx.print(app::to_json(result).dump(2) + "\n");
    else if (ctx.format() == OutputFormat::text)
        ctx.print(report_text(ctx, result));
    else
        ctx.print(problems_table(result.problems));
    return result.problems.has_errors() ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace tab::cli

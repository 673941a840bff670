// tab ballots check ROUND: every problem of rounds/<ROUND>/ballots.csv on stderr, then which
// rooms have a ballot that counts. Exit 1 if any problem is an error.
// tab ballots sheets ROUND: the blank sheets to hand the adjudicators, as HTML or CSV.
#include <filesystem>

#include "commands.hpp"
#include "present_sheets.hpp"
#include "tab/app/ballot_sheets.hpp"
#include "tab/app/ballots_check.hpp"
#include "tab/io/disk_filesystem.hpp"

namespace tab::cli {
namespace {

// The rooms without a ballot that counts, for CSV and TSV (teams: a list cell).
Table missing_table(const app::RoundBallots& r) {
    Table table{"missing", "", {{"room", true}, {"teams"}, {"reason"}}, {}};
    for (const app::RoomWithoutBallot& m : r.missing) {
        std::string teams;
        for (const std::string& team : m.teams) teams += (teams.empty() ? "" : "; ") + team;
        table.rows.push_back({Cell::of(m.room), Cell::of(teams), Cell::of(std::string(app::code(m.reason)))});
    }
    return table;
}

std::string summary(const app::RoundBallots& r, const Catalogue& cat) {
    std::string text = format_message(cat.tr("ballots.summary"), {{"round", r.round},
                                                                  {"counted", std::to_string(r.rooms_counted)},
                                                                  {"rooms", std::to_string(r.rooms)}});
    if (!r.missing.empty()) {
        text += cat.tr("ballots.without");
        for (const app::RoomWithoutBallot& m : r.missing)
            text += " " + std::to_string(m.room) + (m.reason == app::MissingBallot::invalid ? " (" + cat.tr("ballots.invalid") + ")" : "");
    }
    const int errors = r.error_count();
    return text + "; " + (errors > 0 ? cat.count("count.error", errors) : cat.tr("ballots.no_errors")) + "\n";
}

}  // namespace

int run_ballots_check(Context& ctx, const BallotsCheckOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    std::optional<app::RoundBallots> r = app::ballots_check(*t, ctx.fs(), {o.round}, diags);
    if (!r) return ctx.finish(diags);
    Diagnostics problems;
    for (const Diagnostic& d : r->problems) problems.add(d);
    ctx.report(problems);
    if (ctx.format() == OutputFormat::json) ctx.print(app::to_json(*r).dump(2) + "\n");
    else if (ctx.format() == OutputFormat::csv || ctx.format() == OutputFormat::tsv) ctx.print(missing_table(*r));
    else ctx.print(summary(*r, ctx.catalogue()));
    return r->error_count() > 0 ? exit_code::invalid_input : exit_code::ok;
}

int run_ballots_sheets(Context& ctx, const BallotsSheetsOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    Diagnostics diags;
    if (ctx.format() != OutputFormat::html && ctx.format() != OutputFormat::csv) {
        diags.fail(Failure::usage, message("diag.cli.sheets_format"));
        return ctx.finish(diags);
    }
    std::optional<app::BallotSheets> sheets = app::ballot_sheets(*t, ctx.fs(), {o.round}, diags);
    if (!sheets) return ctx.finish(diags);
    const std::string text = ctx.format() == OutputFormat::html ? ballot_sheets_page(*sheets, ctx.catalogue())
                                                                 : app::ballot_sheets_csv(*sheets);
    if (o.out.empty()) {
        ctx.print(text);
        return ctx.finish(diags);
    }
    // --out is a path as the user typed it (relative to the working directory, not to -C).
    const std::filesystem::path out(o.out);
    DiskFileSystem folder(out.has_parent_path() ? out.parent_path().string() : ".");
    const std::string file = out.filename().string();
    if (folder.exists(file) && !o.force) {
        diags.fail(Failure::refused_overwrite, message("diag.cli.exists", {{"file", o.out}}));
        return ctx.finish(diags);
    }
    if (!write_file(folder, file, text, diags)) return ctx.finish(diags);
    ctx.note(format_message(ctx.catalogue().tr("note.wrote"), {{"path", o.out}}));
    return ctx.finish(diags);
}

}  // namespace tab::cli

// tab break: computes the break of every category from the prelim results and writes break.csv
// (never over an existing one without --force); --show prints the stored break instead.
#include "commands.hpp"
#include "tab/breaks/break.hpp"
#include "tab/ballots/results.hpp"

namespace tab::cli {
namespace {

std::string institution_code(const Tournament& t, int team) {
    int i = t.teams[static_cast<size_t>(team)].institution;
    return i >= 0 ? t.institutions[static_cast<size_t>(i)].code : "";
}

// Every drawn prelim must have all its ballots in; undrawn prelims only give a warning.
bool prelims_complete(Context& ctx, const Tournament& t) {
    bool complete = true;
    for (int r : t.prelims_through("")) {
        const std::string& id = t.rounds[static_cast<size_t>(r)].id;
        if (!ctx.fs().exists(draw_path(id))) {
            ctx.warn("round " + id + " has no draw; the break counts the rounds before it");
            continue;
        }
        Diagnostics diags;
        std::optional<Draw> draw = read_draw(ctx.fs(), t, id, diags);
        if (!draw) continue;  // reported by load_results
        std::vector<int> missing = rooms_missing_ballots(*draw, read_ballots(ctx.fs(), t, *draw, diags));
        if (missing.empty()) continue;
        std::string rooms;
        for (int room : missing) rooms += (rooms.empty() ? "" : ", ") + std::to_string(room);
        ctx.error("round " + id + ": room(s) " + rooms + " have no confirmed ballot; enter them before the break");
        complete = false;
    }
    return complete;
}

}  // namespace

std::vector<Table> break_tables(const Tournament& t, const Break& b, const Catalogue& cat) {
    std::vector<Table> tables;
    for (const CategoryBreak& c : b.categories) {
        const BreakCategory* bc = t.find_break_category(c.category);
        Table table{"break_" + c.category, bc && !bc->name.empty() ? bc->name : c.category,
                    {{"break_rank", true}, {"rank", true}, {"team"}, {"institution"}, {"remark"}, {"note"}}, {}};
        for (const BreakEntry& e : c.entries) {
            std::string remark(remark_key(e.remark));
            table.rows.push_back({e.break_rank > 0 ? Cell::of(e.break_rank) : Cell::none(), Cell::of(e.rank),
                                  Cell::of(t.teams[static_cast<size_t>(e.team)].name),
                                  Cell::of(institution_code(t, e.team)),
                                  Cell::of(remark.empty() ? remark : cat.tr("remark." + remark)), Cell::of(e.note)});
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

int run_break(Context& ctx, const BreakOptions& o) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    if (t->break_categories.empty()) {
        ctx.error("tournament.toml has no [[break_categories]]; add one (e.g. id = \"open\", size = 8) to break");
        return exit_code::cannot;
    }
    Diagnostics diags;
    if (o.show) {
        std::optional<Break> stored = read_break(*t, ctx.fs(), diags);
        if (ctx.report(diags) > 0) return exit_code::invalid_input;
        if (!stored) {
            ctx.error(std::string(break_file) + " does not exist yet; run `tab break` to compute it");
            return exit_code::cannot;
        }
        ctx.print(break_tables(*t, *stored, ctx.catalogue()));
        return exit_code::ok;
    }
    if (ctx.fs().exists(break_file) && !o.force) {
        ctx.error(std::string(break_file) + " exists; use --force to compute the break again, or --show to print it");
        return exit_code::refused_overwrite;
    }
    std::vector<RoundResults> results = load_results(*t, ctx.fs(), "", diags);
    std::vector<ManualRemark> remarks = read_break_remarks(*t, ctx.fs(), diags);
    if (ctx.report(diags) > 0) return exit_code::invalid_input;
    if (!prelims_complete(ctx, *t)) return exit_code::cannot;
    std::string error;
    std::optional<Break> b = compute_break(*t, results, remarks, &error);
    if (!b) {
        ctx.error("cannot compute the break: " + error);
        return exit_code::invalid_input;
    }
    if (!ctx.fs().write_atomic(break_file, break_to_csv(*t, *b), &error)) {
        ctx.error("cannot write " + std::string(break_file) + ": " + error);
        return exit_code::internal;
    }
    ctx.print(break_tables(*t, *b, ctx.catalogue()));
    return exit_code::ok;
}

}  // namespace tab::cli

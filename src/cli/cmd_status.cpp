// tab status: each round's draw and ballots (app::status) as a table; for people also the next
// step as a translated sentence.
#include "commands.hpp"
#include "present.hpp"
#include "tab/app/results.hpp"
#include "tab/app/status.hpp"

namespace tab::cli {
namespace {

std::string people_draw_cell(const app::RoundStatus& s, const Catalogue& cat) {
    if (!s.drawn) return cat.tr("word.no");
    return cat.tr(s.draw_valid ? "word.yes" : "status.draw_invalid");
}

Table status_table(const app::StatusReport& r, const Catalogue& cat, bool for_machines) {
    Table table{"rounds", "", {{"round"}, {"stage"}}, {}};
    if (for_machines) {
        for (const char* key : {"drawn", "draw_valid"}) table.columns.push_back({key});
        table.columns.push_back({"rooms", true});
        table.columns.push_back({"allocated"});
        for (const char* key : {"ballots_in", "ballot_problems"}) table.columns.push_back({key, true});
        table.columns.push_back({"rooms_without_ballot"});
    } else {
        table.columns.insert(table.columns.end(), {{"draw"}, {"panels"}, {"ballots", true}, {"rooms_without_ballot"}, {"problems", true}});
    }
    auto boolean = [](bool b) { return Cell::of(std::string(b ? "true" : "false")); };
    auto rooms = [](const app::RoundStatus& s, const char* separator) {
        std::string list;
        for (int room : s.rooms_without_ballot) list += (list.empty() ? "" : separator) + std::to_string(room);
        return s.rooms ? Cell::of(list) : Cell::none();
    };
    for (const app::RoundStatus& s : r.rounds) {
        const std::string stage = app::code(s.stage);
        if (for_machines) {
            table.rows.push_back({Cell::of(s.round), Cell::of(stage), boolean(s.drawn), boolean(s.draw_valid), optional_cell(s.rooms),
                                  s.allocated ? boolean(*s.allocated) : Cell::none(), optional_cell(s.ballots_in),
                                  optional_cell(s.ballot_problems), rooms(s, "; ")});
            continue;
        }
        table.rows.push_back({Cell::of(s.round), Cell::of(cat.tr("status.stage." + stage)), Cell::of(people_draw_cell(s, cat)),
                              s.allocated ? Cell::of(cat.tr(*s.allocated ? "word.yes" : "word.no")) : Cell::none(),
                              s.rooms ? Cell::of(std::to_string(*s.ballots_in) + "/" + std::to_string(*s.rooms)) : Cell::none(),
                              rooms(s, ", "),
                              s.ballot_problems && *s.ballot_problems > 0 ? Cell::of(*s.ballot_problems) : Cell::none()});
    }
    return table;
}

std::string next_sentence(const app::NextStep& next, const Catalogue& cat) {
    const std::string advice = format_message(cat.tr(std::string("status.next.") + app::code(next.action)), {{"round", next.round}});
    return format_message(cat.tr("status.next"), {{"advice", advice}, {"command", next.command}}) + "\n";
}

}  // namespace

int run_status(Context& ctx, const StatusOptions&) {
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    const app::StatusReport r = app::status(*t, ctx.fs());
    if (ctx.format() == OutputFormat::json) {
        ctx.print(app::to_json(r).dump(2) + "\n");
        return exit_code::ok;
    }
    const Catalogue cat = ctx.catalogue();
    ctx.print(status_table(r, cat, is_machine_format(ctx.format())));
    if (ctx.format() == OutputFormat::text) ctx.print(next_sentence(r.next, cat));
    return exit_code::ok;
}

}  // namespace tab::cli

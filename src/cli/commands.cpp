// The command table: every subcommand's flags, help text and run function, in one place.
// This is the only file that includes CLI11.
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>

#include "tab/model/format.hpp"

namespace tab::cli {
namespace {

// A command-line error in the reader's language: the kinds we know are said in our own words
// (with the option or arguments CLI11 names), any other in CLI11's words under a translated frame.
std::string parse_error_text(const CLI::ParseError& e, const Catalogue& cat) {
    const std::string what = e.what();
    const std::string required = " is required";
    const std::string extras = "The following arguments were not expected: ";
    std::string text;
    if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(required))
        text = cat.say("cli.required", {{"option", what.substr(0, what.size() - required.size())}});
    else if (dynamic_cast<const CLI::ExtrasError*>(&e) && what.starts_with(extras))
        text = cat.say("cli.extras", {{"arguments", what.substr(extras.size())}});
    else
        text = cat.say("cli.invalid", {{"detail", what}});
    return text + "\n" + cat.tr("cli.run_help") + "\n";
}

const char* const exit_codes_help =
    "Exit codes:\n"
    "  0   success\n"
    "  1   invalid input (the tournament's files or the given file have errors)\n"
    "  2   usage error (unknown command or flag, bad value)\n"
    "  3   refused to overwrite an existing file (use --force)\n"
    "  4   cannot be done (e.g. constraints cannot all hold, a prerequisite is missing)\n"
    "  5   replay found differences\n"
    "  70  internal error\n";

const char* const allow_incomplete_help = "Go on although a prelim round has missing results (a warning names them)";
const char* const incomplete_footer =
    "Refuses (exit 4, naming the round and the rooms) while a prelim round is undrawn or has a debate\n"
    "without a confirmed, valid ballot, unless --allow-incomplete.";
const char* const provisional_help =
    "Go on before the tournament is finished, marking every line provisional (--allow-incomplete: the same)";
const char* const unfinished_footer =
    "Refuses (exit 4, naming the round and the rooms) until the tournament is finished: every prelim and\n"
    "every elimination round of tournament.toml drawn, every debate with a confirmed, valid ballot.\n"
    "--provisional prints what the results so far give, each line marked provisional.";

struct Leaf {
    CLI::App* app;
    std::function<int(Context&)> run;
};

// Adds a subcommand whose run function is called with the context once parsing is done.
template <typename Options>
CLI::App* leaf(std::vector<Leaf>& leaves, CLI::App& parent, const std::string& name, const std::string& help,
               Options& options, int (*run)(Context&, const Options&)) {
    CLI::App* sub = parent.add_subcommand(name, help);
    leaves.push_back({sub, [&options, run](Context& ctx) { return run(ctx, options); }});
    return sub;
}

// What every command that writes into a directory says at the end of its --help.
const char* const lock_footer =
    "Takes the lock of the directory it writes into (an flock on .tab.lock, released when it ends):\n"
    "while another tab command writes there, this one refuses with exit 4 and does not wait.";

void add_lock_footer(CLI::App* writer) {
    const std::string own = writer->get_footer();
    writer->footer(own.empty() ? lock_footer : own + "\n" + lock_footer);
}

}  // namespace

int run_command_line(int argc, char** argv) {
    CLI::App app{"tab: tabulation for debate tournaments (draws, ballots, standings, break)", "tab"};
    app.footer(exit_codes_help);
    app.require_subcommand(1);
    app.fallthrough();  // global flags are accepted after the command name too
    app.set_version_flag("--version", std::string("tab ") + TAB_VERSION_LONG);

    GlobalOptions global;
    app.add_option("-C,--dir", global.dir, "Tournament directory (default: .)");
    app.add_option("--format", global.format, "Output format for tables: text, csv, tsv, json, md, html")
        ->check(CLI::IsMember({"text", "csv", "tsv", "json", "md", "html"}));
    app.add_option("--lang", global.lang, "Language of headings and messages: en, kk, ru (default: the tournament's)")
        ->check(CLI::IsMember({"en", "kk", "ru"}));
    app.add_flag("-q,--quiet", global.quiet, "Print no warnings and no progress");

    std::vector<Leaf> leaves;

    CheckOptions check;
    leaf(leaves, app, "check", "Validate the tournament directory and report every problem", check, run_check);

    ListOptions teams;
    leaf(leaves, app, "teams", "List the teams with their speakers and institutions", teams, run_teams)
        ->add_flag("--include-contacts", teams.include_contacts, "Also print phone, e-mail and birth date");
    ListOptions adjudicators;
    leaf(leaves, app, "adjudicators", "List the adjudicators with institution and strength", adjudicators,
         run_adjudicators)
        ->add_flag("--include-contacts", adjudicators.include_contacts, "Also print phone, e-mail and birth date");
    RoundsOptions rounds;
    leaf(leaves, app, "rounds", "List the rounds of tournament.toml: id, name, stage, draw method, whether drawn", rounds,
         run_rounds);

    InitOptions init;
    {
        CLI::App* sub = leaf(leaves, app, "init", "Create a new tournament directory", init, run_init);
        sub->add_option("DIR", init.dir, "Directory to create")->required();
        sub->add_option("--preset", init.preset, "Debate format preset")->check(CLI::IsMember(preset_names()));
    }

    CLI::App* import = app.add_subcommand("import", "Build a tournament directory from another system's files");
    import->require_subcommand(1);
    ImportTabbycatOptions import_tabbycat;
    {
        CLI::App* sub = leaf(leaves, *import, "tabbycat", "Import a Tabbycat CSV import folder", import_tabbycat,
                             run_import_tabbycat);
        sub->add_option("SRC", import_tabbycat.source, "Tabbycat import folder")->required();
        sub->add_option("DIR", import_tabbycat.dir, "Tournament directory to create")->required();
        sub->add_option("--preset", import_tabbycat.preset, "Debate format preset (default: inferred)")
            ->check(CLI::IsMember(preset_names()));
    }

    BreakOptions break_options;
    {
        CLI::App* sub = leaf(leaves, app, "break", "Compute the break of every category and write break.csv", break_options,
                             run_break);
        sub->add_flag("--force", break_options.force, "Compute again over an existing break.csv");
        sub->add_flag("--show", break_options.show, "Print the stored break.csv instead of computing it");
        sub->add_flag("--allow-incomplete", break_options.allow_incomplete, allow_incomplete_help);
        sub->footer(incomplete_footer);
    }
    AwardsOptions awards;
    {
        CLI::App* sub = leaf(leaves, app, "awards", "Team places 1-4, best speakers and best adjudicators", awards, run_awards);
        sub->add_flag("--provisional,--allow-incomplete", awards.provisional, provisional_help);
        sub->footer(unfinished_footer);
    }
    CertificatesOptions certificates;
    {
        CLI::App* sub = leaf(leaves, app, "certificates",
                             "A diploma for every award, a certificate of participation for everyone else (CSV for mail-merge; "
                             "--format html: printable A4 pages)",
                             certificates, run_certificates);
        sub->add_option("--orientation", certificates.orientation, "A4 sheets of --format html: landscape (default) or portrait")
            ->check(CLI::IsMember({"landscape", "portrait"}));
        sub->add_flag("--provisional,--allow-incomplete", certificates.provisional, provisional_help);
        sub->footer(unfinished_footer);
    }

    AllocateOptions allocate;
    {
        CLI::App* sub = leaf(leaves, app, "allocate", "Allocate adjudicators and venues to a round's debates and write them into its draw",
                             allocate, run_allocate);
        sub->add_option("ROUND", allocate.round, "Round id, e.g. R3")->required();
        sub->add_flag("--explain", allocate.explain, "Show each room's panel with strengths and the soft rules traded off");
        sub->add_flag("--dry-run", allocate.dry_run, "Print the allocation without writing it");
        sub->add_flag("--force", allocate.force, "Replace adjudicators already in the draw");
        sub->footer("Writes the chair, panellists, trainees and venue columns of rounds/<ROUND>/draw.csv; refuses (exit 3)\n"
                    "if the draw already has adjudicators, unless --force; exits 4 naming each room where conflicts or too\n"
                    "few adjudicators keep the hard rules from holding. Settings: [allocation] (see docs/formats.md).");
    }

    CLI::App* ballots = app.add_subcommand("ballots", "Work with a round's ballots (rounds/<ROUND>/ballots.csv)");
    ballots->require_subcommand(1);
    BallotsCheckOptions ballots_check;
    leaf(leaves, *ballots, "check", "Validate a round's ballots, report every problem and the rooms still missing",
         ballots_check, run_ballots_check)
        ->add_option("ROUND", ballots_check.round, "Round id, e.g. R3")
        ->required();
    BallotsSheetsOptions ballots_sheets;
    {
        CLI::App* sub = leaf(leaves, *ballots, "sheets",
                             "Blank ballot sheets of a drawn round, one per voting adjudicator per room, pre-filled "
                             "(--format html: printable A4 pages, the default; --format csv: rows of ballots.csv to fill in)",
                             ballots_sheets, run_ballots_sheets);
        sub->add_option("ROUND", ballots_sheets.round, "Round id, e.g. R3")->required();
        sub->add_option("--out", ballots_sheets.out, "Write the sheets into FILE instead of printing them");
        sub->add_flag("--force", ballots_sheets.force, "Overwrite an existing --out FILE");
    }
    SimulateOptions simulate;
    {
        CLI::App* sub = leaf(leaves, app, "simulate", "Write plausible random ballots for a drawn round (rehearsals, tests)",
                             simulate, run_simulate);
        sub->add_option("ROUND", simulate.round, "Round id, e.g. R3")->required();
        sub->add_option("--seed", simulate.seed, "Seed (default: derived from the tournament seed and the round)");
        sub->add_flag("--force", simulate.force, "Overwrite an existing ballots.csv");
    }
    StandingsViewOptions standings;
    {
        CLI::App* sub = leaf(leaves, app, "standings",
                             "Team, speaker or reply standings after a round (teams: safe, live or dead per break category)",
                             standings, run_standings);
        sub->add_option("TABLE", standings.table, "teams (default), speakers or replies")
            ->check(CLI::IsMember({"teams", "speakers", "replies"}));
        sub->add_option("--after", standings.after, "Count the prelim rounds up to this one (default: all drawn)");
    }
    ResultsOptions results;
    leaf(leaves, app, "results", "Each debate's outcome in a round: ranks or winner, totals, margins, votes", results,
         run_results)
        ->add_option("ROUND", results.round, "Round id, e.g. R3")
        ->required();
    StatusOptions status;
    leaf(leaves, app, "status", "Which rounds are drawn and allocated, which ballots are in, and what to do next", status, run_status);
    StatsOptions stats;
    leaf(leaves, app, "stats", "Participant statistics for a funder's report: unique people by gender, age band, district, "
                               "category and institution; teams, debates, certificates", stats, run_stats)
        ->add_option("PATH", stats.path, "A tournament or season directory (default: -C)");

    CLI::App* season = app.add_subcommand("season", "A season of tournaments (season.toml): status, qualification, league table");
    season->require_subcommand(1);
    season->footer("PATH defaults to -C. season.toml is described in docs/formats.md.");
    SeasonOptions season_status;
    leaf(leaves, *season, "status", "Which tournaments are done and who has qualified where", season_status, run_season_status)
        ->add_option("--season", season_status.path, "Season directory (default: -C)");
    SeasonQualifyOptions season_qualify;
    {
        CLI::App* sub = leaf(leaves, *season, "qualify", "Append a stage's qualified teams to the next tournament's files",
                             season_qualify, run_season_qualify);
        sub->add_option("STAGE", season_qualify.stage, "Stage id of season.toml")->required();
        sub->add_option("--season", season_qualify.path, "Season directory (default: -C)");
        sub->footer("Appends rows to institutions.csv and teams.csv of the stage's target; never rewrites or removes a row,\n"
                    "and skips teams already there, so running it again adds nothing. Exits 4 while a source is unfinished.");
    }
    SeasonTableOptions season_table;
    {
        CLI::App* sub = leaf(leaves, *season, "table", "League table across the season's tournaments", season_table,
                             run_season_table);
        sub->add_option("--by", season_table.by, "Only one table: team, speaker, institution or district")
            ->check(CLI::IsMember({"team", "speaker", "institution", "district"}));
        sub->add_option("--season", season_table.path, "Season directory (default: -C)");
    }
    SeasonOptions season_duplicates;
    leaf(leaves, *season, "duplicates", "People who are likely the same person spelled two ways", season_duplicates,
         run_season_duplicates)
        ->add_option("--season", season_duplicates.path, "Season directory (default: -C)");

    ProtocolOptions protocol;
    leaf(leaves, app, "protocol", "The official results protocol of a tournament, for printing and signing (--format html or md)",
         protocol, run_protocol)
        ->add_option("PATH", protocol.path, "Tournament directory (default: -C)");
    DrawOptions draw;
    {
        CLI::App* sub = leaf(leaves, app, "draw",
                             "Generate a round's draw (two-team: power, tabbycat, random, seeded, round-robin; BP) and write it",
                             draw, run_draw);
        sub->add_option("ROUND", draw.round, "Round id, e.g. R3");
        sub->add_option("--state", draw.state,
                        "Draw from an explicit JSON state instead of a tournament (- = stdin); prints JSON unless --format is given");
        sub->add_flag("--show", draw.show, "Print the round's stored draw with venues, panels and motions");
        sub->add_option("--seed", draw.seed, "Seed for this draw (default: derived from the tournament seed and the round)");
        sub->add_flag("--explain", draw.explain, "Also print each room's cost terms, the draw quality and notes");
        sub->add_flag("--dry-run", draw.dry_run, "Print the draw without writing it");
        sub->add_flag("--force", draw.force, "Overwrite an existing draw of the round");
        sub->add_flag("--allow-incomplete", draw.allow_incomplete, allow_incomplete_help);
        sub->footer("Writes rounds/<ROUND>/draw.csv and draw.toml; refuses (exit 3) if the draw exists, unless --force.\n"
                    "A prelim is not drawn (exit 4) while an earlier prelim is undrawn or has a debate without a\n"
                    "confirmed, valid ballot, unless --allow-incomplete.\n"
                    "--dry-run on a drawn round makes it again from its recorded seed and says whether it matches.\n"
                    "Settings: the [draw] table of tournament.toml (see docs/formats.md).");
    }

    ImportDebateXmlOptions import_debatexml;
    {
        CLI::App* sub = leaf(leaves, *import, "debatexml", "Import a DebateXML archive (Tabbycat, MIT-Tab)", import_debatexml,
                             run_import_debatexml);
        sub->add_option("FILE", import_debatexml.file, "DebateXML file")->required();
        sub->add_option("DIR", import_debatexml.dir, "Tournament directory to create")->required();
    }
    CLI::App* export_ = app.add_subcommand("export", "Write the whole tournament in another format on stdout");
    export_->require_subcommand(1);
    ExportOptions export_debatexml;
    {
        CLI::App* sub = leaf(leaves, *export_, "debatexml", "The tournament as a DebateXML archive", export_debatexml,
                             run_export_debatexml);
        sub->add_option("DIR", export_debatexml.dir, "Tournament directory (default: -C)");
        sub->add_flag("--include-contacts", export_debatexml.include_contacts, "Also write gender and e-mail addresses");
    }
    ExportOptions export_json;
    {
        CLI::App* sub = leaf(leaves, *export_, "json", "The whole tournament as one JSON document (docs/formats.md)",
                             export_json, run_export_json);
        sub->add_option("DIR", export_json.dir, "Tournament directory (default: -C)");
        sub->add_flag("--include-contacts", export_json.include_contacts, "Also write phone, e-mail, birth date, gender, district");
    }
    PublishOptions publish;
    {
        CLI::App* sub = leaf(leaves, app, "publish", "Write the public website: draws by room and by team, results, projector views, tabs, motions, break (one HTML file per page)",
                             publish, run_publish);
        sub->add_option("DIR", publish.dir, "Tournament directory")->required();
        sub->add_option("OUT", publish.out,
                        "Folder for the pages, outside DIR (created; a folder of an earlier publish is updated)")->required();
        sub->add_flag("--force", publish.force, "Also write into a non-empty folder that tab publish did not create");
        sub->add_flag("--include-silent", publish.include_silent,
                      "Show silent rounds' results before the tournament is over (every round decided)");
    }
    ReplayOptions replay;
    leaf(leaves, app, "replay", "Make every recorded draw again from its seed, recompute every standings table, report differences (exit 5)",
         replay, run_replay)
        ->add_option("DIR", replay.dir, "Tournament directory (default: -C or .)");
    for (CLI::App* writer : {app.get_subcommand("init"), import->get_subcommand("tabbycat"), import->get_subcommand("debatexml"),
                             app.get_subcommand("draw"), app.get_subcommand("allocate"), app.get_subcommand("simulate"),
                             app.get_subcommand("break"), app.get_subcommand("publish"), season->get_subcommand("qualify")})
        add_lock_footer(writer);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        std::cerr << parse_error_text(e, Context(global).catalogue());
        return exit_code::usage;
    }

    // A draw from an explicit state is for scripts: JSON unless another format is asked for.
    if (!draw.state.empty() && app.get_option("--format")->count() == 0) global.format = "json";
    // Ballot sheets are for printing: HTML unless CSV is asked for.
    if (!ballots_sheets.round.empty() && app.get_option("--format")->count() == 0) global.format = "html";
    Context ctx(global);
    for (const Leaf& l : leaves)
        if (l.app->parsed()) return l.run(ctx);
    std::cerr << app.help();
    return exit_code::usage;
}

}  // namespace tab::cli

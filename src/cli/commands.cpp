// The command table: every subcommand's flags, help text and run function, in one place. The
// help texts are catalogue keys (help.*), said in the reader's language (help_format.hpp). This
// file and help_format.cpp are the only ones that include CLI11.
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>
#include <string_view>

#include "help_format.hpp"
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
void add_lock_footer(CLI::App* writer, const std::string& lock_footer) {
    const std::string own = writer->get_footer();
    writer->footer(own.empty() ? lock_footer : own + "\n" + lock_footer);
}

}  // namespace

int run_command_line(int argc, char** argv) {
    // The help and the command line's errors speak the language the command would (help_format.hpp).
    const Catalogue catalogue = Context(help_language_options(argc, argv)).catalogue();
    const auto say = [&catalogue](std::string_view key) { return catalogue.tr(key); };

    CLI::App app{say("help.program"), "tab"};
    say_help_in(app, catalogue);
    app.footer(exit_codes_help(catalogue));
    app.require_subcommand(1);
    app.fallthrough();  // global flags are accepted after the command name too
    app.set_version_flag("--version", std::string("tab ") + TAB_VERSION_LONG, say("help.flag.version"));

    GlobalOptions global;
    app.add_option("-C,--dir", global.dir, say("help.opt.dir"));
    app.add_option("--format", global.format, say("help.opt.format"))
        ->check(CLI::IsMember({"text", "csv", "tsv", "json", "md", "html"}));
    app.add_option("--lang", global.lang, say("help.opt.lang"))
        ->check(CLI::IsMember({"en", "kk", "ru"}));
    app.add_flag("-q,--quiet", global.quiet, say("help.opt.quiet"));

    std::vector<Leaf> leaves;

    CheckOptions check;
    leaf(leaves, app, "check", say("help.cmd.check"), check, run_check);

    ListOptions teams;
    leaf(leaves, app, "teams", say("help.cmd.teams"), teams, run_teams)
        ->add_flag("--include-contacts", teams.include_contacts, say("help.opt.contacts"));
    ListOptions adjudicators;
    leaf(leaves, app, "adjudicators", say("help.cmd.adjudicators"), adjudicators, run_adjudicators)
        ->add_flag("--include-contacts", adjudicators.include_contacts, say("help.opt.contacts"));
    RoundsOptions rounds;
    leaf(leaves, app, "rounds", say("help.cmd.rounds"), rounds, run_rounds);

    InitOptions init;
    {
        CLI::App* sub = leaf(leaves, app, "init", say("help.cmd.init"), init, run_init);
        sub->add_option(say("help.arg.dir"), init.dir, say("help.opt.init_dir"))->required();
        sub->add_option("--preset", init.preset, say("help.opt.preset"))->check(CLI::IsMember(preset_names()));
    }

    CLI::App* import = app.add_subcommand("import", say("help.cmd.import"));
    import->require_subcommand(1);
    ImportTabbycatOptions import_tabbycat;
    {
        CLI::App* sub = leaf(leaves, *import, "tabbycat", say("help.cmd.import.tabbycat"), import_tabbycat,
                             run_import_tabbycat);
        sub->add_option(say("help.arg.src"), import_tabbycat.source, say("help.opt.tabbycat_folder"))->required();
        sub->add_option(say("help.arg.dir"), import_tabbycat.dir, say("help.opt.new_dir"))->required();
        sub->add_option("--preset", import_tabbycat.preset, say("help.opt.preset_inferred"))
            ->check(CLI::IsMember(preset_names()));
    }

    BreakOptions break_options;
    {
        CLI::App* sub = leaf(leaves, app, "break", say("help.cmd.break"), break_options, run_break);
        sub->add_flag("--force", break_options.force, say("help.opt.break.force"));
        sub->add_flag("--show", break_options.show, say("help.opt.break.show"));
        sub->add_flag("--allow-incomplete", break_options.allow_incomplete, say("help.opt.allow_incomplete"));
        sub->footer(say("help.footer.incomplete"));
    }
    AwardsOptions awards;
    {
        CLI::App* sub = leaf(leaves, app, "awards", say("help.cmd.awards"), awards, run_awards);
        sub->add_flag("--provisional,--allow-incomplete", awards.provisional, say("help.opt.provisional"));
        sub->footer(say("help.footer.unfinished"));
    }
    CertificatesOptions certificates;
    {
        CLI::App* sub = leaf(leaves, app, "certificates", say("help.cmd.certificates"), certificates, run_certificates);
        sub->add_option("--orientation", certificates.orientation, say("help.opt.orientation"))
            ->check(CLI::IsMember({"landscape", "portrait"}));
        sub->add_flag("--provisional,--allow-incomplete", certificates.provisional, say("help.opt.provisional"));
        sub->footer(say("help.footer.unfinished"));
    }

    AllocateOptions allocate;
    {
        CLI::App* sub = leaf(leaves, app, "allocate", say("help.cmd.allocate"), allocate, run_allocate);
        sub->add_option(say("help.arg.round"), allocate.round, say("help.opt.round"))->required();
        sub->add_flag("--explain", allocate.explain, say("help.opt.allocate.explain"));
        sub->add_flag("--dry-run", allocate.dry_run, say("help.opt.allocate.dry_run"));
        sub->add_flag("--force", allocate.force, say("help.opt.allocate.force"));
        sub->footer(say("help.footer.allocate"));
    }

    CLI::App* ballots = app.add_subcommand("ballots", say("help.cmd.ballots"));
    ballots->require_subcommand(1);
    BallotsCheckOptions ballots_check;
    leaf(leaves, *ballots, "check", say("help.cmd.ballots.check"), ballots_check, run_ballots_check)
        ->add_option(say("help.arg.round"), ballots_check.round, say("help.opt.round"))
        ->required();
    BallotsSheetsOptions ballots_sheets;
    {
        CLI::App* sub = leaf(leaves, *ballots, "sheets", say("help.cmd.ballots.sheets"),
                             ballots_sheets, run_ballots_sheets);
        sub->add_option(say("help.arg.round"), ballots_sheets.round, say("help.opt.round"))->required();
        sub->add_option("--out", ballots_sheets.out, say("help.opt.sheets.out"));
        sub->add_flag("--force", ballots_sheets.force, say("help.opt.sheets.force"));
    }
    SimulateOptions simulate;
    {
        CLI::App* sub = leaf(leaves, app, "simulate", say("help.cmd.simulate"), simulate, run_simulate);
        sub->add_option(say("help.arg.round"), simulate.round, say("help.opt.round"))->required();
        sub->add_option("--seed", simulate.seed, say("help.opt.simulate.seed"));
        sub->add_flag("--force", simulate.force, say("help.opt.simulate.force"));
    }
    StandingsViewOptions standings;
    {
        CLI::App* sub = leaf(leaves, app, "standings", say("help.cmd.standings"), standings, run_standings);
        sub->add_option(say("help.arg.table"), standings.table, say("help.opt.standings.table"))
            ->check(CLI::IsMember({"teams", "speakers", "replies"}));
        sub->add_option("--after", standings.after, say("help.opt.standings.after"));
    }
    ResultsOptions results;
    leaf(leaves, app, "results", say("help.cmd.results"), results, run_results)
        ->add_option(say("help.arg.round"), results.round, say("help.opt.round"))
        ->required();
    StatusOptions status;
    leaf(leaves, app, "status", say("help.cmd.status"), status, run_status);
    StatsOptions stats;
    leaf(leaves, app, "stats", say("help.cmd.stats"), stats, run_stats)
        ->add_option(say("help.arg.path"), stats.path, say("help.opt.stats_path"));

    CLI::App* season = app.add_subcommand("season", say("help.cmd.season"));
    season->require_subcommand(1);
    season->footer(say("help.footer.season"));
    SeasonOptions season_status;
    leaf(leaves, *season, "status", say("help.cmd.season.status"), season_status, run_season_status)
        ->add_option("--season", season_status.path, say("help.opt.season_dir"));
    SeasonQualifyOptions season_qualify;
    {
        CLI::App* sub = leaf(leaves, *season, "qualify", say("help.cmd.season.qualify"),
                             season_qualify, run_season_qualify);
        sub->add_option(say("help.arg.stage"), season_qualify.stage, say("help.opt.stage"))->required();
        sub->add_option("--season", season_qualify.path, say("help.opt.season_dir"));
        sub->footer(say("help.footer.season.qualify"));
    }
    SeasonTableOptions season_table;
    {
        CLI::App* sub = leaf(leaves, *season, "table", say("help.cmd.season.table"), season_table, run_season_table);
        sub->add_option("--by", season_table.by, say("help.opt.by"))
            ->check(CLI::IsMember({"team", "speaker", "institution", "district"}));
        sub->add_option("--season", season_table.path, say("help.opt.season_dir"));
    }
    SeasonOptions season_duplicates;
    leaf(leaves, *season, "duplicates", say("help.cmd.season.duplicates"), season_duplicates, run_season_duplicates)
        ->add_option("--season", season_duplicates.path, say("help.opt.season_dir"));

    ProtocolOptions protocol;
    leaf(leaves, app, "protocol", say("help.cmd.protocol"), protocol, run_protocol)
        ->add_option(say("help.arg.path"), protocol.path, say("help.opt.dir_default"));
    DrawOptions draw;
    {
        CLI::App* sub = leaf(leaves, app, "draw", say("help.cmd.draw"), draw, run_draw);
        sub->add_option(say("help.arg.round"), draw.round, say("help.opt.round"));
        sub->add_option("--state", draw.state, say("help.opt.draw.state"));
        sub->add_flag("--show", draw.show, say("help.opt.draw.show"));
        sub->add_option("--seed", draw.seed, say("help.opt.draw.seed"));
        sub->add_flag("--explain", draw.explain, say("help.opt.draw.explain"));
        sub->add_flag("--dry-run", draw.dry_run, say("help.opt.draw.dry_run"));
        sub->add_flag("--force", draw.force, say("help.opt.draw.force"));
        sub->add_flag("--allow-incomplete", draw.allow_incomplete, say("help.opt.allow_incomplete"));
        sub->footer(say("help.footer.draw"));
    }

    ImportDebateXmlOptions import_debatexml;
    {
        CLI::App* sub = leaf(leaves, *import, "debatexml", say("help.cmd.import.debatexml"), import_debatexml,
                             run_import_debatexml);
        sub->add_option(say("help.arg.file"), import_debatexml.file, say("help.opt.debatexml_file"))->required();
        sub->add_option(say("help.arg.dir"), import_debatexml.dir, say("help.opt.new_dir"))->required();
    }
    CLI::App* export_ = app.add_subcommand("export", say("help.cmd.export"));
    export_->require_subcommand(1);
    ExportOptions export_debatexml;
    {
        CLI::App* sub = leaf(leaves, *export_, "debatexml", say("help.cmd.export.debatexml"), export_debatexml,
                             run_export_debatexml);
        sub->add_option(say("help.arg.dir"), export_debatexml.dir, say("help.opt.dir_default"));
        sub->add_flag("--include-contacts", export_debatexml.include_contacts, say("help.opt.export.debatexml_contacts"));
    }
    ExportOptions export_json;
    {
        CLI::App* sub = leaf(leaves, *export_, "json", say("help.cmd.export.json"), export_json, run_export_json);
        sub->add_option(say("help.arg.dir"), export_json.dir, say("help.opt.dir_default"));
        sub->add_flag("--include-contacts", export_json.include_contacts, say("help.opt.export.json_contacts"));
    }
    PublishOptions publish;
    {
        CLI::App* sub = leaf(leaves, app, "publish", say("help.cmd.publish"), publish, run_publish);
        sub->add_option(say("help.arg.dir"), publish.dir, say("help.opt.publish.dir"))->required();
        sub->add_option(say("help.arg.out"), publish.out, say("help.opt.publish.out"))->required();
        sub->add_flag("--force", publish.force, say("help.opt.publish.force"));
        sub->add_flag("--include-silent", publish.include_silent, say("help.opt.publish.include_silent"));
    }
    ReplayOptions replay;
    leaf(leaves, app, "replay", say("help.cmd.replay"), replay, run_replay)
        ->add_option(say("help.arg.dir"), replay.dir, say("help.opt.dir_or_here"));
    for (CLI::App* writer : {app.get_subcommand("init"), import->get_subcommand("tabbycat"), import->get_subcommand("debatexml"),
                             app.get_subcommand("draw"), app.get_subcommand("allocate"), app.get_subcommand("simulate"),
                             app.get_subcommand("break"), app.get_subcommand("publish"), season->get_subcommand("qualify")})
        add_lock_footer(writer, say("help.footer.lock"));
    group_help_flags(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        std::cerr << parse_error_text(e, catalogue);
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

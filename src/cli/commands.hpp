// Every command: an options struct filled by commands.cpp (with help_format.cpp, the only files that include CLI11)
// and a run function in cmd_<name>.cpp that returns the exit code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "tab/model/draw.hpp"

namespace tab::cli {

struct CheckOptions {};
int run_check(Context& ctx, const CheckOptions& o);

struct ListOptions {
    bool include_contacts = false;  // print phone, e-mail and birth date
};
int run_teams(Context& ctx, const ListOptions& o);
int run_adjudicators(Context& ctx, const ListOptions& o);

struct RoundsOptions {};
int run_rounds(Context& ctx, const RoundsOptions& o);

struct InitOptions {
    std::string dir;
    std::string preset = "bp";
};
int run_init(Context& ctx, const InitOptions& o);

struct ImportTabbycatOptions {
    std::string source;
    std::string dir;
    std::string preset;  // empty: inferred from the layout
};
int run_import_tabbycat(Context& ctx, const ImportTabbycatOptions& o);

struct BreakOptions {
    bool force = false;  // recompute over an existing break.csv
    bool show = false;   // print the stored break.csv
    bool allow_incomplete = false;  // --allow-incomplete
};
int run_break(Context& ctx, const BreakOptions& o);

struct AwardsOptions {
    bool provisional = false;  // --provisional (or --allow-incomplete): go on before the tournament is finished
};
int run_awards(Context& ctx, const AwardsOptions& o);
struct CertificatesOptions {
    std::string orientation = "landscape";  // of the A4 sheets of --format html
    bool provisional = false;               // --provisional (or --allow-incomplete)
};
int run_certificates(Context& ctx, const CertificatesOptions& o);

struct AllocateOptions {
    std::string round;
    bool force = false;    // replace adjudicators already in the draw
    bool explain = false;  // per room: each member's role and strength, and the soft rules traded off
    bool dry_run = false;  // print, do not write
};
int run_allocate(Context& ctx, const AllocateOptions& o);

struct BallotsCheckOptions {
    std::string round;
};
int run_ballots_check(Context& ctx, const BallotsCheckOptions& o);

struct BallotsSheetsOptions {
    std::string round;
    std::string out;     // --out FILE: write there instead of stdout
    bool force = false;  // overwrite an existing --out file
};
int run_ballots_sheets(Context& ctx, const BallotsSheetsOptions& o);

struct SimulateOptions {
    std::string round;
    std::optional<uint64_t> seed;  // --seed: overrides the seed derived from the tournament's
    bool force = false;            // overwrite an existing ballots.csv
};
int run_simulate(Context& ctx, const SimulateOptions& o);

struct StandingsViewOptions {
    std::string table = "teams";   // teams | speakers | replies
    std::string after;             // --after ROUND; empty = every drawn prelim
};
int run_standings(Context& ctx, const StandingsViewOptions& o);

struct ResultsOptions {
    std::string round;
};
int run_results(Context& ctx, const ResultsOptions& o);

struct StatusOptions {};
int run_status(Context& ctx, const StatusOptions& o);
struct DrawOptions {
    std::string round;             // round id; empty with --state
    std::string state;             // --state FILE.json ("-" = stdin)
    std::optional<uint64_t> seed;  // --seed: overrides the round's seed
    bool explain = false;          // per-room cost terms and the quality summary
    bool dry_run = false;          // print, do not write
    bool force = false;            // overwrite an existing draw
    bool show = false;             // --show: print the stored draw
    bool allow_incomplete = false; // --allow-incomplete
};
int run_draw(Context& ctx, const DrawOptions& o);

struct StatsOptions {
    std::string path;  // a tournament or season directory, relative to -C (default: -C itself)
};
int run_stats(Context& ctx, const StatsOptions& o);

struct SeasonOptions {
    std::string path;  // the season directory (season.toml), relative to -C
};
int run_season_status(Context& ctx, const SeasonOptions& o);
int run_season_duplicates(Context& ctx, const SeasonOptions& o);
struct SeasonQualifyOptions {
    std::string path;
    std::string stage;  // a stage id of season.toml
};
int run_season_qualify(Context& ctx, const SeasonQualifyOptions& o);
struct SeasonTableOptions {
    std::string path;
    std::string by;  // team | speaker | institution | district; empty = all four
};
int run_season_table(Context& ctx, const SeasonTableOptions& o);

struct ProtocolOptions {
    std::string path;  // the tournament directory, relative to -C
};
int run_protocol(Context& ctx, const ProtocolOptions& o);
// tab import debatexml, tab export debatexml|json, tab publish (cmd_debatexml.cpp, cmd_export_json.cpp, cmd_publish.cpp).
struct ImportDebateXmlOptions {
    std::string file;  // the archive
    std::string dir;   // the tournament directory to create
};
int run_import_debatexml(Context& ctx, const ImportDebateXmlOptions& o);
struct ExportOptions {
    std::string dir;                // the tournament directory; empty = -C
    bool include_contacts = false;  // also phone, e-mail and birth date
};
int run_export_debatexml(Context& ctx, const ExportOptions& o);
int run_export_json(Context& ctx, const ExportOptions& o);
struct PublishOptions {
    std::string dir;  // the tournament directory
    std::string out;  // the folder the pages are written into
    bool force = false;  // also into a non-empty folder that publish did not write
    bool include_silent = false;  // silent rounds' results before the tournament is over
};
int run_publish(Context& ctx, const PublishOptions& o);
struct ReplayOptions {
    std::string dir;  // tournament directory (default: -C or .)
};
int run_replay(Context& ctx, const ReplayOptions& o);
}  // namespace tab::cli

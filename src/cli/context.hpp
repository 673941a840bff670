// What every command is handed: the global options, and helpers to load the tournament,
// report diagnostics and print tables the same way everywhere.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "tab/base/diagnostics.hpp"
#include "tab/base/filesystem.hpp"
#include "tab/io/disk_filesystem.hpp"
#include "tab/render/render.hpp"
#include "tab/model/tournament.hpp"
#include "tab/translate/translate.hpp"

namespace tab::cli {

// Documented in `tab --help` and man/tab.1.
namespace exit_code {
inline constexpr int ok = 0;
inline constexpr int invalid_input = 1;
inline constexpr int usage = 2;
inline constexpr int refused_overwrite = 3;
inline constexpr int cannot = 4;
inline constexpr int replay_mismatch = 5;
inline constexpr int internal = 70;
// The exit code of a core failure.
int of(Failure failure);
}  // namespace exit_code

struct GlobalOptions {
    std::string dir = ".";        // -C: the tournament directory
    std::string format = "text";  // --format
    std::string lang;             // --lang; empty = the tournament's language (else en)
    bool quiet = false;           // --quiet: no warnings, no progress
};

class Context {
public:
    explicit Context(GlobalOptions options);

    const GlobalOptions& options() const { return options_; }
    OutputFormat format() const { return format_; }
    // The tournament directory as a file system.
    FileSystem& fs();

    // Loads the tournament, printing its diagnostics to stderr. Returns nullptr if it has errors
    // (then `exit_code::invalid_input` is the command's answer).
    const Tournament* load();
    // Puts the names given per language in the output language, for output meant for people
    // (text, Markdown, HTML) with --lang; JSON, CSV and TSV keep the tournament's language
    // (docs/formats.md, "Names per language"). load() does it; commands that load tournaments
    // themselves (protocol, stats, season) call it.
    void show_names(Tournament& t) const;
    // The catalogue for --lang, else the tournament's language, else English.
    Catalogue catalogue() const;

    // A diagnostic as one line, its path relative to the current directory (prefixed with -C DIR)
    // so that editors and terminals can open it.
    std::string describe(const Diagnostic& d, const Catalogue& catalogue) const;
    // A path inside the tournament directory as seen from the current directory.
    std::string path(const std::string& file) const;
    // Prints diagnostics to stderr (warnings only without --quiet); returns the error count.
    int report(const Diagnostics& diags) const;
    // Reports diagnostics and returns the exit code of their first error (0 when there is none):
    // the one place where a core failure becomes an exit code.
    int finish(const Diagnostics& diags) const;
    // Prints a line to stderr, as "tab: message", unless it is a warning and --quiet is set.
    void error(const Message& message) const;  // in the language of catalogue()
    void warn(const Message& message) const;  // in the language of catalogue()
    // A line for the person at the terminal about what was done ("wrote rounds/R1/draw.csv"):
    // stderr, so that stdout carries only the requested output; silent with --quiet.
    void note(const std::string& message) const;
    void note(const Message& message) const;  // in the language of catalogue()
    // Writes rendered output to stdout.
    void print(const std::string& text) const;
    void print(const Table& table) const;
    void print(const std::vector<Table>& tables) const;
    // The same with `catalogue` for the headings: catalogue() plus headings of the tournament's
    // own columns (one per break category, say).
    void print(const std::vector<Table>& tables, const Catalogue& catalogue) const;
    // Shows "label done/total" on one line of stderr once the work has run for a second, only
    // when stderr is a terminal and --quiet is not set; done == total clears the line. Pipes
    // and logs never see it.
    void progress(const std::string& label, int done, int total) const;
    bool stdout_is_terminal() const;
    bool stderr_is_terminal() const;

private:
    GlobalOptions options_;
    OutputFormat format_ = OutputFormat::text;
    std::unique_ptr<FileSystem> fs_;
    std::optional<Tournament> tournament_;
    mutable std::optional<std::chrono::steady_clock::time_point> progress_start_;
    mutable bool progress_shown_ = false;
};

}  // namespace tab::cli

// `tab --help` and `tab COMMAND --help` in the reader's language. CLI11 prints help while it
// parses, before any command has a Context, so the language is decided from the command line
// first (help_language_options), and the command table is built in it; a CLI11 formatter says
// CLI11's own labels from the catalogue and pads the columns by display width, not bytes.
#pragma once

#include <string>

#include "context.hpp"

namespace CLI {
class App;
}

namespace tab::cli {

// The options that decide the language of messages, read from the command line as given
// (--lang X, --lang=X, -C DIR, -CDIR, --dir DIR, --dir=DIR), so that the help speaks the
// language the command would: --lang, else the language the directory declares, else English.
GlobalOptions help_language_options(int argc, char** argv);

// Gives the app (and the subcommands added to it afterwards) a formatter with CLI11's labels in
// the catalogue's language, its help and version flags' descriptions, and the catalogue's
// headings for the groups of options and subcommands. Call it before adding options.
void say_help_in(CLI::App& app, const Catalogue& catalogue);

// CLI11 makes a subcommand's help flag before the subcommand inherits the heading of the option
// group, so it would sit under CLI11's English "Options": this puts every subcommand's help flag
// (at any depth) under the app's heading. Call it once the command table is complete.
void group_help_flags(CLI::App& app);

// The exit-code table that ends `tab --help`, in the catalogue's language.
std::string exit_codes_help(const Catalogue& catalogue);

}  // namespace tab::cli

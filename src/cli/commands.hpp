// Every command: an options struct filled by commands.cpp (the only file that includes CLI11)
// and a run function in cmd_<name>.cpp that returns the exit code.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"

namespace tab::cli {

struct CheckOptions {};
int run_check(Context& ctx, const CheckOptions& o);

struct ListOptions {
    bool include_contacts = false;  // print phone, e-mail and birth date
};
int run_teams(Context& ctx, const ListOptions& o);
int run_adjudicators(Context& ctx, const ListOptions& o);

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
};
int run_break(Context& ctx, const BreakOptions& o);

struct AwardsOptions {};
int run_awards(Context& ctx, const AwardsOptions& o);
int run_certificates(Context& ctx, const AwardsOptions& o);

}  // namespace tab::cli

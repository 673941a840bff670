#include "context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "tab/io/disk_filesystem.hpp"
#include "tab/model/loader.hpp"

namespace tab::cli {

Context::Context(GlobalOptions options) : options_(std::move(options)) {
    format_ = parse_output_format(options_.format).value_or(OutputFormat::text);
    fs_ = std::make_unique<DiskFileSystem>(options_.dir);
}

FileSystem& Context::fs() { return *fs_; }

const Tournament* Context::load() {
    if (tournament_) return &*tournament_;
    Diagnostics diags;
    std::optional<Tournament> t = load_tournament(*fs_, diags);
    Catalogue overridden = Catalogue::builtin(t ? t->language : "en");
    load_catalogue_overrides(overridden, *fs_, diags);
    diags.sort_by_position();
    report(diags);
    if (!t || diags.has_errors()) {
        error(message("diag.cli.tournament_errors", {{"dir", options_.dir}}));
        return nullptr;
    }
    show_names(*t);
    tournament_ = std::move(t);
    return &*tournament_;
}

void Context::show_names(Tournament& t) const {
    const bool for_people = format_ == OutputFormat::text || format_ == OutputFormat::markdown ||
                            format_ == OutputFormat::html;
    if (!options_.lang.empty() && for_people) use_language(t, options_.lang);
}

Catalogue Context::catalogue() const {
    Catalogue catalogue = Catalogue::builtin(!options_.lang.empty() ? options_.lang
                                             : tournament_           ? tournament_->language
                                                                     : declared_language(*fs_));
    Diagnostics reported_by_load;  // translations.csv's problems were reported once, by load()
    load_catalogue_overrides(catalogue, *fs_, reported_by_load);
    return catalogue;
}

std::string Context::path(const std::string& file) const {
    const std::string& dir = options_.dir;
    if (dir == "." || dir.empty() || file.empty() || file.front() == '/') return file;
    return dir + (dir.back() == '/' ? "" : "/") + file;
}

std::string Context::describe(const Diagnostic& d, const Catalogue& catalogue) const {
    Diagnostic shown = d;
    shown.file = path(d.file);
    return catalogue.describe(shown);
}

int Context::report(const Diagnostics& diags) const {
    const Catalogue catalogue = this->catalogue();
    for (const Diagnostic& d : diags.all()) {
        if (d.severity == Severity::warning && options_.quiet) continue;
        std::cerr << describe(d, catalogue) << "\n";
    }
    return diags.error_count();
}

int exit_code::of(Failure failure) {
    switch (failure) {
    case Failure::invalid_input: return invalid_input;
    case Failure::usage: return usage;
    case Failure::refused_overwrite: return refused_overwrite;
    case Failure::cannot: return cannot;
    }
    return internal;
}

int Context::finish(const Diagnostics& diags) const {
    report(diags);
    return diags.has_errors() ? exit_code::of(diags.first_failure()) : exit_code::ok;
}

void Context::note(const std::string& message) const {
    if (!options_.quiet) std::cerr << message << "\n";
}

void Context::note(const Message& message) const {
    if (!options_.quiet) std::cerr << catalogue().say(message) << "\n";
}

void Context::error(const Message& message) const { std::cerr << "tab: " << catalogue().say(message) << "\n"; }

void Context::warn(const Message& message) const {
    if (options_.quiet) return;
    const Catalogue catalogue = this->catalogue();
    std::cerr << "tab: " << catalogue.tr("diag.warning") << ": " << catalogue.say(message) << "\n";
}

void Context::print(const std::string& text) const { std::cout << text << std::flush; }

void Context::print(const Table& table) const { print(std::vector<Table>{table}); }

void Context::print(const std::vector<Table>& tables) const { print(tables, catalogue()); }

void Context::print(const std::vector<Table>& tables, const Catalogue& catalogue) const {
    RenderOptions options;
    options.color = format_ == OutputFormat::text && stdout_is_terminal() && std::getenv("NO_COLOR") == nullptr;
    print(render_tables(tables, format_, catalogue, options));
}

void Context::progress(const std::string& label, int done, int total) const {
    if (options_.quiet || !stderr_is_terminal()) return;
    const auto now = std::chrono::steady_clock::now();
    if (!progress_start_) progress_start_ = now;
    if (done >= total) {
        if (progress_shown_) std::cerr << "\r\033[K" << std::flush;
        progress_start_.reset();
        progress_shown_ = false;
        return;
    }
    if (now - *progress_start_ < std::chrono::seconds(1)) return;
    std::cerr << "\r\033[K" << label << " " << done << "/" << total << std::flush;
    progress_shown_ = true;
}

bool Context::stdout_is_terminal() const { return ::isatty(STDOUT_FILENO) == 1; }
bool Context::stderr_is_terminal() const { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace tab::cli

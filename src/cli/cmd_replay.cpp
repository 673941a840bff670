// tab replay [DIR]: the regression check for a past tournament. Each draw that tab made (one with
// a draw.toml whose method is not manual) is made again, in a scratch copy of the directory
// without that draw, by the same `tab draw` with the recorded seed, and compared byte for byte
// with the recorded draw.csv. Then every round's ballots are checked and every standings table
// (teams, speakers, replies after each prelim) is computed twice and must print the same bytes.
// Exit 5 if a draw or a table differs, 1 if ballots have errors.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "standings_view.hpp"
#include "tab/ballots/ballots.hpp"
#include "tab/model/settings.hpp"

namespace tab::cli {
namespace {

namespace fs = std::filesystem;

// The seed recorded in rounds/<id>/draw.toml, or nullopt when the draw was made by hand.
std::optional<uint64_t> recorded_seed(FileSystem& files, const Tournament& t, const std::string& round) {
    if (!files.exists(draw_meta_path(round))) return std::nullopt;
    Diagnostics diags;
    std::optional<Draw> draw = read_draw(files, t, round, diags);
    if (!draw || draw->method == "manual") return std::nullopt;
    return draw->seed;
}

// The first line where two texts differ (1-based), 0 if they are equal.
int first_difference(const std::string& a, const std::string& b) {
    std::istringstream x(a), y(b);
    std::string p, q;
    for (int line = 1;; ++line) {
        bool more_x = static_cast<bool>(std::getline(x, p)), more_y = static_cast<bool>(std::getline(y, q));
        if (!more_x && !more_y) return 0;
        if (more_x != more_y || p != q) return line;
    }
}

// Draws the round again in a scratch copy of `dir` and returns the new draw.csv.
std::optional<std::string> redraw(Context& ctx, const std::string& dir, const std::string& round, uint64_t seed) {
    std::string pattern = (fs::temp_directory_path() / "tab-replay-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) return std::nullopt;
    const fs::path scratch = fs::path(pattern) / "t";
    std::error_code ec;
    fs::copy(dir, scratch, fs::copy_options::recursive, ec);
    fs::remove(scratch / draw_path(round), ec);
    fs::remove(scratch / draw_meta_path(round), ec);
    GlobalOptions options = ctx.options();
    options.dir = scratch.string();
    options.quiet = true;
    options.format = "text";
    Context inner(options);
    DrawOptions draw;
    draw.round = round;
    draw.seed = seed;
    std::ostringstream sink;
    std::streambuf* saved = std::cout.rdbuf(sink.rdbuf());
    int code = run_draw(inner, draw);
    std::cout.rdbuf(saved);
    std::optional<std::string> text;
    if (code == exit_code::ok) text = inner.fs().read(draw_path(round));
    fs::remove_all(pattern, ec);
    return text;
}

}  // namespace

int run_replay(Context& ctx, const ReplayOptions& o) {
    if (!o.dir.empty()) {
        GlobalOptions options = ctx.options();
        options.dir = o.dir;
        Context inner(options);
        ReplayOptions rest;
        return run_replay(inner, rest);
    }
    const Tournament* t = ctx.load();
    if (!t) return exit_code::invalid_input;
    int differences = 0, invalid = 0, draws = 0, tables = 0;
    const int rounds = static_cast<int>(t->rounds.size());
    for (int i = 0; i < rounds; ++i) {
        const Round& round = t->rounds[static_cast<size_t>(i)];
        ctx.progress("replay", i, rounds);
        if (!ctx.fs().exists(draw_path(round.id))) continue;
        std::optional<uint64_t> seed = recorded_seed(ctx.fs(), *t, round.id);
        if (seed && round.stage == Stage::prelim) {
            ++draws;
            std::optional<std::string> again = redraw(ctx, ctx.options().dir, round.id, *seed);
            std::string recorded = ctx.fs().read(draw_path(round.id)).value_or("");
            if (!again) {
                ctx.error(round.id + ": the draw could not be made again with seed " + std::to_string(*seed));
                ++differences;
            } else if (int line = first_difference(recorded, *again); line > 0) {
                ctx.error(draw_path(round.id) + ":" + std::to_string(line) +
                          ": the recorded draw differs from the one made again with seed " + std::to_string(*seed));
                ++differences;
            }
        }
        Diagnostics diags;
        std::optional<Draw> draw = read_draw(ctx.fs(), *t, round.id, diags);
        if (draw) check_ballots(*t, *draw, read_ballots(ctx.fs(), *t, *draw, diags), diags);
        diags.sort_by_position();
        invalid += ctx.report(diags);
        if (round.stage != Stage::prelim) continue;
        for (const std::string table : {"teams", "speakers", "replies"}) {
            Diagnostics quiet;
            std::vector<RoundResults> results = load_results(*t, ctx.fs(), round.id, quiet);
            std::string error;
            std::optional<std::string> first = render_standings(ctx, *t, results, table, round.id, &error);
            std::optional<std::string> second = render_standings(ctx, *t, results, table, round.id, &error);
            ++tables;
            if (!first || !second) {
                ctx.progress("replay", rounds, rounds);
                ctx.error("tournament.toml: [standings]: " + error);
                return exit_code::invalid_input;
            }
            if (*first != *second) {
                ctx.error(round.id + ": the " + table + " standings differ between two computations");
                ++differences;
            }
        }
    }
    ctx.progress("replay", rounds, rounds);
    ctx.print("replay: " + std::to_string(draws) + " draws made again, " + std::to_string(tables) +
              " standings tables computed, " + std::to_string(differences) + " difference(s)\n");
    if (differences > 0) return exit_code::replay_mismatch;
    return invalid > 0 ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace tab::cli

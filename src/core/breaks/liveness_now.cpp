// liveness_now() (tab/breaks/liveness.hpp): liveness from the break files of the tournament
// directory, for the commands and pages that show it beside the team tab.
#include "tab/breaks/break.hpp"
#include "tab/breaks/liveness.hpp"

namespace tab {

std::optional<TournamentLiveness> liveness_now(const Tournament& t, const FileSystem& fs,
                                               const std::vector<RoundResults>& results, Diagnostics& diags) {
    // Liveness is an aside of the command that shows it: a broken break file must not stop it.
    Diagnostics file_problems;
    std::optional<Break> stored = read_break(t, fs, file_problems);
    std::vector<ManualRemark> remarks;
    if (!stored) remarks = read_break_remarks(t, fs, file_problems);
    for (Diagnostic d : file_problems.all()) {
        d.severity = Severity::warning;
        diags.add(std::move(d));
    }
    return compute_liveness(t, results, stored ? &*stored : nullptr, remarks, diags);
}

}  // namespace tab

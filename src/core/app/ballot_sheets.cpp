#include "tab/app/ballot_sheets.hpp"

#include "tab/app/rounds.hpp"
#include "tab/base/csv.hpp"

namespace tab::app {

std::optional<BallotSheets> ballot_sheets(const Tournament& t, const FileSystem& fs, const BallotSheetsRequest& request,
                                          Diagnostics& diags) {
    const Round* round = find_round(t, request.round, diags);
    if (!round) return std::nullopt;
    std::optional<Draw> draw = stored_draw(t, fs, *round, diags);
    if (!draw) return std::nullopt;

    BallotSheets out;
    out.tournament = t.name;
    out.round = round->id;
    out.round_name = round->name;
    for (const Motion& m : round->motions) out.motions.push_back(m.text);
    out.elimination = round->stage == Stage::elimination;
    out.bp = t.format.is_bp();
    out.speakers_per_team = t.format.speakers_per_team;
    out.reply = t.format.reply;
    out.speech_ranks = t.format.speech_ranks;
    for (const Debate& d : draw->debates) {
        BlankSheet sheet;
        sheet.room = d.room;
        sheet.venue = d.venue;
        for (size_t side = 0; side < d.teams.size(); ++side) {
            const Team& team = t.teams[static_cast<size_t>(d.teams[side])];
            SheetTeam entry{side < t.format.sides.size() ? t.format.sides[side] : "", team.name, {}};
            for (int s : team.speakers) entry.speakers.push_back(t.speakers[static_cast<size_t>(s)].name);
            sheet.teams.push_back(std::move(entry));
        }
        std::vector<int> voting;  // trainees do not vote and fill in no sheet
        if (d.chair >= 0) voting.push_back(d.chair);
        voting.insert(voting.end(), d.panellists.begin(), d.panellists.end());
        if (voting.empty()) out.sheets.push_back(sheet);
        for (int a : voting) {
            BlankSheet mine = sheet;
            mine.adjudicator = t.adjudicators[static_cast<size_t>(a)].name;
            mine.chair = a == d.chair;
            out.sheets.push_back(std::move(mine));
        }
    }
    return out;
}

std::string ballot_sheets_csv(const BallotSheets& sheets) {
    std::string out = csv_line({"room", "adjudicator", "team", "speaker", "position", "score", "rank", "win", "iron", "status"}) + "\n";
    for (const BlankSheet& sheet : sheets.sheets) {
        const std::string room = std::to_string(sheet.room);
        for (const SheetTeam& team : sheet.teams) {
            auto row = [&](const std::string& speaker, const std::string& position) {
                out += csv_line({room, sheet.adjudicator, team.team, speaker, position, "", "", "", "", ""}) + "\n";
            };
            for (int p = 1; p <= sheets.speakers_per_team; ++p)
                row(p <= static_cast<int>(team.speakers.size()) ? team.speakers[static_cast<size_t>(p - 1)] : "", std::to_string(p));
            if (sheets.reply) row("", "reply");
        }
    }
    return out;
}

}  // namespace tab::app

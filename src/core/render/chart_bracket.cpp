// The elimination bracket (tab/render/charts.hpp). The first round's boxes stand one under the
// other; a later round's box stands level with the middle of the boxes its teams came from
// (its feeders), or below the box above it when that place is taken or it has no feeder (a team
// that skipped a partial round). A feeder is joined to its box by an elbow line.
#include <algorithm>

#include "tab/render/charts.hpp"

namespace tab::svg {

namespace {

constexpr double team_line = 18;
constexpr double box_gap = 14;
constexpr double column_gap = 44;
constexpr double header = 28;

struct Box {
    double y = 0, height = 0;
    double middle() const { return y + height / 2; }
};

// Whether a team that went through in `from` debates in `to`.
bool feeds(const std::vector<BracketTeam>& from, const std::vector<BracketTeam>& to) {
    for (const BracketTeam& a : from)
        if (a.advanced)
            for (const BracketTeam& b : to)
                if (a.name == b.name) return true;
    return false;
}

}  // namespace

Figure bracket(const std::vector<BracketRound>& rounds, const std::string& mark, std::string title, std::string id) {
    double column = 120;
    for (const BracketRound& r : rounds) {
        column = std::max(column, text_width(r.name, 13) + 12);
        for (const auto& debate : r.debates)
            for (const BracketTeam& team : debate) column = std::max(column, text_width(team.name + " " + mark) + 16);
    }
    Figure f(static_cast<double>(rounds.size()) * (column + column_gap) - column_gap + 2, 0, std::move(title),
             std::move(id));
    std::vector<std::vector<Box>> boxes(rounds.size());
    double bottom = header;
    for (size_t r = 0; r < rounds.size(); ++r) {
        const double x = static_cast<double>(r) * (column + column_gap) + 1;
        f.text(x, 16, rounds[r].name, {Anchor::start, true, 13});
        double free = header;
        for (const auto& debate : rounds[r].debates) {
            Box box{free, static_cast<double>(debate.size()) * team_line + 8};
            std::vector<size_t> feeders;
            if (r > 0)
                for (size_t i = 0; i < rounds[r - 1].debates.size(); ++i)
                    if (feeds(rounds[r - 1].debates[i], debate)) feeders.push_back(i);
            if (!feeders.empty()) {
                double sum = 0;
                for (size_t i : feeders) sum += boxes[r - 1][i].middle();
                box.y = std::max(free, sum / static_cast<double>(feeders.size()) - box.height / 2);
            }
            for (size_t i : feeders) {
                const double from_x = x - column_gap, elbow = x - column_gap / 2, from_y = boxes[r - 1][i].middle();
                f.line(from_x, from_y, elbow, from_y, "#777");
                f.line(elbow, from_y, elbow, box.middle(), "#777");
                f.line(elbow, box.middle(), x, box.middle(), "#777");
            }
            f.rect(x, box.y, column, box.height, "#fafafa", "#888");
            for (size_t t = 0; t < debate.size(); ++t) {
                const BracketTeam& team = debate[t];
                f.text(x + 8, box.y + 4 + static_cast<double>(t + 1) * team_line - 5,
                       team.advanced ? team.name + " " + mark : team.name, {Anchor::start, team.advanced});
            }
            boxes[r].push_back(box);
            free = box.y + box.height + box_gap;
            bottom = std::max(bottom, free);
        }
    }
    f.set_height(bottom);
    return f;
}

}  // namespace tab::svg

// MIT-Tab's per-round speaks and ranks of each debater (its tab_logic/stats.py), which the APDA
// metrics sum and trim. Per prelim round, a debater gets:
//   spoke          the speeches they gave; as an iron person (two speeches) the mean of the two for
//                  their own tab, both speeches for their team's
//   bye, or their team won by forfeit (a debate whose ballot records the team's win but none of
//                  its speeches, as MIT-Tab's archives write a forfeit)
//                  their average: the mean, over the rounds they spoke, of each round's value (0
//                  when they have not spoken)
//   their team lost by forfeit (recorded loss, no speeches)
//                  0 speaks and rank 3.5 (MIT-Tab's MINIMUM_DEBATER_SPEAKS, MAXIMUM_DEBATER_RANKS)
//   otherwise      nothing: a round without a result, or a teammate who spoke both speeches
#pragma once

#include <vector>

#include "tab/base/fraction.hpp"
#include "tab/ballots/results.hpp"

namespace tab::apda {

struct DebaterSeries {
    std::vector<Fraction> speaks, ranks;            // one value per round (an iron person's mean)
    std::vector<Fraction> team_speaks, team_ranks;  // every speech on its own (the team's view)
};

// One series per speaker of t (by index), over the prelim rounds of `results`.
std::vector<DebaterSeries> debater_series(const Tournament& t, const std::vector<RoundResults>& results);

// The values of a team's debaters pooled (team_speaks or team_ranks of each member).
std::vector<Fraction> team_pool(const Tournament& t, const std::vector<DebaterSeries>& series, int team, bool ranks);

// MIT-Tab's adjusted sum: the values sorted, the `drop` lowest and `drop` highest left out; 0 when
// there are no more than 2 × drop values (Python's sum(v[drop:-drop])).
Fraction adjusted_sum(std::vector<Fraction> values, size_t drop);

}  // namespace tab::apda

// The one normalisation under which two names of people, teams, adjudicators, institutions or
// venues are the same name (docs/formats.md "Names"): what a reader cannot tell apart on a
// printed draw. The loader refuses two participants whose names share a key; a matcher of typed
// names (ballots) can look names up by it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tab {

// Lower case, NFC, ё → е, runs of spaces, tabs and no-break or thin spaces made one space, trimmed: the
// spelling of a name without its accidents of typing.
std::string normalise_name(std::string_view name);

// normalise_name, then look-alike letters folded onto one (in either case): Cyrillic letters that
// look like Latin ones, and the Kazakh letters with the Russian letter a typist without a Kazakh
// keyboard writes for them (а/ә/ə→a, в→b, е/ё→e, і/ı→i, ј→j, к/қ→k, м→m, н/ң/һ→h, о/ө/ɵ→o, р→p,
// с→c, ѕ→s, т→t, у/ү/ұ→y, х→x, ғ→г), curly quotes and guillemets onto ' and ".
std::string name_key(std::string_view name);

// The edit distance (insertions, deletions, substitutions of letters) between two names' keys.
int name_distance(std::string_view a, std::string_view b);

// The candidates nearest to a typed name by name_distance (every one at the least distance, in
// the order given): the "did you mean" of a name that matches none.
std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace tab

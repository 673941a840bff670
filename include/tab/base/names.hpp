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

// normalise_name, then the letters a reader cannot tell apart folded onto one (in either case):
// Cyrillic letters that look like Latin ones (а→a, в→b, е/ё→e, і/ı→i, ј→j, к→k, м→m, н/һ→h,
// о→o, р→p, с→c, ѕ→s, т→t, у→y, х→x), the Latin schwa and barred o onto ә and ө, curly quotes
// and guillemets onto ' and ". The loader refuses two participants of one kind sharing this key.
std::string name_key(std::string_view name);

// name_key, then the Kazakh letters folded onto the letter typed for them on a Russian keyboard
// (ә→a, ө→o, ү/ұ→y, қ→k, ғ→г, ң→h): «Нурсултан» typed for «Нұрсұлтан». Two participants may
// share it (two spellings are two names), so a typed name is found by it only when one
// candidate has it.
std::string typed_name_key(std::string_view name);

// The position in `names` of a typed name: the one with its name_key, else the only one with its
// typed_name_key; -1 when none (or several) match.
int match_typed_name(std::string_view typed, const std::vector<std::string>& names);

// The edit distance (insertions, deletions, substitutions of letters) between two names' typed keys.
int name_distance(std::string_view a, std::string_view b);

// The candidates nearest to a typed name by name_distance (every one at the least distance, in
// the order given): the "did you mean" of a name that matches none.
std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace tab

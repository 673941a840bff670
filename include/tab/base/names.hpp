// The one normalisation under which two names of people, teams, adjudicators, institutions or
// venues are the same name (docs/formats.md "Names"): what a reader cannot tell apart on a
// printed draw. The loader refuses two participants whose names share a key; a matcher of typed
// names (ballots) can look names up by it.
#pragma once

#include <string>
#include <string_view>

namespace tab {

// Lower case, NFC, ё → е, runs of spaces, tabs and no-break spaces made one space, trimmed: the
// spelling of a name without its accidents of typing.
std::string normalise_name(std::string_view name);

// normalise_name, then Cyrillic letters that look like Latin ones (in either case) folded onto them
// (а→a, в→b, е/ё→e, і→i, ј→j, к→k, м→m, н/һ→h, о→o, р→p, с→c, ѕ→s, т→t, у→y, х→x).
std::string name_key(std::string_view name);

}  // namespace tab

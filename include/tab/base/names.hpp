// The one normalisation under which two names of people, teams, adjudicators, institutions or
// venues are the same name (docs/formats.md "Names"): what a reader cannot tell apart on a
// printed draw. The loader refuses two participants whose names share a key; a matcher of typed
// names (ballots) can look names up by it.
#pragma once

#include <string>
#include <string_view>

namespace tab {

// NFC; lower case; Cyrillic letters that look like Latin ones (in either case) folded onto them
// (а→a, в→b, е/ё→e, і→i, ј→j, к→k, м→m, н/һ→h, о→o, р→p, с→c, ѕ→s, т→t, у→y, х→x); spaces,
// tabs and no-break spaces run together into one space; no space at either end.
std::string name_key(std::string_view name);

}  // namespace tab

// People across the tournaments of a season. A pupil who debates at a district qualifier and
// again at the regional final is one person: matched by the stable id of the participant files
// when one is given, else by normalised name and institution.
//
// Normalised means what a careful organiser would ignore: case, ё written as е, spaces doubled
// or around the name, letters typed decomposed (NFC). Spellings that may or may not be the same
// person are not merged but reported as likely duplicates: the loose form also folds the Kazakh
// letters onto their Russian look-alikes (Әлихан ~ Алихан, Ұлан ~ Улан, Нұрсұлтан ~ Нурсултан),
// Latin look-alikes onto Cyrillic ones, and ignores the order of the words (surname first or not)
// and the institution.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tab/base/names.hpp"
#include "tab/model/tournament.hpp"

namespace tab {

// normalise_name (tab/base/names.hpp), then Kazakh letters folded to Russian (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х,
// і→и), Latin look-alikes to Cyrillic, and the words sorted.
std::string loose_name(std::string_view name);

// One appearance of a person in a tournament of the list given to match_people.
struct Appearance {
    int tournament = -1;     // index into the list
    bool adjudicator = false;
    int index = -1;          // into Tournament::speakers or ::adjudicators
};

struct Person {
    std::string id;          // the stable id, if any appearance had one
    std::string name;        // as first written
    std::string institution; // full name (else code) of the first appearance's institution
    std::vector<Appearance> appearances;  // in tournament order, speakers before adjudicators
};

// Every person of the tournaments, each once, in order of first appearance. An appearance with
// an id joins the person with that id, else an id-less person of the same normalised name and
// institution; one without an id joins the person of the same normalised name and institution.
std::vector<Person> match_people(const std::vector<const Tournament*>& tournaments);

struct LikelyDuplicate {
    int first = -1, second = -1;  // indices into the people, first < second
};
// Pairs of different people whose loose names are equal.
std::vector<LikelyDuplicate> likely_duplicates(const std::vector<Person>& people);

// The institution of a person's appearance (full name, else code; "" for none).
std::string appearance_institution(const Tournament& t, const Appearance& a);
const PersonalData& appearance_personal(const Tournament& t, const Appearance& a);

}  // namespace tab

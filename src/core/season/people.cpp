#include "tab/season/people.hpp"

#include <algorithm>
#include <map>

#include "tab/base/unicode.hpp"

namespace tab {
namespace {

char32_t fold_loose(char32_t c) {
    switch (c) {
        case U'ә': return U'а';
        case U'ғ': return U'г';
        case U'қ': return U'к';
        case U'ң': return U'н';
        case U'ө': return U'о';
        case U'ұ': case U'ү': return U'у';
        case U'һ': return U'х';
        case U'і': case U'i': return U'и';
        case U'ə': return U'а';
        case U'a': return U'а';
        case U'e': return U'е';
        case U'o': return U'о';
        case U'p': return U'р';
        case U'c': return U'с';
        case U'x': return U'х';
        case U'y': return U'у';
        case U'k': return U'к';
        case U'h': return U'х';
        default: return c;
    }
}

std::string person_key(const std::string& name, const std::string& institution) {
    return normalise_name(name) + "\n" + normalise_name(institution);
}

}  // namespace

std::string loose_name(std::string_view name) {
    std::vector<char32_t> folded = decode_utf8(normalise_name(name));
    for (char32_t& c : folded) c = fold_loose(c);
    std::string text = encode_utf8(folded);
    std::vector<std::string> words;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::sort(words.begin(), words.end());
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string appearance_institution(const Tournament& t, const Appearance& a) {
    int i = -1;
    if (a.adjudicator) {
        i = t.adjudicators[static_cast<size_t>(a.index)].institution;
    } else {
        int team = t.speakers[static_cast<size_t>(a.index)].team;
        if (team >= 0) i = t.teams[static_cast<size_t>(team)].institution;
    }
    if (i < 0) return "";
    const Institution& inst = t.institutions[static_cast<size_t>(i)];
    return inst.name.empty() ? inst.code : inst.name;
}

const PersonalData& appearance_personal(const Tournament& t, const Appearance& a) {
    return a.adjudicator ? t.adjudicators[static_cast<size_t>(a.index)].personal
                         : t.speakers[static_cast<size_t>(a.index)].personal;
}

std::vector<Person> match_people(const std::vector<const Tournament*>& tournaments) {
    std::vector<Person> people;
    std::map<std::string, int> by_id, by_name;
    for (int ti = 0; ti < static_cast<int>(tournaments.size()); ++ti) {
        const Tournament& t = *tournaments[static_cast<size_t>(ti)];
        auto add = [&](bool adjudicator, int index, const std::string& name, const std::string& id) {
            Appearance a{ti, adjudicator, index};
            std::string institution = appearance_institution(t, a);
            std::string key = person_key(name, institution);
            int who = -1;
            if (!id.empty() && by_id.count(id)) {
                who = by_id[id];
            } else if (by_name.count(key)) {
                int candidate = by_name[key];
                if (id.empty() || people[static_cast<size_t>(candidate)].id.empty()) who = candidate;
            }
            if (who < 0) {
                who = static_cast<int>(people.size());
                people.push_back({"", name, institution, {}});
            }
            Person& p = people[static_cast<size_t>(who)];
            if (!id.empty() && p.id.empty()) {
                p.id = id;
                by_id[id] = who;
            }
            by_name.emplace(key, who);
            p.appearances.push_back(a);
        };
        for (int i = 0; i < static_cast<int>(t.speakers.size()); ++i)
            add(false, i, t.speakers[static_cast<size_t>(i)].name, t.speakers[static_cast<size_t>(i)].id);
        for (int i = 0; i < static_cast<int>(t.adjudicators.size()); ++i)
            add(true, i, t.adjudicators[static_cast<size_t>(i)].name, t.adjudicators[static_cast<size_t>(i)].id);
    }
    return people;
}

std::vector<LikelyDuplicate> likely_duplicates(const std::vector<Person>& people) {
    std::map<std::string, std::vector<int>> groups;
    for (int i = 0; i < static_cast<int>(people.size()); ++i) groups[loose_name(people[static_cast<size_t>(i)].name)].push_back(i);
    std::vector<LikelyDuplicate> out;
    for (const auto& [key, members] : groups)
        for (std::size_t a = 0; a < members.size(); ++a)
            for (std::size_t b = a + 1; b < members.size(); ++b) out.push_back({members[a], members[b]});
    std::sort(out.begin(), out.end(), [](const LikelyDuplicate& x, const LikelyDuplicate& y) {
        return std::pair(x.first, x.second) < std::pair(y.first, y.second);
    });
    return out;
}

}  // namespace tab

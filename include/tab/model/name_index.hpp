// Lookups of participants by name in time independent of their number. A Tournament keeps one
// NameIndex per kind (teams, speakers, ...), built on the first lookup and extended as items are
// appended, so loading draws, ballots and standings stays linear in the number of rows instead
// of scanning every name, folded, for every row.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tab {

class NameIndex {
public:
    // The index of the first item whose name is exactly `wanted`, else of the first whose name
    // has the same name_key (case, look-alike letters and spacing, as typed by people; the loader
    // keeps keys unique among participants of one kind); -1 when none. `name_of(i)` gives
    // item i's name. Items are only ever appended or replaced all at once (a smaller count
    // rebuilds the index); a name is not changed in place after a lookup.
    template <typename NameOf>
    int find(size_t count, std::string_view wanted, NameOf name_of) {
        if (count < indexed_) clear();
        for (; indexed_ < count; ++indexed_) add(name_of(indexed_), static_cast<int>(indexed_));
        const std::vector<int>* same_key = candidates(wanted);
        if (!same_key) return -1;
        for (int i : *same_key)
            if (name_of(static_cast<size_t>(i)) == wanted) return i;
        return same_key->front();
    }

private:
    void clear();
    void add(std::string_view name, int item);
    const std::vector<int>* candidates(std::string_view wanted) const;

    // name_key(name) -> the items of that key, in order.
    std::unordered_map<std::string, std::vector<int>> by_folded_;
    size_t indexed_ = 0;
};

}  // namespace tab

#include "tab/model/name_index.hpp"

#include "tab/base/names.hpp"

namespace tab {

void NameIndex::clear() {
    by_folded_.clear();
    indexed_ = 0;
}

void NameIndex::add(std::string_view name, int item) { by_folded_[name_key(name)].push_back(item); }

const std::vector<int>* NameIndex::candidates(std::string_view wanted) const {
    auto it = by_folded_.find(name_key(wanted));
    return it == by_folded_.end() ? nullptr : &it->second;
}

}  // namespace tab

#include "tab/model/draw_state.hpp"

namespace tab {

SideAllocation DrawRequest::side_allocation() const {
    return options.has("side_allocations") ? options.get<SideAllocation>("side_allocations") : format.side_allocation;
}

int DrawRequest::max_side_imbalance() const {
    return static_cast<int>(options.has("max_side_imbalance") ? options.get_int("max_side_imbalance")
                                                               : format.max_side_imbalance);
}

}  // namespace tab

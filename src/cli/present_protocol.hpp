// The tables of `tab protocol` for people and machines (present.hpp), from app/protocol.hpp.
#pragma once

#include <vector>

#include "present.hpp"
#include "tab/app/protocol.hpp"

namespace tab::cli {

std::vector<Table> protocol_tables(const app::ProtocolResult& r, const Catalogue& cat, bool machines);

}  // namespace tab::cli

// Private steps of allocate() after the panels are built: venues, and what --explain shows.
#pragma once

#include <vector>

#include "seats.hpp"
#include "tab/allocation.hpp"

namespace tab::allocation {

// Gives every debate of out.draw a venue: the best rooms (highest priority) to the most
// important debates, only venues carrying every tag the room's teams and adjudicators need.
// Debates no venue can take become problems.
void assign_venues(const Tournament& t, const AllocationInputs& in, AllocationOutcome& out);

// Fills out.rooms: rank, planned voters and the soft rules each room gave up.
void describe_rooms(const Tournament& t, const AllocationInputs& in, const AllocationSettings& s,
                    const RoomOrder& order, const std::vector<int>& planned, AllocationOutcome& out);

}  // namespace tab::allocation

// Private steps of the allocator: the strengths it uses, and after the panels are built, venues
// and what --explain shows.
#pragma once

#include <string>
#include <vector>

#include "seats.hpp"
#include "tab/allocation/allocation.hpp"

namespace tab::allocation {

// Per adjudicator: the base strength, blended with feedback.csv by [allocation] feedback_weight
// (see feedback.cpp). Errors in the file or the setting go to diags.
std::vector<double> blended_strengths(const Tournament& t, const FileSystem& fs, const std::string& round_id,
                                      Diagnostics& diags);

// Gives every debate of out.draw a venue: the best rooms (highest priority) to the most
// important debates, only venues carrying every tag the room's teams and adjudicators need.
// Debates no venue can take become problems.
void assign_venues(const Tournament& t, const AllocationInputs& in, AllocationOutcome& out);

// Fills out.rooms: rank, planned voters and the soft rules each room gave up.
void describe_rooms(const Tournament& t, const AllocationInputs& in, const AllocationSettings& s,
                    const RoomOrder& order, const std::vector<int>& planned, AllocationOutcome& out);

}  // namespace tab::allocation

// Same-institution rooms and rematches in BP draws. Round 1 (random) reaches the fewest
// same-institution pairs possible (zero when no institution has more teams than there are rooms);
// a power round reaches the lightest rooms of any draw with the optimal position cost, checked
// against an exhaustive search over every partition of 8- and 12-team fields into rooms.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <set>

#include "bp/bp_generator.hpp"
#include "bp_simulation.hpp"

namespace bp_conflict_test {

using tab::DrawMethod;
using tab::DrawOutcome;
using tab::DrawRequest;
using tab::testing::BpSimulation;

DrawOutcome drawn(const DrawRequest& request) {
    tab::Diagnostics diags;
    std::optional<DrawOutcome> outcome = tab::generate_bp_draw(request, diags);
    REQUIRE(outcome);
    return *outcome;
}

tab::bp::BpOptions options_of(const DrawRequest& request) {
    tab::Diagnostics unused;
    return *tab::bp::read_bp_options(request.options, unused);
}

// (position cost in optimiser units, room weight): what the draw is judged by, in that order.
using Score = std::pair<int64_t, int64_t>;

Score score_of(const DrawRequest& request, const std::vector<std::vector<int>>& rooms) {
    tab::bp::BpOptions options = options_of(request);
    tab::bp::ConflictWeights weights(request, options);
    Score score{0, 0};
    for (const std::vector<int>& room : rooms) {
        for (int s = 0; s < 4; ++s) {
            score.first += tab::bp::scaled_position_cost(options.cost, tab::bp::history_of(request.teams[room[s]]), s);
        }
        score.second += weights.room(room);
    }
    return score;
}

Score score_of(const DrawRequest& request, const DrawOutcome& draw) {
    std::vector<std::vector<int>> rooms;
    for (const tab::DrawnRoom& room : draw.rooms) rooms.push_back(room.teams);
    return score_of(request, rooms);
}

// The best score over every draw the room definition allows: each way to fill the rooms in order
// with four admitted teams, each room's teams in their cheapest order of positions.
class Exhaustive {
public:
    explicit Exhaustive(const DrawRequest& request)
        : request_(request), options_(options_of(request)), weights_(request, options_) {
        std::vector<double> points;
        for (const auto& t : request.teams) {
            points.push_back(t.points);
            std::array<int64_t, 4> c{};
            for (int s = 0; s < 4; ++s) c[s] = tab::bp::scaled_position_cost(options_.cost, tab::bp::history_of(t), s);
            cost_.push_back(c);
        }
        specs_ = tab::bp::define_rooms(options_.pullup, points);
        taken_.assign(request.teams.size(), false);
    }

    Score best() {
        fill(0, 0);
        return best_;
    }

private:
    void fill(size_t room, int from) {
        if (room == specs_.size()) {
            best_ = std::min(best_, sum_);
            return;
        }
        if (current_.size() == 4) {
            // The cheapest order of positions for these four teams.
            std::vector<int> order = current_;
            std::sort(order.begin(), order.end());
            int64_t least = INT64_MAX;
            do {
                least = std::min(least, cost_[order[0]][0] + cost_[order[1]][1] + cost_[order[2]][2] + cost_[order[3]][3]);
            } while (std::next_permutation(order.begin(), order.end()));
            const Score kept_sum = sum_;
            sum_.first += least;
            sum_.second += weights_.room(current_);
            std::vector<int> kept = current_;
            current_.clear();
            fill(room + 1, 0);
            current_ = kept;
            sum_ = kept_sum;
            return;
        }
        for (int t = from; t < static_cast<int>(request_.teams.size()); ++t) {
            if (taken_[t] || !specs_[room].allows(request_.teams[t].points)) continue;
            taken_[t] = true;
            current_.push_back(t);
            fill(room, t + 1);
            current_.pop_back();
            taken_[t] = false;
        }
    }

    const DrawRequest& request_;
    tab::bp::BpOptions options_;
    tab::bp::ConflictWeights weights_;
    std::vector<std::array<int64_t, 4>> cost_;
    std::vector<tab::bp::RoomSpec> specs_;
    std::vector<bool> taken_;
    std::vector<int> current_;
    Score sum_{0, 0};
    Score best_{INT64_MAX, INT64_MAX};
};

int institution_pairs(const DrawRequest& request, const DrawOutcome& draw) {
    int pairs = 0;
    for (const tab::DrawnRoom& room : draw.rooms) pairs += tab::bp::same_institution_pairs(request, room);
    return pairs;
}

}  // namespace bp_conflict_test

using namespace bp_conflict_test;

TEST_CASE("bp conflicts: round 1 of 24 teams from 8 schools of 3 has no same-school room") {
    for (uint64_t seed = 1; seed <= 300; ++seed) {
        BpSimulation sim(24, seed, 8);
        DrawRequest request = sim.request(DrawMethod::random, seed);
        INFO("seed " << seed);
        CHECK(institution_pairs(request, drawn(request)) == 0);
    }
}

TEST_CASE("bp conflicts: a random round has the fewest same-institution pairs possible") {
    tab::Rng rng(17);
    int clash_free_fields = 0;
    for (int field = 0; field < 400; ++field) {
        const int teams = 4 * static_cast<int>(2 + rng.below(15));
        const int institutions = static_cast<int>(1 + rng.below(static_cast<uint64_t>(teams)));
        BpSimulation sim(teams, field, institutions);
        DrawRequest request = sim.request(DrawMethod::random, field);
        // Uneven schools: some teams move to the first institution, some have none.
        for (tab::TeamState& t : request.teams) {
            uint64_t roll = rng.below(6);
            if (roll == 0) t.institution = "I0";
            if (roll == 1) t.institution.clear();
        }
        DrawOutcome draw = drawn(request);
        std::set<int> seen;
        for (const auto& room : draw.rooms) seen.insert(room.teams.begin(), room.teams.end());
        CHECK(static_cast<int>(seen.size()) == teams);
        const int fewest = tab::bp::fewest_institution_pairs(request, teams / 4);
        clash_free_fields += fewest == 0;
        INFO("field " << field << ": " << teams << " teams");
        CHECK(institution_pairs(request, draw) == fewest);
        CHECK(drawn(request).rooms[0].teams == draw.rooms[0].teams);  // reproducible
    }
    CHECK(clash_free_fields > 100);  // both kinds of field are covered
}

TEST_CASE("bp conflicts: with institution_penalty 0 round 1 is the plain shuffle") {
    BpSimulation sim(24, 5, 8);
    DrawRequest request = sim.request(DrawMethod::random, 5);
    request.options.set("institution_penalty", 0.0);
    request.options.set("history_penalty", 0.0);
    tab::Rng rng(5);
    std::vector<int> order(24);
    for (int i = 0; i < 24; ++i) order[i] = i;
    rng.shuffle(order);
    DrawOutcome draw = drawn(request);
    for (size_t r = 0; r < draw.rooms.size(); ++r) {
        CHECK(draw.rooms[r].teams == std::vector<int>(order.begin() + 4 * static_cast<long>(r), order.begin() + 4 * static_cast<long>(r) + 4));
    }
}

TEST_CASE("bp conflicts: power rounds on 8 and 12 teams match the exhaustive optimum") {
    int rounds_with_conflicts = 0, checked = 0;
    for (auto [teams, institutions] : {std::pair{8, 3}, std::pair{12, 4}, std::pair{12, 3}}) {
        for (uint64_t seed = 1; seed <= 40; ++seed) {
            BpSimulation sim(teams, seed * 13 + static_cast<uint64_t>(teams), institutions);
            for (int round = 1; round <= 5; ++round) {
                DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, seed * 7 + round);
                DrawOutcome draw = drawn(request);
                if (round > 1) {
                    INFO(teams << " teams, " << institutions << " institutions, seed " << seed << ", round " << round);
                    Score best = Exhaustive(request).best();
                    Score ours = score_of(request, draw);
                    CHECK(ours.first == best.first);
                    CHECK(ours.second == best.second);
                    rounds_with_conflicts += best.second > 0;
                    ++checked;
                }
                sim.play(request, draw);
            }
        }
    }
    CHECK(rounds_with_conflicts > checked / 4);  // the search had something to do
}

TEST_CASE("bp conflicts: over simulated tournaments, positions stay optimal and rooms never get heavier") {
    for (int teams : {24, 48, 100}) {
        for (uint64_t seed = 1; seed <= 3; ++seed) {
            BpSimulation sim(teams, seed, teams / 5);
            for (int round = 1; round <= 7; ++round) {
                DrawRequest request = sim.request(round == 1 ? DrawMethod::random : DrawMethod::power, seed + round);
                DrawRequest plain = request;
                plain.options.set("institution_penalty", 0.0);
                plain.options.set("history_penalty", 0.0);
                DrawOutcome draw = drawn(request);
                Score ours = score_of(request, draw), without = score_of(request, drawn(plain));
                INFO(teams << " teams, seed " << seed << ", round " << round);
                if (round > 1) CHECK(ours.first == without.first);
                CHECK(ours.second <= without.second);
                sim.play(request, draw);
            }
        }
    }
}

// Strength blended with feedback.csv by [allocation] feedback_weight: the blend moves chairs,
// bad rows are reported where they are, and a weight of 0 changes nothing.
#include <doctest/doctest.h>

#include "allocation_fixture.hpp"

using tab::testing::AllocationFixture;

namespace {

// Two rooms, A0 (strength 2) and A1 (strength 1); A1 received feedback 5 and 5 in R1.
struct FeedbackCase {
    AllocationFixture f{"bp", 2};
    tab::MemoryFileSystem fs;

    explicit FeedbackCase(double weight) {
        f.voters(2);
        f.t.edit_section("allocation").set("feedback_weight", weight);
        fs.files["feedback.csv"] = "adjudicator,score,round\nA1,5,R1\nA1,5,R1\n";
    }

    std::optional<tab::AllocationInputs> inputs(tab::Diagnostics& diags) const {
        return tab::load_allocation_inputs(f.t, fs, f.draw, diags);
    }
};

std::vector<std::string> messages(const tab::Diagnostics& diags) {
    std::vector<std::string> out;
    for (const tab::Diagnostic& d : diags.all()) out.push_back(tab::format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("allocation feedback: a blended strength changes who chairs the top room") {
    FeedbackCase c(0.5);
    tab::Diagnostics diags;
    std::optional<tab::AllocationInputs> in = c.inputs(diags);
    REQUIRE(in);
    CHECK(in->strength == std::vector<double>{2, 3});  // A1: 0.5 * 1 + 0.5 * 5
    tab::AllocationOutcome out = c.f.run(*in);
    REQUIRE(out.problems.empty());
    CHECK(out.draw.debates[0].chair == 1);
    CHECK(out.draw.debates[1].chair == 0);
    CHECK(c.f.run().draw.debates[0].chair == 0);  // base strengths alone
}

TEST_CASE("allocation feedback: weight 0 leaves the strengths and the panels as they were") {
    FeedbackCase c(0);
    tab::Diagnostics diags;
    std::optional<tab::AllocationInputs> in = c.inputs(diags);
    REQUIRE(in);
    CHECK(in->strength == std::vector<double>{2, 1});
    const tab::AllocationOutcome with = c.f.run(*in), without = c.f.run();
    for (size_t r = 0; r < with.draw.debates.size(); ++r) CHECK(with.draw.debates[r].chair == without.draw.debates[r].chair);
}

TEST_CASE("allocation feedback: feedback from the round being allocated or later does not count") {
    FeedbackCase c(0.5);
    c.fs.files["feedback.csv"] = "adjudicator,score,round\nA1,5,R2\nA0,4,\n";
    tab::Diagnostics diags;
    std::optional<tab::AllocationInputs> in = c.inputs(diags);
    REQUIRE(in);
    CHECK(in->strength == std::vector<double>{3, 1});
}

TEST_CASE("allocation feedback: unknown adjudicators, bad numbers and rounds are reported where they are") {
    FeedbackCase c(0.5);
    c.fs.files["feedback.csv"] = "adjudicator,score,round\nNobody,4,R1\nA1,four,R1\nA0,3,R9\nA0,nan,\n";
    tab::Diagnostics diags;
    CHECK_FALSE(c.inputs(diags));
    CHECK(messages(diags) == std::vector<std::string>{
                                 "feedback.csv:2:1: error: found 'Nobody'; expected an adjudicator of adjudicators.csv",
                                 "feedback.csv:3:2: error: found 'four'; expected a number",
                                 "feedback.csv:4:3: error: found round 'R9'; expected a round of the tournament",
                                 "feedback.csv:5:2: error: found 'nan'; expected a number",
                             });

    c.fs.files["feedback.csv"] = "name,score\nA0,3\n";
    tab::Diagnostics header;
    CHECK_FALSE(c.inputs(header));
    CHECK(messages(header) ==
          std::vector<std::string>{"feedback.csv:1: error: expected the header row 'adjudicator,score' (and optionally ',round')"});
}

TEST_CASE("allocation feedback: a weight outside 0..1 is an error") {
    FeedbackCase c(1.5);
    tab::Diagnostics diags;
    CHECK_FALSE(c.inputs(diags));
    CHECK(messages(diags) ==
          std::vector<std::string>{"tournament.toml: error: [allocation] feedback_weight is 1.5; expected a number from 0 to 1"});
}

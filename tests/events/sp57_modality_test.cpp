// The lead's session-57 fixes to modality: what a negated verb of establishing governs, what
// evidence is offered for, and the gerund a denial takes are not told as fact (t57 #11, #32).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

namespace {
const sys_days kDct{2024_y / March / 12};

std::string modality_of(const std::string& text, const std::string& mention) {
  const auto g = graph_of_text(text, kDct);
  return std::string(chronograph::graph::to_string(event_with(g, mention).modality));
}
}  // namespace

TEST_CASE("sp57: what a negated verb of establishing governs may or may not be so", "[events][sp57]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The inspectors did not find that the levee had been weakened by the flood.", "weakened"},
      {"Engineers could not confirm that the tunnel had collapsed.", "collapsed"},
      {"The audit has not shown that the funds were stolen.", "stolen"},
      {"Reporters could not independently verify that the video was filmed in the city.", "filmed"},
      {"The review found no evidence that the ballots were altered.", "altered"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "possible");
}

TEST_CASE("sp57: what a verb of establishing finds is so", "[events][sp57]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The inspectors found that the levee had been weakened by the flood.", "weakened"},
      {"Engineers confirmed that the tunnel had collapsed.", "collapsed"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "actual");
}

TEST_CASE("sp57: the gerund a denial takes is contested, not done", "[events][sp57]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The former treasurer has denied taking the money.", "taking"},
      {"Both drivers denied causing the crash.", "causing"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "possible");
}

TEST_CASE("sp57: a participle set off after a denial is told as done", "[events][sp57]") {
  // (the comma: "calling" is what the denier did, not what was denied)
  CHECK(modality_of("The coach denied the report, calling it absurd.", "calling") == "actual");
}

TEST_CASE("sp57: a negation before an aside set off by commas still denies the verb", "[events][sp57]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The landlords would not, however, raise the rents this winter.", "raise"},
      {"The club did not, in the end, sell its stadium.", "sell"},
      {"Ministers have not, so far, approved the new runway.", "approved"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "negated");
}

TEST_CASE("sp57: an aside after a negated clause leaves the next verb alone", "[events][sp57]") {
  // (the comma closes a clause of its own, not an aside inside the verb group)
  CHECK(modality_of("The club did not sell the stadium, and in March it rebuilt the stand.", "rebuilt") == "actual");
  CHECK(modality_of("The landlords, however, raised the rents this winter.", "raised") == "actual");
}

TEST_CASE("sp57: an event noun a gerund after 'without' takes did not happen", "[events][sp57]") {
  CHECK(modality_of("The talks in Oslo broke up on Friday without reaching a settlement.", "settlement") == "negated");
  CHECK(modality_of("The talks in Oslo broke up on Friday after reaching a settlement.", "settlement") == "actual");
}

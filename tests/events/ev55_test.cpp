// Events and modality mended in session ev55 (t55 user tests): "until further notice" names no
// time, so the "not" before it denies; a gerund a verb freezes is not done; the clause of denied
// "reports" read as a verb is a claim; the occasion of a denied verb still takes place; a
// participle that describes its noun ("satellites launched in the 1990s") is not the story's
// event a later "the launch" takes up. Each is tested on sentences written for it and on a case
// that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kThursday = 2024_y / oct / 10;

}  // namespace

TEST_CASE("t55 32: a verb denied 'until further notice' is denied, not planned", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Harbor Mills said on Tuesday that it would not raise the price of its flour until further notice.", "raise"},
      {"The port authority said it would not reopen the north terminal until further notice.", "reopen"},
      {"The regiment will not leave the barracks until further orders.", "leave"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Negated);
}

TEST_CASE("t55 32: a verb denied until a time or an event still happens then", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The port authority said it would not reopen the north terminal until Monday.", "reopen"},
      {"The council will not reopen the bridge until the inspection is complete.", "reopen"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t55 73: what a verb freezes is not done", "[events][ev55]") {
  const auto [text, gerund] = GENERATE(table<std::string, std::string>({
      {"The retailer has frozen hiring until further notice.", "hiring"},
      {"The airline froze recruiting after the merger.", "recruiting"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), gerund).modality == graph::Modality::Negated);
}

TEST_CASE("t55 73: what a verb resumes is done", "[events][ev55]") {
  const auto g = graph_of_text("The retailer has resumed hiring after the merger.", kThursday);
  CHECK(event_with(g, "hiring").modality != graph::Modality::Negated);
}

TEST_CASE("t55 34: what denied reports say may or may not have happened", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The ministry denied reports last week that the dam had been damaged by the flood.", "damaged"},
      {"The club denied reports on Sunday that its coach had resigned.", "resigned"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Possible);
}

TEST_CASE("t55 34: what confirmed reports say happened", "[events][ev55]") {
  const auto g = graph_of_text("Inspectors confirmed reports last month that the tank had been cracked during the storm.", kThursday);
  CHECK(event_with(g, "cracked").modality == graph::Modality::Actual);
}

TEST_CASE("t55 46 48: the occasion of a denied verb still takes place", "[events][ev55]") {
  const auto [text, noun, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"Ms. Brandt did not testify at trial.", "trial", graph::Modality::Actual},
      {"The coach said the goalkeeper would not play in Sunday's cup match.", "match", graph::Modality::Planned},
      {"The minister was not present during the debate.", "debate", graph::Modality::Actual},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == modality);
}

TEST_CASE("t55 46 48: the outcome a denied verb would have brought is denied", "[events][ev55]") {
  const auto g = graph_of_text("The strike did not result in any change.", kThursday);
  CHECK(event_with(g, "change").modality == graph::Modality::Negated);
}

TEST_CASE("t55 31: a participle that describes its noun is not the launch the story takes up", "[events][ev55]") {
  const auto [text, participle, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"The launch of the probe was set for Monday. It replaces probes launched in the 1980s. Strong winds pushed the "
       "launch back by a day.",
       "launched", "launch"},
      {"The opening of the bridge was planned for May. It replaces two bridges opened in the 1950s. A strike delayed "
       "the opening until June.",
       "opened", "opening"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  CHECK_FALSE(has_mention(event_with(g, participle), noun));
  CHECK(events_with_mention(g, noun) == 1);
}

TEST_CASE("t55 31: a verb and the noun of its act right after it stay one event", "[events][ev55]") {
  const auto g = graph_of_text("The probe was launched on Monday. The launch was watched by thousands.", kThursday);
  CHECK(has_mention(event_with(g, "launched"), "launch"));
}

TEST_CASE("t55 35: a predicate denied until a day holds from that day", "[events][ev55]") {
  const auto g = graph_of_text("The count in two wards will not be final until Monday.", kThursday);
  CHECK(event_with(g, "final").modality == graph::Modality::Planned);
}

TEST_CASE("t55 47: the subject of 'was likely' is possible however the parser took 'likely'", "[events][ev55]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Geologists said at the time that a larger eruption was likely within the next few years.", "eruption"},
      {"Forecasters warned that a second storm was likely within days.", "storm"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == graph::Modality::Possible);
}

TEST_CASE("t55 47: the subject of another predicate after its copula is told as it is", "[events][ev55]") {
  const auto g = graph_of_text("The eruption was over within hours.", kThursday);
  CHECK(event_with(g, "eruption").modality == graph::Modality::Actual);
}

TEST_CASE("t55 52: a decision said to come with 'whether' after other words is planned", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Health officials said they would decide within weeks whether to pay for the drug.", "decide"},
      {"The board said it would decide at its next meeting whether the plant should close.", "decide"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t55 52: a 'whether' clause of another verb still makes it hypothetical", "[events][ev55]") {
  const auto g = graph_of_text("The club said it would build the stand next year whether the council approved or not.", kThursday);
  CHECK(event_with(g, "build").modality == graph::Modality::Hypothetical);
}

TEST_CASE("t55 45: what a verb of risk risks may or may not come", "[events][ev55]") {
  const auto g = graph_of_text("A board member said last week that waiting until the spring risked damaging the housing market.", kThursday);
  CHECK(event_with(g, "damaging").modality == graph::Modality::Possible);
}

TEST_CASE("t55 45: what a verb of keeping keeps doing is done", "[events][ev55]") {
  const auto g = graph_of_text("The crew kept pumping water out of the hull on Monday.", kThursday);
  CHECK(event_with(g, "pumping").modality == graph::Modality::Actual);
}

TEST_CASE("t55 39: a past verb the tagger read as a participle after 'would X and' is told of its own", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"She said she would begin talks with smaller parties on Tuesday, but ruled out any deal with the Greens.", "ruled"},
      {"The mayor said the city would open two shelters and ruled out a curfew.", "ruled"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Actual);
}

TEST_CASE("t55 39: a passive participle joined to another still shares its verb group", "[events][ev55]") {
  const auto g = graph_of_text("Officers said the suspect will be arrested and charged next week.", kThursday);
  CHECK(event_with(g, "charged").modality == graph::Modality::Planned);
}

TEST_CASE("t55 39: what talks still to come are about is not told as done", "[events][ev55]") {
  const auto g = graph_of_text("She said she would begin talks on Tuesday about forming a government.", kThursday);
  CHECK(event_with(g, "forming").modality == graph::Modality::Possible);
}

TEST_CASE("t55 39: what a complaint told as done is about was done", "[events][ev55]") {
  const auto g = graph_of_text("Residents complained about waiting for hours.", kThursday);
  CHECK(event_with(g, "waiting").modality == graph::Modality::Actual);
}

TEST_CASE("t55 37: what a calling off came before did not happen", "[events][ev55]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The test flight was scrubbed 30 seconds before liftoff.", "liftoff"},
      {"The flight was cancelled minutes before takeoff.", "takeoff"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == graph::Modality::Negated);
}

TEST_CASE("t55 37: what another verb came before happened", "[events][ev55]") {
  const auto g = graph_of_text("The crew refuelled the rocket 30 minutes before liftoff.", kThursday);
  CHECK(event_with(g, "liftoff").modality == graph::Modality::Actual);
}

TEST_CASE("t55 37: another event a calling off came before is told as it is", "[events][ev55]") {
  const auto g = graph_of_text("The final was cancelled two hours before the ceremony.", kThursday);
  CHECK(event_with(g, "ceremony").modality == graph::Modality::Actual);
}

TEST_CASE("t55 49: 'below freezing' names a level, no event", "[events][ev55]") {
  const auto [text, word] = GENERATE(table<std::string, std::string>({
      {"Night temperatures fell below freezing on Tuesday.", "freezing"},
      {"Temperatures stayed above freezing all week.", "freezing"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, kThursday), word) == 0);
}

TEST_CASE("t55 49: a verb of freezing told of its own is an event", "[events][ev55]") {
  CHECK(events_with_mention(graph_of_text("The river froze on Tuesday.", kThursday), "froze") == 1);
}

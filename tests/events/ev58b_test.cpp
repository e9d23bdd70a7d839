// Events mended in session ev58b (t57 user tests): what is demanded, proposed, avoided or averted
// is not told as done; the "them" told or ordered to act stands for what "they" would; a count of a
// group ("One of the three pumps") and a hedged number ("At least 30 trucks") keep their words in
// titles; names joined by "and" are who "they" are; an infinitive under a relative clause acts on
// the clause's noun ("a new stadium, which it hopes to build"); a state a copula predicates with
// a preposition since a time is an event ("has been in dry dock since March"); an "of" phrase
// keeps its second noun ("a panel of six judges and two lawyers"); a perfect split by a time
// phrase ("has since 2004 cut fares") keeps its subject. Each is tested on sentences written for
// it and, where it makes sense, on a case that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kWednesday = 2024_y / jun / 5;

}  // namespace

TEST_CASE("t57 23: a noun joined to what a verb puts forward is put forward too", "[events][ev58b]") {
  const auto g = graph_of_text("The tenants proposed a rent freeze and a repair of the roof by June.", kWednesday);
  CHECK(event_with(g, "repair").modality == graph::Modality::Possible);
}

TEST_CASE("t57 23: a demand's second object, hung on the verb as a subject, is not done", "[events][ev58b]") {
  const auto g = graph_of_text(
      "The pilots have demanded an assurance that no routes will be closed before 2028 and a pay increase of 8 percent "
      "for next year.",
      kWednesday);
  CHECK(event_with(g, "increase").modality != graph::Modality::Actual);
}

TEST_CASE("t57 23: a noun joined to the object of a verb of doing stays done", "[events][ev58b]") {
  const auto g = graph_of_text("The council completed a review of the budget and a repair of the bridge in June.", kWednesday);
  CHECK(event_with(g, "repair").modality == graph::Modality::Actual);
}

TEST_CASE("t57 40: what is avoided or averted did not happen", "[events][ev58b]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The crew avoided hitting the reef.", "hitting"},
      {"Talks averted a strike at the plant.", "strike"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kWednesday), trigger).modality == graph::Modality::Negated);
}

TEST_CASE("t57 40: what was not avoided happened", "[events][ev58b]") {
  const auto g = graph_of_text("The crew did not avoid hitting the reef.", kWednesday);
  CHECK(event_with(g, "hitting").modality == graph::Modality::Actual);
}

TEST_CASE("t57 47: those told to do a thing as 'them' are who 'they' would be", "[events][ev58b]") {
  const auto g = graph_of_text(
      "The players lost the semi-final on Sunday, and the coach told them to report for training Monday at 8 a.m.",
      kWednesday);
  CHECK(event_with(g, "report").title.starts_with("Players"));
}

TEST_CASE("t57 47: those ordered to do a thing as 'them' are who 'they' would be", "[events][ev58b]") {
  const auto g = graph_of_text(
      "The miners reached the surface at noon, and the inspector ordered them to stay at home on Friday.", kWednesday);
  const auto& stay = event_with(g, "stay");
  CHECK(stay.title.starts_with("Miners stay"));
  CHECK(stay.modality == graph::Modality::Planned);
}

TEST_CASE("t57 24: 'at least' stays with its number in a title", "[events][ev58b]") {
  const auto g = graph_of_text("At least 30 trucks were queuing at the border by midnight.", kWednesday);
  CHECK(event_with(g, "queuing").title.starts_with("At least 30 trucks"));
}

TEST_CASE("t57 24: firms joined by 'and' are who 'they' are", "[events][ev58b]") {
  const auto g = graph_of_text("Acme Corp. and Globex Inc. said they would move some staff to Leeds.", kWednesday);
  CHECK(event_with(g, "move").title.starts_with("Acme Corp. and Globex Inc. move"));
}

TEST_CASE("t57 38: one of a group is its subject, not the whole group", "[events][ev58b]") {
  const auto g = graph_of_text("One of the three pumps failed in March.", kWednesday);
  CHECK(event_with(g, "failed").title == "One of three pumps fails");
}

TEST_CASE("t57 38: two of a group stay plural", "[events][ev58b]") {
  const auto g = graph_of_text("Two of the miners died in hospital on Sunday.", kWednesday);
  CHECK(event_with(g, "died").title.starts_with("Two of miners die"));
}

TEST_CASE("t57 62: an infinitive under a relative clause acts on the clause's noun", "[events][ev58b]") {
  const auto g = graph_of_text("The club has been raising funds for a new stadium, which it hopes to build by 2030.", kWednesday);
  CHECK(event_with(g, "build").title == "Club builds new stadium");
}

TEST_CASE("t57 41: a state in a place or condition since a time is an event with its subject", "[events][ev58b]") {
  const auto g = graph_of_text("The ferry has been in dry dock since March.", kWednesday);
  CHECK(event_with(g, "dock").title == "Ferry in dry dock");
}

TEST_CASE("t57 41: a hyphenated word of such a state keeps its hyphen", "[events][ev58b]") {
  const auto g = graph_of_text("Since 2019 the satellite has been in a low-power safe mode.", kWednesday);
  CHECK(event_with(g, "mode").title == "Satellite in low-power safe mode");
}

TEST_CASE("t57 48: an 'of' phrase keeps the noun joined to its own", "[events][ev58b]") {
  const auto g = graph_of_text("The panel of six judges and two lawyers began hearing the appeal on Monday.", kWednesday);
  CHECK(event_with(g, "hearing").title.starts_with("Panel of six judges and two lawyers"));
}

TEST_CASE("t57 56: a perfect split by a time phrase after an infinitive keeps the clause's subject", "[events][ev58b]") {
  const auto g = graph_of_text(
      "Residents blame the council, which pledged in 2015 to make parking cheaper and has since 2018 cut free spaces "
      "twice.",
      kWednesday);
  CHECK(event_with(g, "cut").title.starts_with("Council cuts free spaces"));
  CHECK(events_with_mention(g, "has") == 0);
}

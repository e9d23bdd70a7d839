// Session 59, events (ev59a), on sentences written for them: spurious events from non-events
// (t58 #22: a property told by an adjective of ease, "safe to drink"; a state in a place on a
// relative pronoun, "cables, which have been in the soil since ..."; a noun after a money amount
// read as a verb, "a $25 million plan to ..."), a clause a month's day opens after "but" (#20),
// adjectives before a hyphenated modifier in an object (#24), a scheduling participle set off by
// commas after an object (#14), headlines' verbs and acronyms (#15, #21), an "it" after "there
// was" (#26), a clause before ", but they ..." (#8), the lead's act named again far on (#7).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;
namespace graph = chronograph::graph;

namespace {

const date::sys_days kThursday = 2025_y / October / 16;

bool has_title_starting(const graph::GraphData& g, const std::string& start) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const auto& e) { return e.title.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("t58 #22: an infinitive of an adjective of ease tells a property, no event", "[events][ev59a]") {
  const auto text = GENERATE(as<std::string>{}, "The river water is now safe to swim in, the inspectors found on Monday.",
                             "The new ticket machines are easy to use, the operator announced on Monday.",
                             "The old tunnel entrance was hard to find, the climbers reported on Monday.");
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  CHECK(events_with_mention(g, "swim") + events_with_mention(g, "use") + events_with_mention(g, "find") == 0);
}

TEST_CASE("t58 #22: an infinitive after such an adjective with words of its own is still an event", "[events][ev59a]") {
  const auto g = graph_of_text("The villagers were safe to return home on Friday.", kThursday);
  CHECK(events_with_mention(g, "return") == 1);
}

TEST_CASE("t58 #22: a place a relative clause puts its noun in since a time is titled with that noun", "[events][ev59a]") {
  const auto g = graph_of_text("Engineers will dig up the copper cables, which have been in the soil since the 1960s.", kThursday);
  CHECK(event_with(g, "soil").title == "Copper cables in soil");
  CHECK_FALSE(has_title_starting(g, "Soil"));
}

TEST_CASE("t58 #22: a noun after 'a' and a money amount is no verb with the amount for subject", "[events][ev59a]") {
  const auto g = graph_of_text("Lawmakers approved on Tuesday a $25 million plan to rebuild the pier.", kThursday);
  CHECK_FALSE(has_title_starting(g, "$25 million"));
  CHECK(event_with(g, "rebuild").title.rfind("Rebuild pier", 0) == 0);
}

TEST_CASE("t58 #22: a plural count before a present verb stays its subject", "[events][ev59a]") {
  const auto g = graph_of_text("Some 20 million live in the delta and the 300 remain in shelters since Monday.", kThursday);
  CHECK(events_with_mention(g, "live") + events_with_mention(g, "remain") >= 1);
}

TEST_CASE("t58 #20: a clause that a month's day opens after 'but' keeps its verb and subject", "[events][ev59a]") {
  const auto g = graph_of_text(
      "The plant's manager insisted that the air was clean, but on October 7 monitors detected sulphur levels "
      "twice the safe limit near two nurseries.",
      kThursday);
  const auto& detected = event_with(g, "detected");
  CHECK(detected.title.rfind("Monitors detect sulphur levels", 0) == 0);
  chronograph::test::check_day(detected, 2025_y / October / 7);
}

TEST_CASE("t58 #20: a day with its month before a noun that modifies nothing stays the noun's", "[events][ev59a]") {
  const auto g = graph_of_text("The museum will reopen its May 4 exhibition rooms on Friday.", kThursday);
  CHECK(event_with(g, "reopen").title.rfind("Museum reopens", 0) == 0);
}

TEST_CASE("t58 #24: adjectives joined by a comma before a hyphenated modifier stay in the object", "[events][ev59a]") {
  const auto text = GENERATE(as<std::string>{}, "Within a week, shoppers on the high street reported black, oily-looking puddles.",
                             "By Friday, farmers on the north bank reported green, bitter-tasting water.");
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  const auto& reported = event_with(g, "reported");
  CHECK((reported.title.ends_with("black oily-looking puddles") || reported.title.ends_with("green bitter-tasting water")));
}

TEST_CASE("t58 #14: a scheduling participle set off by commas after an object names that object", "[events][ev59a]") {
  const auto g = graph_of_text("The museum will not hold its open day, originally scheduled for March 3, until further notice.", kThursday);
  const auto& scheduled = event_with(g, "scheduled");
  CHECK(scheduled.title.rfind("Open day", 0) == 0);
  CHECK_FALSE(has_title_starting(g, "Schedule"));
}

TEST_CASE("t58 #15: a headline's present verbs with subjects are events, an acronym in capitals no pronoun", "[events][ev59a]") {
  const auto g = graph_of_text(
      "Northline Rail Cancels 900 Trains as IT Failure Enters Third Week\n\n"
      "Northline Rail cancelled 300 more trains on Thursday.",
      kThursday);
  CHECK(event_with(g, "Cancels").title.rfind("Northline Rail cancels 900 trains", 0) == 0);
  CHECK(event_with(g, "Enters").title.rfind("IT failure enters third week", 0) == 0);
}

TEST_CASE("t58 #15: a pronoun in capitals in a line all in capitals stays a pronoun", "[events][ev59a]") {
  const auto g = graph_of_text("Voters turned out early on Tuesday. \"IT IS OVER,\" the banner read.", kThursday);
  CHECK_FALSE(has_title_starting(g, "IT "));
}

TEST_CASE("t58 #21: a headline's verb in -s after the opening name, before a hyphenated modifier", "[events][ev59a]") {
  const auto g = graph_of_text(
      "Glenford Lifts Stay-Home Order After Two Weeks of Smoke\n\n"
      "GLENFORD, Oregon — County officials lifted a stay-home order on Monday.",
      kThursday);
  CHECK(std::none_of(g.events.begin(), g.events.end(), [](const auto& e) { return e.title == "Glenford lifts stay"; }));
  const auto& lifted = event_with(g, "Lifts");
  CHECK(lifted.title.rfind("Glenford lifts stay-", 0) == 0);
  CHECK(events_with_mention(g, "Stay") == 0);
}

TEST_CASE("t58 #26: what 'there was' says exists is no antecedent of a later 'it'", "[events][ev59a]") {
  const auto g = graph_of_text(
      "Velmont had warned in its yearly filing, made in May, that there was \"grave risk\" about its survival. "
      "A month later it skipped a $12 million bond payment, starting a 30-day grace period.",
      kThursday);
  CHECK(event_with(g, "skipped").title.rfind("Velmont skips $12 million bond payment", 0) == 0);
  CHECK_FALSE(has_title_starting(g, "Grave risk"));
}

TEST_CASE("t58 #26: a thing named as a subject of its own still stands for a later 'it'", "[events][ev59a]") {
  const auto g = graph_of_text("The old ferry was sold in May. A month later it sank off the coast.", kThursday);
  CHECK(event_with(g, "sank").title.rfind("Old ferry sinks", 0) == 0);
}

TEST_CASE("t58 #8: a participle after an opening noun, before ', but they ...', is the first clause's verb", "[events][ev59a]") {
  const auto g = graph_of_text("Peace talks opened in May 2001, but they stalled three years later when the rebels left the table.",
                               kThursday);
  const auto& opened = event_with(g, "opened");
  CHECK(opened.title == "Peace talks open");
  chronograph::test::check_span(opened, 2001_y / May / 1, 2001_y / May / 31);
  const auto& stalled = event_with(g, "stalled");
  CHECK(stalled.title == "Peace talks stall");
  chronograph::test::check_span(stalled, 2004_y / January / 1, 2004_y / December / 31);
  CHECK_FALSE(has_title_starting(g, "They "));
}

TEST_CASE("t58 #8: a phrase after the comma and 'but' stays with the clause it opens", "[events][ev59a]") {
  const auto g = graph_of_text("The plant shut down, but in March 2019 the town recovered.", kThursday);
  chronograph::test::check_span(event_with(g, "recovered"), 2019_y / March / 1, 2019_y / March / 31);
}

TEST_CASE("t58 #7: a definite noun naming the act of the lead's verb is that event, paragraphs on", "[events][ev59a]") {
  const auto g = graph_of_text(
      "Harbour Deal Signed After Years of Talks\n\n"
      "OSLO — Officials from three port towns signed a shipping agreement on Tuesday.\n\n"
      "The talks began in 2015. A first draft was rejected in 2017. Trade groups lobbied hard for a year. "
      "The mayor of Bergen met the ministers twice.\n\n"
      "The Nordic Council welcomed the signing on Wednesday.",
      kThursday);
  const auto& signed_deal = event_with(g, "signed", "shipping agreement");
  CHECK(chronograph::test::has_mention(signed_deal, "signing"));
  CHECK(events_with_mention(g, "signing") == 1);
}

TEST_CASE("t58 #7: such a noun told of as still to come is another event", "[events][ev59a]") {
  const auto g = graph_of_text(
      "Harbour Deal Signed After Years of Talks\n\n"
      "OSLO — Officials from three port towns signed a shipping agreement on Tuesday.\n\n"
      "The talks began in 2015. A first draft was rejected in 2017. Trade groups lobbied hard for a year. "
      "The mayor of Bergen met the ministers twice.\n\n"
      "The ministers will attend the signing of a rail pact in May.",
      kThursday);
  CHECK_FALSE(chronograph::test::has_mention(event_with(g, "signed", "shipping agreement"), "signing"));
}

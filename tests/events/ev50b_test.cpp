// Tester 49, events: which events exist and which mentions merge (#27, #28, #36, #37, #39).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;
using chronograph::test::has_mention;
using chronograph::test::solved_graph_of_text;

namespace {

const sys_days kGamesDct{2026_y / January / 29};

}  // namespace

TEST_CASE("tester49 #27: the closing ceremony is its own event, dated, not the opening one", "[events][ev50b]") {
  const auto [text, day] = GENERATE(table<std::string, sys_days>({
      {"The Games open on Friday, Feb. 6, with a ceremony in Milan. The closing ceremony will take place on Sunday, "
       "Feb. 22, in Verona.",
       2026_y / February / 22},
      {"The festival opens on March 3 with a ceremony in the square. The closing ceremony will be held on March 9.",
       2026_y / March / 9},
      {"The opening ceremony is on Friday, Feb. 6. The closing ceremony will take place on Sunday, Feb. 22.",
       2026_y / February / 22},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, kGamesDct);
  CHECK(events_with_mention(g, "ceremony") == 2);
  const auto& closing = event_with(g, "ceremony", "losing");
  CHECK(closing.mentions.size() >= 2);
  check_day(closing, day);
}

TEST_CASE("tester49 #27: the men's and the women's event of one kind are two events", "[events][ev50b]") {
  const auto g = graph_of_text(
      "The women's tournament begins on Thursday, Feb. 5. The men's tournament starts on Feb. 11.", kGamesDct);
  CHECK(events_with_mention(g, "tournament") == 2);
}

TEST_CASE("tester49 #27: a ceremony told again without a contrasting word is the same one", "[events][ev50b]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The opening ceremony will take place on Friday, Feb. 6. The ceremony will be watched by millions.", "ceremony"},
      {"The women's tournament begins on Thursday, Feb. 5. The tournament will be played in Milan.", "tournament"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kGamesDct);
  CHECK(events_with_mention(g, noun) == 1);
}

TEST_CASE("tester49 #28: schedule items named by nouns are dated planned events", "[events][ev50b]") {
  const auto g = solved_graph_of_text(
      "The men's short program is on Feb. 10 and the free skate three days later. The women's downhill follows "
      "the next day.",
      kGamesDct);
  check_day(event_with(g, "program"), 2026_y / February / 10);
  check_day(event_with(g, "skate"), 2026_y / February / 13);
  check_day(event_with(g, "follows"), 2026_y / February / 14);
  CHECK(event_with(g, "follows").title == "Women's downhill follows");
  for (const auto& e : g.events) CHECK(e.modality == chronograph::graph::Modality::Planned);
}

TEST_CASE("tester49 #28: a noun a copula puts on a day is an event, a time noun is not", "[events][ev50b]") {
  const auto [text, noun, events] = GENERATE(table<std::string, std::string, int>({
      {"The women's slalom is on Feb. 18.", "slalom", 1},
      {"The sentencing is on March 3.", "sentencing", 1},
      {"The final rehearsal is on Saturday.", "rehearsal", 1},
      {"The deadline is on Friday.", "deadline", 0},
      {"The closing date is on Friday.", "date", 0},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, kGamesDct), noun) == events);
}

TEST_CASE("tester49 #39: 'such therapies' is no mention of the second therapy, nor what starts", "[events][ev50b]") {
  const sys_days dct{2023_y / November / 17};
  const auto [text, singular, verb, start] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"A second therapy is expected to be approved. Medicare said it would test a new payment model for such "
       "therapies starting in 2025.",
       "therapy", "test", 2025_y / January / 1},
      {"A new vaccine was approved on Monday. The agency said it would set up a fund for such vaccines starting in "
       "2026.",
       "vaccine", "set", 2026_y / January / 1},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  for (const auto& e : g.events)
    CHECK_FALSE((has_mention(e, singular) && (has_mention(e, "therapies") || has_mention(e, "vaccines"))));
  const auto& tested = event_with(g, verb);
  CHECK(has_mention(tested, "starting"));
  REQUIRE(tested.time.start);
  CHECK(*tested.time.start == start);
}

TEST_CASE("tester49 #39: a participle on the verb's object is still that verb's phase", "[events][ev50b]") {
  const auto g = graph_of_text("The trial enrolled 1,795 patients starting in 2019.", sys_days{2023_y / November / 17});
  CHECK(has_mention(event_with(g, "enrolled"), "starting"));
}

TEST_CASE("tester49 #36: advice to readers is no event", "[events][ev50b]") {
  const sys_days dct{2023_y / February / 14};
  const auto [text, verbs] = GENERATE(table<std::string, std::vector<std::string>>({
      {"Anyone with information should call 101, quoting reference 5223036.", {"call", "quoting"}},
      {"Consumers should stop using the fryers immediately.", {"stop", "using"}},
      {"Residents should boil their water before drinking it and report any leaks.", {"boil", "report"}},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  for (const auto& verb : verbs) CHECK(events_with_mention(g, verb) == 0);
}

TEST_CASE("tester49 #36: what a party of the story should do, or should have done, stays an event", "[events][ev50b]") {
  const sys_days dct{2023_y / February / 14};
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The company should have recalled the fryers sooner, regulators said.", "recalled"},
      {"The minister should resign on Friday, the union said.", "resign"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, dct), verb) == 1);
}

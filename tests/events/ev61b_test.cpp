// Event coreference mended in session ev61b (t59 findings #15, #32, #39, #45, #48, #49): which
// mentions of one document are one event, and which must stay apart. Each rule is tested on
// sentences written for it and on a case that must not merge.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kFriday = 2025_y / mar / 14;

}  // namespace

TEST_CASE("t59 39: a ranked infinitive acting on another kind of thing repeats no earlier verb", "[events][ev61b]") {
  const auto g = graph_of_text(
      "The league hopes to host the next tournament in Lisbon in 2027. Moreno, 29, is the third Spanish rider to host "
      "the winter cup after Ruiz.",
      kFriday);
  CHECK(events_with_mention(g, "host") == 2);
  CHECK_FALSE(has_mention(event_with(g, "host", "tournament"), "winter"));
}

TEST_CASE("t59 39: a ranked infinitive acting on the same thing repeats the earlier verb", "[events][ev61b]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Moreno won the winter cup on Sunday. She is the third Spanish rider to win the cup.", "win"},
      {"Hart resigned on Tuesday. He is the second minister to resign this year.", "resign"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK(has_mention(event_with(g, verb), verb == "win" ? "won" : "resigned"));
}

TEST_CASE("t59 32: nouns and verbs of one thing breaking down are one event", "[events][ev61b]") {
  const auto g = graph_of_text(
      "Report blames engineers for Marsden sea wall failure\n\n"
      "The review of the collapse of the Marsden Sea Wall ended on Monday, two years after the structure failed.\n\n"
      "The old stone wall, built in 1890, gave way at about 2 a.m. on 10 March 2023 during a storm.",
      kFriday);
  const auto& wall = event_with(g, "gave");
  for (const char* word : {"failure", "collapse", "failed"}) {
    CAPTURE(word);
    CHECK(has_mention(wall, word));
  }
  check_day(wall, 2023_y / mar / 10);
}

TEST_CASE("t59 32: breakdowns of different things stay apart", "[events][ev61b]") {
  const auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"The pump failed on Monday. The generator failed on Tuesday.", "failed", "failed"},
      {"The old levee collapsed on Monday, and the railway bridge gave way on Tuesday.", "collapsed", "gave"},
      {"The dam failed in 1998 after heavy rain. Engineers rebuilt it, and the dam failed in 2021.", "failed", "failed"},
      {"The council failed to repair the footbridge. The footbridge collapsed on Friday.", "failed", "collapsed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  if (first == second)
    CHECK(events_with_mention(g, first) == 2);
  else
    CHECK_FALSE(has_mention(event_with(g, second), first));
}

TEST_CASE("t59 48: a headline's winning of a title is the lead's becoming champion", "[events][ev61b]") {
  const auto g = graph_of_text(
      "Veteran cyclist wins world road title in Zurich\n\n"
      "Maria Ortega became world road champion on Sunday after a late attack on the final climb.",
      kFriday);
  const auto& title = event_with(g, "wins");
  CHECK(has_mention(title, "became"));
  check_day(title, 2025_y / mar / 9);
}

TEST_CASE("t59 48: winning a title stays apart from becoming something else or from another winner", "[events][ev61b]") {
  const auto [text] = GENERATE(table<std::string>({
      {"Ortega wins world road title\n\nLucia Vidal became world road champion on Sunday in Zurich."},
      {"Ortega wins world road title\n\nMaria Ortega became team captain on Sunday in Zurich."},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK_FALSE(has_mention(event_with(g, "wins"), "became"));
}

TEST_CASE("t59 15: an event noun and the toll its relative clause tells are one event", "[events][ev61b]") {
  const auto [text, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"Officials on Tuesday traced a listeria outbreak that has sickened 60 people to a dairy.", "outbreak", "sickened"},
      {"The blaze, which injured nine firefighters, started in a warehouse on Monday.", "blaze", "injured"},
      {"The explosion at the plant killed four workers on Monday.", "explosion", "killed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK(has_mention(event_with(g, noun), verb));
}

TEST_CASE("t59 15: a toll told of people, not of an event, or another verb stays apart", "[events][ev61b]") {
  const auto [text, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"The outbreak began in March, and a gunman killed two guards in April.", "outbreak", "killed"},
      {"The strike, which halted production, began on Monday.", "strike", "halted"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK_FALSE(has_mention(event_with(g, noun), verb));
}

TEST_CASE("t59 49: an event a verb of bringing about leads to is one event with that verb", "[events][ev61b]") {
  const auto g = graph_of_text("Ministers hope the summit will lead to new peace talks by the end of the year.", kFriday);
  const auto& deals = event_with(g, "talks");
  CHECK(has_mention(deals, "lead"));
  CHECK(events_with_mention(g, "lead") == 1);
}

TEST_CASE("t59 49: an event noun after another verb of going, or after a leading of people, stays apart", "[events][ev61b]") {
  const auto [text, verb, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"The minister will travel to the signing ceremony by train.", "travel", "ceremony"},
      {"The general led the delegation to the peace talks in Geneva on Monday.", "led", "talks"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK_FALSE(has_mention(event_with(g, verb), noun));
}

TEST_CASE("rv61: a headline verb with an object still joins the lead's same verb without one", "[events][ev61b]") {
  const auto g = graph_of_text(
      "Ortega wins world road title\n\n"
      "Maria Ortega won on Sunday in Zurich after a late attack on the final climb.",
      kFriday);
  CHECK(has_mention(event_with(g, "wins"), "won"));
}

// Which date an event takes from a date said beside another event, and how far it reaches: an
// event "shortly after" a dated one is on its day.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("an event said shortly after a dated event noun is on its day, not after it", "[events][anchors]") {
  const sys_days dct = 2025_y / jan / 20;  // a Monday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"A Boeing 737 operated by Sky Nusantara lost power in both engines shortly after takeoff from Jakarta on Saturday, "
       "the agency said on Monday.", "lost", 2025_y / jan / 18},
      {"The ferry capsized minutes after its departure from the harbour on Friday.", "capsized", 2025_y / jan / 17},
      {"The driver died shortly after the crash on Tuesday.", "died", 2025_y / jan / 14},
      {"Protesters gathered soon after the verdict on Wednesday.", "gathered", 2025_y / jan / 15},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == day);
  CHECK(*event.time.end == day);
}

TEST_CASE("an event said after a dated event noun, not close, still starts after its day", "[events][anchors]") {
  const auto g = graph_of_text("The ferry capsized after its departure from the harbour on Friday.", 2025_y / jan / 20);
  const auto& event = event_with(g, "capsized");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == sys_days{2025_y / jan / 18});
}

TEST_CASE("an event told as done by the article's date does not take a date after it", "[events][anchors]") {
  const sys_days dct = 2025_y / jul / 1;  // a Tuesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The opposition has called for an emergency debate next Monday on procurement rules.", "called"},
      {"The union has demanded new talks next week on pay.", "demanded"},
      {"Ministers announced a summit next month on energy prices.", "announced"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  CHECK_FALSE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == dct);
}

TEST_CASE("a date after the article's dates what is still to come, and what the done event looked ahead to", "[events][anchors]") {
  const sys_days dct = 2025_y / jul / 1;
  const auto g = graph_of_text("The opposition will call for an emergency debate next Monday.", dct);
  const auto& call = event_with(g, "call");
  REQUIRE(call.time.start);
  CHECK(*call.time.start == sys_days{2025_y / jul / 7});
  const auto [text, thing, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The opposition has called for an emergency debate next Monday.", "debate", 2025_y / jul / 7},
      {"The union has demanded new talks next week on pay.", "talks", 2025_y / jul / 7},
      {"The opposition has requested a hearing next Tuesday.", "hearing", 2025_y / jul / 8},
  }));
  CAPTURE(text);
  const auto& looked_ahead_to = event_with(graph_of_text(text, dct), thing);
  REQUIRE(looked_ahead_to.time.start);
  CHECK(*looked_ahead_to.time.start == day);
}

TEST_CASE("a date on what a past verb asked its object to do dates the asking", "[events][anchors]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  const auto [text, asker, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Thousands of residents were ordered to leave their homes on Monday as the fire raced toward the town.", "ordered",
       2024_y / aug / 12},
      {"Emails showed that Hartley's office had asked officials to look kindly on the firm's bid in January 2023.", "asked",
       2023_y / jan / 1},
      {"Police urged drivers to avoid the highway on Friday.", "urged", 2024_y / aug / 9},
      {"The court had ordered the company to pay the fine in March 2022.", "ordered", 2022_y / mar / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, asker);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
}

TEST_CASE("a date on what is asked stays its own when the asking is still to come or only reported", "[events][anchors]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Officials will ask residents to leave their homes on Monday.", "leave", 2024_y / aug / 19},
      {"The crew was told to evacuate the platform on Tuesday.", "evacuate", 2024_y / aug / 13},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
}

// The day an event falls on, checked as its start and its end.
void check_on(const graph::Event& event, sys_days first, sys_days last) {
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("a verb telling what a dated event brought about falls within its date, and so does what it forced", "[events][anchors]") {
  const auto [text, dct, verb, made, first] = GENERATE(table<std::string, sys_days, std::string, std::string, sys_days>({
      {"The fire is the largest since the Kincade Fire, which burned 77,000 acres five years ago and forced nearly "
       "200,000 people to flee.", 2024_y / aug / 12, "forced", "flee", 2019_y / jan / 1},
      {"The storm flooded 3,000 homes in 2017 and forced 40,000 people to evacuate.", 2025_y / jan / 20, "forced", "evacuate", 2017_y / jan / 1},
      {"The earthquake struck in 1999 and caused the bridge to collapse.", 2025_y / jan / 20, "caused", "collapse", 1999_y / jan / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const sys_days last = sys_days{year_month_day{first}.year() / dec / 31};
  check_on(event_with(g, verb), first, last);
  check_on(event_with(g, made), first, last);
}

TEST_CASE("a verb told next after a time of day is on that day, and so is a step 'before' it", "[events][anchors]") {
  const auto [text, dct, next, step, day] = GENERATE(table<std::string, sys_days, std::string, std::string, sys_days>({
      {"The aircraft took off at 7:42 a.m. on Saturday. It touched down in a field at 7:53 a.m. and slid for roughly "
       "300 metres before stopping.", 2025_y / jan / 20, "slid", "stopping", 2025_y / jan / 18},
      {"The train left the station at 6:15 a.m. and derailed near the river before coming to a halt.", 2025_y / jan / 20,
       "derailed", "coming", 2025_y / jan / 20},
      {"The gunman entered the school at 9:05 a.m. on Tuesday and opened fire before fleeing.", 2025_y / jan / 20, "opened",
       "fleeing", 2025_y / jan / 14},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_on(event_with(g, next), day, day);
  check_on(event_with(g, step), day, day);
}

TEST_CASE("a verb told next after a day is on that day, and a clause 'after' a time of day keeps its own", "[events][anchors]") {
  const sys_days dct = 2025_y / jan / 22;  // a Wednesday
  // (t49 #22: "held rates last Wednesday and signalled one cut" is one day's doing, no bar to the DCT)
  const auto arrested = graph_of_text("Police arrested two men on Monday and charged them with fraud.", dct);
  check_on(event_with(arrested, "charged"), sys_days{2025_y / jan / 20}, sys_days{2025_y / jan / 20});
  const auto arrived = graph_of_text("The team arrived at 7 a.m. after driving all night.", dct);
  CHECK_FALSE(event_with(arrived, "driving").time.start.has_value());
}

// Events and modality misreadings of tester round 48 mended in session ev49: quoted
// descriptions, what is due by a date, conjoined opening and closing, a start and a stop of one
// process, a passive confirmation in a "since" clause, a deadline given with a length of time,
// and ordering links inside one unrealised clause. Each is tested on the sentence it was found
// on, on variants the fix was not written for, and on a case that must stay as it is.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

bool has_title(const graph::GraphData& g, const std::string& title) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const auto& e) { return e.title == title; });
}

// Whether any edge joins the events holding mentions `a` and `b`, either way.
bool linked(const graph::GraphData& g, const std::string& a, const std::string& b) {
  const std::string ia = event_with(g, a).id, ib = event_with(g, b).id;
  return std::any_of(g.edges.begin(), g.edges.end(), [&](const graph::Edge& e) {
    return (e.from == ia && e.to == ib) || (e.from == ib && e.to == ia);
  });
}

}  // namespace

TEST_CASE("issue 41: the words of a quoted name or description are no events", "[events][ev49]") {
  const auto [text, inside] = GENERATE(table<std::string, std::string>({
      {"At 23 she joined an expedition to the reef, a voyage she later described as \"the six months that decided "
       "everything\".",
       "decided"},
      {"Forecasters dubbed it \"the storm that froze the nation\" after it hit on Monday.", "froze"},
      {"The club, known as \"the side that never loses\", won again on Saturday.", "loses"},
      {"He described the plan as \u201ca deal that changed everything\u201d.", "changed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / mar / 14);
  CHECK(events_with_mention(g, inside) == 0);
}

TEST_CASE("issue 41: a quotation of what someone said still holds its events", "[events][ev49]") {
  const auto g = graph_of_text("She said \"the talks failed\" on Monday.", 2024_y / mar / 25);
  CHECK(events_with_mention(g, "failed") == 1);
}

TEST_CASE("issue 41: what is due by a date is planned for then, and 'Due' is no event of its own", "[events][ev49]") {
  const auto [text, noun, end] = GENERATE(table<std::string, std::string, sys_days>({
      {"Engineers will work over Easter. The line reopens the following Tuesday, and the report is due by the end of "
       "the month.",
       "report", 2024_y / mar / 31},
      {"The council said the payment is due by Friday.", "payment", 2024_y / mar / 29},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / mar / 25);
  const auto& due = event_with(g, noun);
  CHECK(due.modality == graph::Modality::Planned);
  REQUIRE(due.time.end);
  CHECK(*due.time.end == end);
  CHECK_FALSE(has_title(g, "Due"));
}

TEST_CASE("issue 41: an event due on a day keeps that day, and 'due to' a cause is no deadline", "[events][ev49]") {
  const auto g = graph_of_text("The ruling is due on Friday.", 2024_y / mar / 25);
  const auto& ruling = event_with(g, "ruling");
  CHECK(ruling.modality == graph::Modality::Planned);
  check_day(ruling, 2024_y / mar / 29);
  const auto cause = graph_of_text("The delay is due to a strike.", 2024_y / mar / 25);
  CHECK(events_with_mention(cause, "due") == 0);
}

TEST_CASE("issue 41: an opening and a closing joined by 'and' are two events, each with its own date", "[events][ev49]") {
  const auto [text, opens, closes, open_day, close_day] = GENERATE(table<std::string, std::string, std::string, sys_days, sys_days>({
      {"The January transfer window opens on 1 January and closes at 11pm on 1 February.", "opens", "closes",
       2024_y / jan / 1, 2024_y / feb / 1},
      {"The ballot opens on 11 September and closes on 15 September.", "opens", "closes", 2023_y / sep / 11,
       2023_y / sep / 15},
      {"The consultation starts on 2 October and ends at noon on 30 October.", "starts", "ends", 2023_y / oct / 2,
       2023_y / oct / 30},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / sep / 4);
  const auto& opening = event_with(g, opens);
  CHECK_FALSE(has_mention(opening, closes));
  check_day(opening, open_day);
  check_day(event_with(g, closes), close_day);
}

TEST_CASE("issue 41: things listed after 'and' stay things", "[events][ev49]") {
  const auto g = graph_of_text("The shop sells shirts and ties at the market on Saturdays.", 2023_y / sep / 4);
  CHECK(events_with_mention(g, "ties") == 0);
}

TEST_CASE("issue 38: a process that began and was stopped is one span named by itself", "[events][ev49]") {
  const auto [text, process, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Fueling began at 2330 UTC on Tuesday and was stopped at 0215 UTC.", "Fueling", 2026_y / feb / 10,
       2026_y / feb / 11},
      {"Voting started at 7am on Monday and ended at 10pm on Tuesday.", "Voting", 2026_y / feb / 9, 2026_y / feb / 10},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2026_y / feb / 11);
  const auto& event = event_with(g, process);
  INFO(event.title);
  CHECK(event.title.find("begin") == std::string::npos);
  CHECK(event.title.find("start") == std::string::npos);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == start);
  CHECK(*event.time.end == end);
}

TEST_CASE("issue 38: a start alone still names its event", "[events][ev49]") {
  const auto g = graph_of_text("Fueling began at 2330 UTC on Tuesday.", 2026_y / feb / 11);
  CHECK(event_with(g, "Fueling").title == "Fueling begins");
}

TEST_CASE("issue 39: a thing confirmed or declared on a date in the passive is an event of that date", "[events][ev49]") {
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The total in the outbreak reached 143 since the first case was confirmed on Oct. 4.", "confirmed",
       2021_y / oct / 4},
      {"Schools have stayed shut since the outbreak was declared on Oct. 12.", "declared", 2021_y / oct / 12},
      {"Cases have doubled since the first death was reported on Nov. 2.", "reported", 2021_y / nov / 2},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2021_y / nov / 27);
  const auto& event = event_with(g, verb);
  CHECK(event.modality == graph::Modality::Actual);
  check_day(event, day);
}

TEST_CASE("issue 39: an undated report stays evidence of what it reports", "[events][ev49]") {
  const auto g = graph_of_text("Officials confirmed that the school would close.", 2021_y / nov / 27);
  CHECK(events_with_mention(g, "confirmed") == 0);
}

// (what the time is given for may be done by then: possible, as for "has until Friday to leave"
// in event_attributes_test.cpp)
TEST_CASE("issue 30: a length of time given until a date is the deadline of what it is given for", "[events][ev49]") {
  const auto [text, verb, deadline] = GENERATE(table<std::string, std::string, sys_days>({
      {"The Commission now has 90 working days, until Nov. 23, to decide whether to clear or block the deal.", "decide",
       2020_y / nov / 23},
      {"Residents have two weeks, until Friday, to leave their homes.", "leave", 2020_y / jul / 17},
      {"The regulator gave the bank six months, until Jan. 31, to sell the unit.", "sell", 2021_y / jan / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& event = event_with(g, verb);
  CHECK(event.modality == graph::Modality::Possible);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == deadline);
}

TEST_CASE("issue 60: no ordering link between a verb told only as possible or denied and its own argument", "[events][ev49]") {
  const auto [text, verb, argument] = GENERATE(table<std::string, std::string, std::string>({
      {"Judge Patricia Okafor granted the request but warned both sides that she would not allow a second delay.",
       "allow", "delay"},
      {"The deal could push up fares. Skylink may need more money if the deal is not completed by the end of the year.",
       "push", "deal"},
      {"The minister might not approve a third extension.", "approve", "extension"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / dec / 3);
  CHECK_FALSE(linked(g, verb, argument));
}

TEST_CASE("issue 30: a date after what a verb of expecting governs is the expected thing's", "[events][ev49]") {
  const auto [text, expected, deadline] = GENERATE(table<std::string, std::string, sys_days>({
      {"Britain's Competition and Markets Authority is conducting a parallel review and is expected to announce its "
       "own phase-one decision by Aug. 20.",
       "announce", 2020_y / aug / 20},
      {"The regulator has opened an inquiry and is expected to publish its findings by Sept. 30.", "publish",
       2020_y / sep / 30},
      {"The authority is expected to announce its decision by Aug. 20.", "announce", 2020_y / aug / 20},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& event = event_with(g, expected);
  CHECK(event.modality == graph::Modality::Planned);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == deadline);
  // (where the expecting has a subject of its own it is a mention of what it expects,
  // raising_frame.h; else an event of its own, which the deadline does not date)
  const auto& expecting = event_with(g, "expected");
  CHECK((&expecting == &event || !(expecting.time.end && *expecting.time.end == deadline)));
}

// Session 57, event dating: the tester's findings of session 56 (numbered as in its report) on a
// relative clause's date taken by the main clause, possessive dates, denied perfects before a
// date, and "until the end of" a period.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::Modality;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::solved_graph_of_text;

// Item 10: "The X, which started on May 9 ..., crossed Route 12 late Sunday and forced ...": the
// verb after the relative clause, read as a participle of the road's name, is the main verb; the
// relative clause keeps its own date and the main clause takes the later one.

TEST_CASE("t56 10: the verb after a subject's relative clause keeps the main clause's date", "[events][dt57a]") {
  const auto [text, dct, first, second, own, main] = GENERATE(table<std::string, sys_days, std::string, std::string, sys_days, sys_days>({
      {"The Juniper Fire, which started on the evening of May 9 near the village of Elm Ford, crossed Route 12 late Sunday "
       "and forced the closure of two schools.",
       2023_y / May / 24, "started", "crossed", 2023_y / May / 9, 2023_y / May / 21},
      {"The Cedar Storm, which formed on the morning of May 3 off the coast, reached Route 5 late Friday and flooded the "
       "lower town, officials said on Sunday.",
       2023_y / May / 24, "formed", "reached", 2023_y / May / 3, 2023_y / May / 19},
      // (a past the tagger got right, but the parser hung on the time after it)
      {"The rebel column, which left the hills on the night of May 2, crossed Bridge 7 early Monday and seized the airport.",
       2023_y / May / 24, "left", "crossed", 2023_y / May / 2, 2023_y / May / 22},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, first), own);
  check_day(event_with(g, second), main);
  CHECK_FALSE(event_with(g, second).title.starts_with("Route"));
  CHECK_FALSE(event_with(g, second).title.starts_with("Bridge"));
}

TEST_CASE("t56 10: participles listed inside the relative clause stay in it", "[events][dt57a]") {
  const auto g = graph_of_text(
      "The treaty, which was drafted in 2019, amended in 2020 and ratified in 2021, took effect on Monday.", 2023_y / May / 24);
  const auto& amended = event_with(g, "amended");
  REQUIRE(amended.time.start);
  CHECK(*amended.time.start == 2020_y / January / 1);
  check_day(event_with(g, "took"), 2023_y / May / 22);
}

// Item 13: "continues at the previous year's level": a date in the possessive of a noun that is
// a thing tells which level, not when anything happens; one on an event noun still dates it.

TEST_CASE("t56 13: a possessive date on a thing dates no event", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto text = GENERATE(as<std::string>{},
                             "If no deal is reached by Friday, the strike continues at the previous year's level for two months.",
                             "Ticket prices stayed at last year's level.");
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  const auto& verb = event_with(g, text.find("continues") != std::string::npos ? "continues" : "stayed");
  CHECK_FALSE(verb.time.start.has_value());
  // (nor does the deadline of an "if" clause's denial bound what follows from it)
  if (verb.modality == Modality::Hypothetical) CHECK_FALSE(verb.time.end.has_value());
}

TEST_CASE("t56 13: a possessive date on an event or a time still dates", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto storm = graph_of_text("Last week's storm flooded the harbour.", dct);
  const auto& flooded = event_with(storm, "flooded");
  REQUIRE(flooded.time.start);
  CHECK(*flooded.time.start == 2023_y / September / 11);
  const auto held = graph_of_text("Output stayed at last year's level in March.", dct);
  check_span(event_with(held, "stayed"), 2023_y / March / 1, 2023_y / March / 31);
  // (a day's possessive names an occasion, whether or not it was found as an event)
  const auto queued = graph_of_text("Thousands of fans queued for Saturday's concert.", dct);
  check_day(event_with(queued, "queued"), 2023_y / September / 16);
}

// Item 16: "had never signed a striker before this year": a denied perfect is denied over the time
// before the date, so it ends before it; "will not reopen before 2026" still starts then.

TEST_CASE("t56 16: a denied perfect before a date ends before it, and stays denied", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto [text, trigger, last] = GENERATE(table<std::string, std::string, sys_days>({
      {"The club had never signed a striker from abroad before this year.", "signed", 2022_y / December / 31},
      {"The river had not flooded the town before 2019.", "flooded", 2018_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& denied = event_with(g, trigger);
  CHECK(denied.modality == Modality::Negated);
  CHECK_FALSE(denied.time.start.has_value());
  REQUIRE(denied.time.end);
  CHECK(*denied.time.end == last);
}

TEST_CASE("t56 16: a denied future or expectation before a date happens from it", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto text = GENERATE(as<std::string>{}, "The bridge is not expected to reopen before 2026.",
                             "The plant will not have reopened before 2026.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& reopen = event_with(g, text.find("reopened") != std::string::npos ? "reopened" : "reopen");
  CHECK(reopen.modality == Modality::Planned);
  REQUIRE(reopen.time.start);
  CHECK(*reopen.time.start == 2026_y / January / 1);
}

// Item 17: "continued until the end of the school year in June": the month closes the span the
// "until" phrase bounds; it is not the whole span.

TEST_CASE("t56 17: a date in the phrase of until the end of a period bounds the end only", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto [text, trigger, last] = GENERATE(table<std::string, std::string, sys_days>({
      {"The clinic stayed open until the end of the school year in July.", "stayed", 2023_y / July / 31},
      {"The exhibition ran until the end of the season in May.", "ran", 2023_y / May / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  CHECK_FALSE(event.time.start.has_value());
  REQUIRE(event.time.end);
  CHECK(*event.time.end == last);
}

TEST_CASE("t56 17: at the end of a period the date holds the event", "[events][dt57a]") {
  const auto g = graph_of_text("Classes resumed at the end of the school year in June.", 2023_y / September / 20);
  const auto& resumed = event_with(g, "resumed");
  REQUIRE(resumed.time.start);
  CHECK(*resumed.time.start == 2023_y / June / 1);
}

// Item 12: "If this budget does not pass, salaries ... will be delayed": the consequent of an "if"
// clause holds only on it, also where the parser hung the clause on the subject or made it one.

TEST_CASE("t56 12: the consequent of an if clause the parser hung on its subject is hypothetical", "[events][dt57a]") {
  const sys_days dct = 2023_y / January / 20;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"\"If the levy is not approved, pensions for miners and farmers will be cut in March,\" she warned.", "cut"},
      {"\"If this levy does not pass, wages for porters and drivers will be frozen in March,\" he warned.", "frozen"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(event_with(g, trigger).modality == Modality::Hypothetical);
}

TEST_CASE("t56 12: a warned plan with no condition stays planned", "[events][dt57a]") {
  const auto g = graph_of_text("\"Pensions for miners and farmers will be cut in March,\" she warned.", 2023_y / January / 20);
  CHECK(event_with(g, "cut").modality == Modality::Planned);
}

// Item 14: "would present a plan on Monday and ask for a vote no later than December 18": the
// deadline is the vote's; the asking comes with the plan.

TEST_CASE("t56 14: a deadline after what a verb of asking calls for dates the thing asked for", "[events][dt57a]") {
  const sys_days dct = 2023_y / March / 8;  // a Wednesday
  const auto g = graph_of_text(
      "The mayor said on Tuesday that she would unveil a new budget on Friday and call for a vote no later than March 30.", dct);
  const auto& vote = event_with(g, "vote");
  CHECK_FALSE(vote.time.start.has_value());
  REQUIRE(vote.time.end);
  CHECK(*vote.time.end == 2023_y / March / 30);
  check_day(event_with(g, "call"), 2023_y / March / 10);
}

TEST_CASE("t56 14: a date on what is asked for with no deadline dates the asking", "[events][dt57a]") {
  const auto g = graph_of_text("The union demanded a meeting on Monday.", 2023_y / March / 8);
  check_day(event_with(g, "demanded"), 2023_y / March / 6);
}

// Item 18: "would keep rerouting some ships until the end of the month": "keep" with a gerund is
// a phase of the gerund's event, one planned event running until then, not a second, actual one.

TEST_CASE("t56 18: keep with a gerund is one event with it, as planned as the keeping", "[events][dt57a]") {
  const sys_days dct = 2023_y / March / 8;
  const auto [text, last] = GENERATE(table<std::string, sys_days>({
      {"The airline said it would keep cancelling some flights until the end of the month.", 2023_y / March / 31},
      {"The port said it would keep turning away some tankers until March 20.", 2023_y / March / 20},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& kept = event_with(g, "keep");
  CHECK(chronograph::test::events_with_mention(g, "keep") == 1);
  CHECK(kept.mentions.size() == 2);
  CHECK(kept.modality == Modality::Planned);
  REQUIRE(kept.time.end);
  CHECK(*kept.time.end == last);
}

TEST_CASE("t56 18: keep with an object is no phase of anything", "[events][dt57a]") {
  const auto g = graph_of_text("The storm kept ships in port until Friday.", 2023_y / March / 8);
  const auto& kept = event_with(g, "kept");
  CHECK(kept.mentions.size() == 1);
  CHECK(kept.modality == Modality::Actual);
}

// Item 11: "had shut off power two days before the fire began": the distance counts from the
// shutting, which no day in the sentence dates, not from the day of the clause it is told in
// ("denied on Wednesday"); neither event is placed after that day.

TEST_CASE("t56 11: a distance is not counted from the day of another clause", "[events][dt57a]") {
  const sys_days dct = 2023_y / June / 16;  // a Friday
  const auto g = solved_graph_of_text(
      "A power company denied on Wednesday that its lines were involved, although it had cut power to the valley two "
      "days before the fire began.",
      dct);
  const auto& began = event_with(g, "began");
  CHECK_FALSE(began.time.start.has_value());
  const auto& cut = event_with(g, "cut");
  CHECK((!cut.time.start || *cut.time.start < 2023_y / June / 12));
}

TEST_CASE("t56 11: a distance from the day of its own clause still places the event", "[events][dt57a]") {
  const auto g = graph_of_text("The envoy left the embassy at 7:53 a.m. on June 2, just hours before rebels stormed the capital.",
                               2023_y / June / 16);
  const auto& stormed = event_with(g, "stormed");
  REQUIRE(stormed.time.start);
  CHECK(*stormed.time.start == 2023_y / June / 2);
}

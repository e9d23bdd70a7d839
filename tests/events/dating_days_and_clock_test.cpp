// Events dated to a day or a clock time: days named before, weekdays, parts of the day and
// the day a story is at.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace date;
using namespace chronograph::test;
using chronograph::graph::Modality;

namespace {

bool has_event_with_mention(const graph::GraphData& g, const std::string& trigger) { return events_with_mention(g, trigger) > 0; }

const sys_days kSunday{2022_y / May / 22};

const sys_days kWednesday{2022_y / May / 18};

const sys_days kDct{2025_y / May / 14};

}  // namespace

TEST_CASE("t49 18: 'approved that therapy on Thursday' dates the approval", "[events][dt50]") {
  const sys_days dct = 2023_y / November / 17;  // a Friday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"A second therapy, from Vertex Pharmaceuticals, is expected to be decided by the FDA on or before Dec. 8 as "
       "well, and Britain's regulator approved that therapy on Thursday.", "approved", 2023_y / November / 16},
      {"The agency is expected to rule on the drug by March, and the European regulator approved that drug on "
       "Monday.", "approved", 2023_y / November / 13},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
  // a "that" clause after a verb stays one
  const auto said = graph_of_text("The regulator said that prices rose on Monday.", dct);
  check_day(event_with(said, "rose"), 2023_y / November / 13);
}

TEST_CASE("t51 22: a date in a quotation that is a sentence of its own is still the quote's", "[events][dt51]") {
  const auto g = graph_of_text("\"We will finish the work on Friday,\" he said on Monday.", 2026_y / June / 9);
  const auto& finish = event_with(g, "finish");
  REQUIRE(finish.time.end);
  CHECK(*finish.time.end == 2026_y / June / 12);
}

TEST_CASE("t52 8: the saying beside 'effective' keeps its own day", "[events][dt52]") {
  const auto g = graph_of_text(
      "The European Union will impose duties on American goods, effective March 1, the Commission said on Tuesday.",
      2026_y / February / 12);
  check_day(event_with(g, "said"), 2026_y / February / 10);
}

TEST_CASE("t52 13: what a message the text dates tells as to come follows the message", "[events][dt53]") {
  const sys_days dct = 2024_y / May / 28;
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"In a text sent on 14 March, Mr Hart told the developer Colin Marsh that the scheme \"will get over the line\".",
       "get", 2024_y / March / 14},
      {"In an email sent on 2 April, the manager told staff that the office would close.", "close", 2024_y / April / 2},
      {"In a letter written on 3 February, the council said it would appeal.", "appeal", 2024_y / February / 3},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  CHECK_FALSE(event.time.end);
}

TEST_CASE("t53 15: the year of a comparison's standard dates no event", "[events][dt53]") {
  const auto [text, dct, verb] = GENERATE(table<std::string, sys_days, std::string>({
      {"Petrova will try to become the first woman to defend the title since Serena Williams in 2014.",
       2025_y / September / 6, "try"},
      {"\"If the window is short, we will see queues again like in 2019,\" said a guide.", 2024_y / May / 18, "see"},
      {"The river could flood the town again, as in 2007.", 2024_y / May / 18, "flood"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  CHECK(event.time.source != graph::TimeSource::Explicit);
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

TEST_CASE("t59 19: an event in part of a day keeps that part", "[events][dt61b]") {
  const auto g = graph_of_text("Street parties began early Saturday.", 2025_y / September / 25);
  CHECK(event_with(g, "began").time.mod == "START");
}

TEST_CASE("t60 16: the same word without this or a change of tense still tells the same event", "[events][dt62]") {
  const auto g = solved_graph_of_text(
      "Teachers there last walked out in 1995, when a dispute over staffing lasted two months. The dispute ended with "
      "a pay deal.",
      2024_y / April / 10);
  const auto& ended = event_with(g, "ended");
  REQUIRE(ended.time.end);
  CHECK(*ended.time.end == sys_days{1995_y / December / 31});
}

// Item 7: "Three passengers remain in hospital": an actual state told in the simple present holds
// at the article's date.

TEST_CASE("t60 7: a state told in the simple present goes on at the article's date", "[events][dt62]") {
  const auto g = graph_of_text("Three climbers remain in hospital in Grenoble.", 2019_y / June / 16);
  CHECK(event_with(g, "remain").time.going_on());
}

TEST_CASE("t60 20: the meeting an invitation looks ahead to keeps its own date", "[events][dt62]") {
  const auto g = graph_of_text("The mayor has invited residents to a public meeting next week.", 2024_y / April / 9);
  check_span(event_with(g, "meeting"), 2024_y / April / 15, 2024_y / April / 21);
  const auto& invited = event_with(g, "invited");
  REQUIRE(invited.time.end);
  CHECK(*invited.time.end <= sys_days{2024_y / April / 9});
}

TEST_CASE("tester47 A: a state a copula predicates with a date of its own is an event", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  for (const auto& [text, trigger] : std::vector<std::pair<std::string, std::string>>{
           {"The road will be shut on Monday.", "shut"},
           {"Schools will be shut on Friday.", "shut"},
           {"The border will be open on Monday.", "open"}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    const auto& event = event_with(g, trigger);
    CHECK(event.modality == graph::Modality::Planned);
    REQUIRE(event.time.start);
  }
  // an adjective no verb stands behind is none
  CHECK_FALSE(has_event_with_mention(graph_of_text("The payment will be due on Monday.", dct), "due"));
}

TEST_CASE("tester48: the shopping days of Thanksgiving give no entities", "[events][tester48]") {
  for (int y = 2018; y <= 2024; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days dct = thanksgiving - days{4};
    INFO(y);
    const auto g = graph_of_text("The partnership said it would run free vans on Black Friday and Small Business Saturday.", dct);
    for (const auto& entity : g.entities) {
      INFO(entity.id);
      CHECK(entity.id.find("black") == std::string::npos);
      CHECK(entity.id.find("small-business") == std::string::npos);
    }
  }
}

TEST_CASE("tester49 #24: a report dates neither what it tells as to come nor what has a date of its own", "[events][tester49]") {
  const sys_days dct{2026_y / January / 29};
  const auto plan = graph_of_text("Organizers said on Monday that the track would open in March.", dct);
  const auto& opens = event_with(plan, "open");
  REQUIRE(opens.time.start);
  CHECK(*opens.time.start == sys_days{2026_y / March / 1});
  const auto own = graph_of_text("Officials said on Monday that the track passed its tests in 2024.", dct);
  const auto& passed = event_with(own, "passed");
  REQUIRE(passed.time.end);
  CHECK(*passed.time.end == sys_days{2024_y / December / 31});
}

TEST_CASE("tester49: a month that opens a fire's name dates no event", "[events][tester49]") {
  const sys_days dct{2021_y / August / 9};
  const auto g = graph_of_text("The Dixie Fire started on July 13. It is the second-largest fire on record after the "
                               "August Complex fire of 2020.",
                               dct);
  for (const auto& t : g.timexes) CHECK(t.text != "August");
  chronograph::test::check_day(event_with(g, "started"), sys_days{2021_y / July / 13});
}

TEST_CASE("tx52 t51-11: what happens on the second day of a visit is dated on that day", "[events][tx52]") {
  const auto g = graph_of_text("Emperor Naruhito will arrive in London on Saturday for a four-day state visit. On the second "
                               "day of the visit, the emperor will meet Prime Minister Rishi Sunak.",
                               sys_days{2024_y / June / 20});
  check_day(event_with(g, "meet"), sys_days{2024_y / June / 23});
  check_day(event_with(g, "arrive"), sys_days{2024_y / June / 22});
}

TEST_CASE("tx55 t55-2: a report's day moves a story that was at a coarser date", "[events][tx55]") {
  auto [text, dct, value] = GENERATE(table<const char*, sys_days, const char*>({
      {"The owner rejected an offer in May and a second one later that month. The owner said on Monday that he would "
       "never sell. A day later, he accepted a deal.",
       sys_days{2023_y / August / 30}, "2023-08-29"},
      {"The union turned down a pay rise in January. Its leader told members on Friday that the strike would go on. "
       "Two days later, the union signed the agreement.",
       sys_days{2024_y / March / 12}, "2024-03-10"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, std::string(text).find("A day later") != std::string::npos ? "A day later" : "Two days later",
                       dct) == value);
}

TEST_CASE("tx58 pipeline: the rest of the week said on a Sunday about now or ahead is the week ahead", "[events][tx58]") {
  CHECK(timex_value_in("The museum will stay closed for the rest of the week.", "the rest of the week", kSunday) == "2022-W21");
  CHECK(timex_value_in("Forecasters expect heavy rain for the rest of the week.", "the rest of the week", kSunday) == "2022-W21");
  // must not change: a past clause keeps the week it is in, and so does any other day
  CHECK(timex_value_in("The museum stayed closed for the rest of the week.", "the rest of the week", kSunday) == "2022-W20");
  CHECK(timex_value_in("The museum will stay closed for the rest of the week.", "the rest of the week", kWednesday) == "2022-W20");
}

TEST_CASE("tx59 pipeline: an event on or in a time has no mod", "[events][tx59]") {
  for (const std::string text : {"The council will approve the new budget on June 3.", "The council will approve the new budget in July."}) {
    INFO(text);
    CHECK(event_with(graph_of_text(text, kDct), "approve").time.mod.empty());
  }
}

// An event the text dates by its distance from another ("a week after the summit"): the link,
// its gap, and the day the solver gives it, checked against date arithmetic; and the passive
// "was held" that makes its subject event happen.
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

struct Amount {
  std::string words;
  int days;
};

}  // namespace

TEST_CASE("a duration after or before a dated event dates the event it modifies to the day", "[events][gap]") {
  const Amount amount = GENERATE(
      values<Amount>({{"two days", 2}, {"three days", 3}, {"ten days", 10}, {"a week", 7}, {"two weeks", 14}, {"five weeks", 35}}));
  const std::string signal = GENERATE("after", "before");
  const bool fronted = GENERATE(0, 1) == 1;
  // The reference event's date is written out in full, in months of every length.
  const int month = GENERATE(1, 2, 3, 7, 12);
  const sys_days summit = year{2020} / date::month{static_cast<unsigned>(month)} / 16;
  const std::string phrase = fmt::format("{} {} the summit", amount.words, signal);
  const std::string clause = fronted ? fmt::format("{}{}, the rebels seized the airport.", char(std::toupper(phrase[0])), phrase.substr(1))
                                     : fmt::format("The rebels seized the airport {}.", phrase);
  const std::string text = fmt::format("The summit was held in Geneva on {}. {}", date::format("%B %d, %Y", summit), clause);
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, 2021_y / dec / 30);
  const auto& seized = event_with(g, "seized");
  check_day(seized, summit + days(signal == "after" ? amount.days : -amount.days));
  CHECK(events_with_mention(g, "summit") == 1);
}

TEST_CASE("a duration on an event with a date of its own dates the other event, the one without", "[events][gap]") {
  const Amount amount = GENERATE(values<Amount>({{"ten days", 10}, {"two weeks", 14}, {"five weeks", 35}}));
  const int month = GENERATE(1, 3, 7, 12);
  const sys_days first = year{2020} / date::month{static_cast<unsigned>(month)} / 1;
  const sys_days last = sys_days{year_month_day_last{year{2020}, month_day_last{date::month{static_cast<unsigned>(month)}}}};
  const std::string text = fmt::format("The mayor was arrested in {}, {} after the bank collapsed.",
                                       date::format("%B %Y", first), amount.words);
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, 2021_y / dec / 30);
  const auto& time = event_with(g, "collapsed").time;
  // the arrest is some day of the month: the collapse lies that far before one of them
  CHECK(time.start == std::optional{first - days{amount.days}});
  CHECK(time.end == std::optional{last - days{amount.days}});
}

TEST_CASE("a clause after the day that dates the verb is dated from that day", "[events][gap]") {
  const std::string weekday = GENERATE(as<std::string>{}, "Monday", "Wednesday", "Thursday");
  const Amount amount = GENERATE(values<Amount>({{"a day", 1}, {"two days", 2}}));
  const sys_days dct = 2023_y / nov / 11;  // a Saturday
  sys_days day = dct;
  while (date::format("%A", day) != weekday) day -= days{1};
  const std::string text =
      fmt::format("The party walked out of the talks on {}, {} after the ministry published its forecasts.", weekday, amount.words);
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  check_day(event_with(g, "walked"), day);
  check_day(event_with(g, "published"), day - days{amount.days});
}

TEST_CASE("a duration that 'for' opens is how long an event lasted, not how far apart", "[events][gap]") {
  const auto g = solved_graph_of_text(
      "The bank collapsed on June 30, 2021. Its chief had hidden losses for two years before the collapse.", 2021_y / dec / 4);
  const auto& time = event_with(g, "hidden").time;
  CHECK(time.end == std::optional{sys_days{2021_y / jun / 30}});
}

TEST_CASE("'at least' a duration bounds one side only: the other is the article's date", "[events][gap]") {
  const auto g = solved_graph_of_text(
      "The storm hit the coast on August 2, 2020. At least 72 hours after the storm hit, the power came back.",
      2021_y / dec / 4);
  const auto& time = event_with(g, "came").time;
  CHECK(time.start == std::optional{sys_days{2020_y / aug / 5}});
  CHECK(time.end == std::optional{sys_days{2021_y / dec / 4}});
}

TEST_CASE("'about' a duration dates the event to a few days around it", "[events][gap]") {
  const auto [text, first, last] = GENERATE(table<std::string, int, int>({
      {"About a week after the summit, the rebels seized the airport.", 6, 8},
      {"The rebels seized the airport about four weeks after the summit.", 21, 35},
      {"About four weeks after the summit, the rebels seized the airport.", 21, 35},
      {"Three weeks after the summit, the new parliament seized the airport.", 21, 21},
      {"The rebels seized the airport a week after the summit.", 7, 7}}));
  const sys_days summit = 2020_y / mar / 10;
  CAPTURE(text);
  const auto g = solved_graph_of_text("The summit was held in Geneva on March 10, 2020. " + text, 2021_y / dec / 4);
  const auto& time = event_with(g, "seized").time;
  CHECK(time.start == std::optional{summit + days{first}});
  CHECK(time.end == std::optional{summit + days{last}});
}

TEST_CASE("an event noun the passive 'held' has for its subject is one event with it, other subjects no event",
          "[events][coreference]") {
  const auto [verb, noun] = GENERATE(table<std::string, std::string>({{"held", "summit"}, {"staged", "protest"}, {"convened", "meeting"}}));
  const auto g = graph_of_text(fmt::format("The {} was {} in Oslo on Tuesday. After the {}, the ministers flew home.", noun, verb, noun),
                               2021_y / dec / 4);
  CAPTURE(verb, noun);
  const auto& event = event_with(g, verb);
  CHECK(has_mention(event, noun));
  CHECK(events_with_mention(g, noun) == 1);
  const auto hostages = graph_of_text("The hostages were held in a warehouse on Tuesday.", 2021_y / dec / 4);
  CHECK(events_with_mention(hostages, "hostages") == 0);
  const auto pilots = graph_of_text("Some say female pilots were held back until 1995.", 2021_y / dec / 4);
  CHECK(events_with_mention(pilots, "pilots") == 0);
}

TEST_CASE("a participle that only says where a reporting period stops is no event on the timeline", "[events]") {
  const std::string period = GENERATE(as<std::string>{}, "the three months", "the quarter", "the fiscal year", "the six months");
  const std::string date = GENERATE(as<std::string>{}, "Dec. 31", "September 30", "June 30, 2023");
  const std::string text = "The company posted a net loss of $312 million in " + period + " ended " + date + ".";
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / feb / 14);
  CHECK(events_with_mention(g, "ended") == 0);
  CHECK(events_with_mention(g, "posted") == 1);
}

TEST_CASE("a result a subject posts or suffers is one event with the verb, titled with its subject", "[events][coreference]") {
  const auto [text, verb, noun, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The company posted a net loss of $312 million on Monday.", "posted", "loss", "Company posts net loss of $312 million"},
      {"The ruling party suffered a heavy defeat in the election on Sunday.", "suffered", "defeat",
       "Ruling party suffers heavy defeat in election"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / feb / 14);
  CHECK(events_with_mention(g, noun) == 1);
  const auto& event = event_with(g, verb);
  CHECK(has_mention(event, noun));
  CHECK(event.title == title);
}

TEST_CASE("a gap of years and months counts both back from the later event", "[events][gap]") {
  const sys_days dct = 2023_y / jun / 2;  // a Friday
  for (const std::string& text :
       std::vector<std::string>{"The museum welcomed its millionth visitor on Monday, a year and two months after it reopened.",
                                "The museum welcomed its millionth visitor on Monday, one year and two months after it reopened."}) {
    CAPTURE(text);
    const auto g = solved_graph_of_text(text, dct);
    const auto& reopened = event_with(g, "reopened");
    REQUIRE(reopened.time.start);
    REQUIRE(reopened.time.end);
    // Monday 2023-05-29 less 14 months, give or take the calendar's lengths of months
    CHECK(*reopened.time.start >= sys_days{2022_y / mar / 24});
    CHECK(*reopened.time.end <= sys_days{2022_y / apr / 1});
  }
}

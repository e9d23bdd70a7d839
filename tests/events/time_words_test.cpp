// Time expressions read in full sentences (tagger and parser running): which words are times,
// and how a clause, a set or a span around them fixes their value.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kSeasons[] = {"spring", "summer", "autumn", "winter"};
const char* const kSeasonCodes[] = {"SP", "SU", "FA", "WI"};

std::vector<std::string> timex_texts(const std::string& text, sys_days dct) {
  std::vector<std::string> out;
  for (const auto& t : graph_of_text(text, dct).timexes) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("words that only look like times are none: a lower-case day abbreviation, the minutes, after-hours", "[timex][words]") {
  const sys_days dct = 2023_y / nov / 10;
  for (const std::string& text : std::vector<std::string>{
           "The judge was taken ill shortly before the court sat.", "They sat in the sun.", "The couple wed.",
           "The bank will publish the minutes of its meeting.", "Traders sold the shares in after-hours trading.",
           "The minutes show a split board."}) {
    CAPTURE(text);
    CHECK(timex_texts(text, dct).empty());
  }
  CHECK(timex_value_in("The vote is set for Sat. Nov. 18.", "Sat. Nov. 18", dct) == "2023-11-18");
  CHECK(timex_value_in("It took minutes to fill the hall.", "minutes", dct) == "PTXM");
}

TEST_CASE("'last' after 'to' or a modal is the verb, and the duration after it is plain", "[timex][words]") {
  const sys_days dct = 2023_y / nov / 10;
  for (const std::string& lead : std::vector<std::string>{"was expected to", "will", "could", "may"}) {
    for (const std::string& stretch : std::vector<std::string>{"four weeks", "three months", "two days"}) {
      const std::string text = "The trial " + lead + " last " + stretch + ".";
      CAPTURE(text);
      CHECK(timex_texts(text, dct) == std::vector<std::string>{stretch});
    }
  }
  CHECK(timex_value_in("Prices rose over the last four weeks.", "the last four weeks", dct) == "P4W");
}

TEST_CASE("the past month, year or decade is the stretch that ends at the article's date", "[timex][anchors]") {
  for (const sys_days dct : {sys_days{2024_y / sep / 19}, sys_days{2023_y / mar / 31}, sys_days{2025_y / jan / 1}}) {
    const year_month_day today{dct};
    const auto months_back = [&](int n) {
      const year_month_day back = (year_month{today.year(), today.month()} - months{n}) / today.day();
      return sys_days{back.ok() ? back : back.year() / back.month() / last};
    };
    const std::vector<std::pair<std::string, sys_days>> units = {
        {"week", dct - days{7}}, {"month", months_back(1)}, {"year", months_back(12)}, {"decade", months_back(120)}};
    for (const auto& [unit, start] : units) {
      for (const std::string& text : {"Prices have risen sharply over the past " + unit + ".",
                                      "The bank has held rates unchanged for the past " + unit + "."}) {
        CAPTURE(text, chronograph::format_iso_day(dct));
        const auto g = graph_of_text(text, dct);
        REQUIRE(g.events.size() == 1);
        REQUIRE(g.events.front().time.start);
        REQUIRE(g.events.front().time.end);
        CHECK(chronograph::format_iso_day(*g.events.front().time.start) == chronograph::format_iso_day(start));
        CHECK(*g.events.front().time.end == dct);
      }
    }
  }
}

TEST_CASE("a weekday joined to a weekly set is in it and a time at it is the set's time", "[timex][sets]") {
  const sys_days dct = 2024_y / jun / 12;
  for (unsigned a = 0; a < 7; ++a) {
    const unsigned b = (a + 2) % 7;
    const std::string first = kDays[a], second = kDays[b];
    const auto iso = [](unsigned w) { return std::to_string(w == 0 ? 7 : w); };
    CHECK(timex_value_in("The clinic is open every " + first + " and " + second + ".", second, dct) == "XXXX-WXX-" + iso(b));
    CHECK(timex_value_in("The club meets every " + first + ", " + second + " and Sunday.", second, dct) == "XXXX-WXX-" + iso(b));
    CHECK(timex_value_in("The club publishes a bulletin every " + first + " at noon.", "noon", dct) == "XXXX-WXX-" + iso(a) + "T12:00");
    CHECK(timex_value_in("The club publishes a bulletin every " + first + " at 9 a.m.", "9 a.m.", dct) ==
          "XXXX-WXX-" + iso(a) + "T09:00");
  }
  CHECK(timex_value_in("They meet every other week.", "every other week", dct) == "P2W");
  CHECK(timex_value_in("The market opens every weekend.", "every weekend", dct) == "XXXX-WXX-WE");
  CHECK(timex_value_in("The clinic offers walk-in vaccinations on weekends.", "weekends", dct) == "XXXX-WXX-WE");
}

TEST_CASE("a time at a daily set is that time of every day", "[timex][sets]") {
  const sys_days dct = 2024_y / aug / 12;
  for (const char* set : {"every evening", "each morning", "every day", "daily", "every night"})
    for (const auto& [clock, value] : std::vector<std::pair<std::string, std::string>>{{"7 p.m.", "T19:00"}, {"noon", "T12:00"}, {"6:30 a.m.", "T06:30"}}) {
      const std::string text = std::string("Officials said they would hold a meeting ") + set + " at " + clock + " at the fairgrounds.";
      INFO(text);
      CHECK(timex_value_in(text, clock, dct) == "XXXX-XX-XX" + value);
    }
  // a time of day not joined to a set stays on its day
  CHECK(timex_value_in("They met every evening. The vote was at 7 p.m.", "7 p.m.", dct) == "2024-08-12T19:00");
}

TEST_CASE("a month a past 'when' clause describes is in the past, whatever the main clause's tense", "[timex][tense]") {
  const sys_days dct = 2026_y / oct / 29;
  const char* const months[] = {"January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December"};
  for (unsigned m = 1; m <= 10; ++m) {  // (a month or two ahead in a past clause stays this year's: the slack)
    const std::string name = months[m - 1];
    const std::string expected = fmt::format("2026-{:02}", m);
    CHECK(timex_value_in("The layoffs follow a smaller round in " + name + ", when the company cut 400 jobs.", name, dct) == expected);
    CHECK(timex_value_in("The cuts come after a freeze in " + name + " when sales fell.", name, dct) == expected);
  }
}

TEST_CASE("a season in a clause of no past or future is the occurrence nearest the article's date", "[timex][tense]") {
  // (the DCT's season: spring from March, summer from June, autumn from September, winter from December)
  const auto [dct, season, expected] = GENERATE(table<sys_days, unsigned, std::string>({
      {2024_y / feb / 24, 0, "2024-SP"}, {2024_y / feb / 24, 1, "2024-SU"}, {2024_y / feb / 24, 3, "2023-WI"},
      {2024_y / oct / 5, 0, "2025-SP"},  {2024_y / oct / 5, 1, "2024-SU"},  {2024_y / oct / 5, 3, "2024-WI"},
      {2024_y / may / 5, 2, "2024-FA"},
      {2024_y / jul / 1, 0, "2024-SP"},  {2024_y / jul / 1, 2, "2024-FA"},
  }));
  const std::string text = std::string("Lower borrowing costs would help firms invest in the ") + kSeasons[season] + ".";
  CAPTURE(text, dct);
  CHECK(timex_value_in(text, std::string("the ") + kSeasons[season], dct) == expected);
  CHECK(std::string(kSeasonCodes[season]) == expected.substr(5));
}

TEST_CASE("'followed by' orders two things and is no past tense for the date after it", "[timex][tense]") {
  const sys_days dct = 2024_y / sep / 19;
  for (const std::string month : {"October", "November", "December"}) {
    const std::string text = "Its next decision is due on October 3, followed by a meeting in " + month + ".";
    CAPTURE(text);
    CHECK(timex_value_in(text, month, dct).starts_with("2024-"));
  }
  CHECK(timex_value_in("The riots were followed by a curfew in December.", "December", dct) == "2023-12");
}

TEST_CASE("a time an amount is compared with dates no event, nor does a time in a 'than' clause of 'do' or 'be'", "[timex][anchors]") {
  const sys_days dct = 2026_y / oct / 29;
  for (const std::string& verb : std::vector<std::string>{"rose", "fell", "climbed"}) {
    for (const std::string& baseline : std::vector<std::string>{"a year earlier", "a year ago", "the previous quarter"}) {
      for (const std::string& text : {"Revenue " + verb + " 4 percent from " + baseline + ".",
                                      "Net income " + verb + " to $410 million from $780 million in " + baseline + ".",
                                      "Net income " + verb + " to $410 million from $780 million in the same period last year."}) {
        CAPTURE(text);
        const auto g = graph_of_text(text, dct);
        REQUIRE_FALSE(g.events.empty());
        CHECK_FALSE(g.events.front().time.start);
      }
    }
  }
  for (const std::string text : {"Storms are intensifying faster than they did in the 1980s.",
                                  "Prices rose faster than they did in 2019.", "The river rose higher than it had in May."}) {
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    REQUIRE_FALSE(g.events.empty());
    CHECK_FALSE((g.events.front().time.start && *g.events.front().time.start < sys_days{2026_y / jan / 1}));
  }
  // a span from one amount to another still dates the event
  const auto span = graph_of_text("Unemployment rose from 4.1 percent in January to 6 percent in June.", dct);
  REQUIRE(span.events.front().time.start);
  CHECK(*span.events.front().time.start == sys_days{2026_y / jan / 1});
}

TEST_CASE("a past clause's 'the previous week' after a time ahead counts from the article's date", "[timex][anchors]") {
  const sys_days dct = 2026_y / may / 12;  // a Tuesday of ISO week 20
  const auto [ahead, unit, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"next month", "week", "2026-W19"}, {"next year", "week", "2026-W19"}, {"on Friday", "week", "2026-W19"},
      {"next month", "month", "2026-04"},  {"next year", "year", "2025"},
  }));
  const std::string text = "The agency will begin a campaign " + ahead + ". It recorded 214 new cases, up from 158 the previous " +
                           unit + ".";
  CAPTURE(text);
  CHECK(timex_value_in(text, "the previous " + unit, dct) == expected);
  // a past time before it is still the anchor
  CHECK(timex_value_in("The campaign began on May 4. Cases rose from 158 the previous week.", "the previous week", dct) == "2026-W18");
}

TEST_CASE("'since' a date starts the event after 'most' that counts, and bounds a comparison after 'the most'", "[timex][anchors]") {
  const sys_days dct = 2026_y / oct / 29;
  for (const std::string month : {"March", "April", "June"}) {
    for (const std::string& text : {"The party has led in most opinion polls since " + month + ".",
                                    "The union has led in most surveys since " + month + "."}) {
      CAPTURE(text);
      const auto g = graph_of_text(text, dct);
      REQUIRE_FALSE(g.events.empty());
      REQUIRE(g.events.front().time.start);
      CHECK(year_month_day{*g.events.front().time.start}.year() == 2026_y);
    }
  }
  const auto most = graph_of_text("Prices rose the most since 2019.", dct);
  REQUIRE_FALSE(most.events.empty());
  CHECK_FALSE((most.events.front().time.start && *most.events.front().time.start < sys_days{2020_y / jan / 1}));
}

TEST_CASE("a word that modifies a noun after a date tells of that noun's time, not the date's clause's", "[timex][tense]") {
  const sys_days dct = 2025_y / jun / 11;  // a Wednesday
  for (unsigned w = 0; w < 7; ++w) {
    if (w == 3) continue;
    const std::string name = kDays[w];
    INFO(name);
    const sys_days back = weekday_before(dct, w), ahead = weekday_after(dct, w);
    for (const std::string modifier : {"planned", "upcoming", "expected", "scheduled"}) {
      INFO(modifier);
      CHECK(timex_value_in("Engineers called off the countdown on " + name + " before the " + modifier + " lift-off.", name,
                           dct) == chronograph::format_iso_day(back));
      CHECK(timex_value_in("The rebels shelled the port on " + name + " ahead of " + modifier + " talks.", name, dct) ==
            chronograph::format_iso_day(back));
    }
    // (a verb after the date still gives its clause's tense)
    CHECK(timex_value_in("On " + name + " the company will announce its plans.", name, dct) ==
          chronograph::format_iso_day(ahead));
  }
}

TEST_CASE("a month or season 'that' points back to is in the year last named, and 'that' opening a clause points nowhere", "[timex][anchors]") {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const sys_days dct = 2025_y / may / 16;
  for (unsigned m = 0; m < 12; ++m) {
    const std::string month = kMonths[m];
    INFO(month);
    CHECK(timex_value_in("He was arrested in 2019 and charged that " + month + ".", "that " + month, dct) ==
          fmt::format("2019-{:02}", m + 1));
    CHECK(timex_value_in("Forecasters said that " + month + " would be dry.", "that " + month, dct) == "none");
  }
  for (unsigned s = 0; s < 4; ++s) {
    const std::string season = kSeasons[s];
    INFO(season);
    CHECK(timex_value_in("The mill closed in 1975, and that " + season + " the river flooded.", "that " + season, dct) ==
          std::string("1975-") + kSeasonCodes[s]);
    // (after a verb that takes no "that" clause, "that" points back, however the parser hangs it)
    CHECK(timex_value_in("Staff who joined in 2019 and left that " + season + " were paid off.", "that " + season, dct) ==
          std::string("2019-") + kSeasonCodes[s]);
  }
}

TEST_CASE("a count of units later with no date before it is some time before the DCT in a past clause, not after it", "[timex][anchors]") {
  const sys_days dct = 2025_y / may / 16;
  const std::pair<std::string, std::string> counts[] = {
      {"Two days", "2025-06"}, {"Three weeks", "2025-06"}, {"Four months", "2025-10"}, {"Three years", "2028"}, {"A decade", "2035-06"}};
  for (const auto& [count, from_june] : counts) {
    INFO(count);
    CHECK(timex_value_in(count + " later, he was convicted of fraud.", count + " later", dct) == "PAST_REF");
    CHECK(timex_value_in(count + " later, the town is still rebuilding.", count + " later", dct) == "PRESENT_REF");
    CHECK(timex_value_in("The board will meet in June. " + count + " later, it will vote.", count + " later", dct) == from_june);
  }
}

TEST_CASE("a deadline on what a verb of asking asks for lies ahead of the asking, in any tense", "[timex][tense]") {
  const sys_days dct = 2025_y / apr / 15;  // a Tuesday
  for (unsigned w = 0; w < 7; ++w) {
    if (w == 2) continue;
    const std::string name = kDays[w];
    INFO(name);
    const sys_days ahead = weekday_after(dct, w);
    for (const std::string asked : {"were told", "were ordered", "have been asked", "were urged"}) {
      INFO(asked);
      for (const std::string deadline : {"by", "before"})
        CHECK(timex_value_in("Retailers " + asked + " to clear the shelves " + deadline + " " + name + ".", name, dct) ==
              chronograph::format_iso_day(ahead));
    }
    CHECK(timex_value_in("Regulators told retailers to clear the shelves by " + name + ".", name, dct) ==
          chronograph::format_iso_day(ahead));
  }
  CHECK(timex_value_in("Retailers were told to clear the shelves by the end of the week.", "the end of the week", dct) ==
        "2025-W16");
  // (what was done on a day is no deadline; an asking with a time of its own sets one after that time)
  CHECK(timex_value_in("Residents were ordered to leave and evacuated on Sunday.", "Sunday", dct) == "2025-04-13");
  CHECK(timex_value_in("Residents were told on Friday to leave their homes by Sunday.", "Sunday", dct) == "2025-04-13");
}

TEST_CASE("a time of day or a span of two right before a weekly set is a time of that set", "[timex][sets]") {
  const sys_days dct = 2025_y / sep / 17;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string plural = std::string(kDays[w]) + "s";
    const std::string iso = std::to_string(w == 0 ? 7 : w);
    INFO(plural);
    CHECK(timex_value_in("Sites are open from 10 a.m. to 4 p.m. on " + plural + ".", "10 a.m.", dct) == "XXXX-WXX-" + iso + "T10:00");
    CHECK(timex_value_in("Sites are open from 10 a.m. to 4 p.m. on " + plural + ".", "4 p.m.", dct) == "XXXX-WXX-" + iso + "T16:00");
    CHECK(timex_value_in("The shop opens at 9 a.m. on " + plural + ".", "9 a.m.", dct) == "XXXX-WXX-" + iso + "T09:00");
    CHECK(timex_value_in("The pool is open 7 a.m. to 9 p.m. " + plural + ".", "7 a.m.", dct) == "XXXX-WXX-" + iso + "T07:00");
    CHECK(timex_value_in(std::string("The market opens at 9 a.m. every ") + kDays[w] + ".", "9 a.m.", dct) ==
          "XXXX-WXX-" + iso + "T09:00");
  }
  // (a clock before one weekday is that day's)
  CHECK(timex_value_in("The shop opened at 9 a.m. on Sunday.", "9 a.m. on Sunday", dct) == "2025-09-14T09:00");
}

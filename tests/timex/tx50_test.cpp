// Tester 49's findings on months before institutions' names and on the deep past: "the
// September Fed meeting" is dated, "the third millennium BC" and "the late Bronze Age" are
// times, "5,000 years ago" is approximate, "around 1200-1000 BC" is one range, "the early
// 1900s" is the century's first decades, and a weekday after "through Feb. 19" counts from the DCT.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::format_iso_day;
using chronograph::core::Timex;
using chronograph::test::kMonthNames;
using chronograph::test::only_timex;
using chronograph::test::timex_tagger;
using chronograph::test::tag;
using chronograph::test::interval_text;
using chronograph::test::has_timex;

namespace {

const sys_days kJune2024 = sys_days{2024_y / June / 20};
const sys_days kMay2019 = sys_days{2019_y / May / 12};

}  // namespace

// ---- a month before an institution's acronym or meeting

TEST_CASE("the failing sentence: 'the September Fed meeting' is dated", "[timex][tx50]") {
  const auto t = only_timex("The Fed left rates unchanged at the September Fed meeting.", kJune2024, "September");
  CHECK(t.value == "2023-09");
}

TEST_CASE("every month before an acronym in capitals stays a date", "[timex][tx50]") {
  for (const char* month : kMonthNames) {
    for (const char* acronym : {"FOMC", "ECB", "OPEC"}) {
      const std::string sentence = fmt::format("Traders now look to the {} {} decision, analysts said.", month, acronym);
      INFO(sentence);
      CHECK(has_timex(tag(sentence, kJune2024), month));
    }
  }
}

TEST_CASE("every month before a capitalised name and a sitting noun stays a date", "[timex][tx50]") {
  for (const char* month : kMonthNames) {
    for (const char* tail : {"Fed meeting", "Fed rate decision", "Senate vote", "Fed minutes"}) {
      const std::string sentence = fmt::format("Markets had priced in a cut before the {} {}, traders said.", month, tail);
      INFO(sentence);
      CHECK(has_timex(tag(sentence, kJune2024), month));
    }
  }
}

TEST_CASE("a month opening a name before another noun stays no date", "[timex][tx50]") {
  auto [sentence, month] = GENERATE(table<const char*, const char*>({
      {"It is the second-largest fire on record after the August Complex fire of 2020.", "August"},
      {"Historians still argue about the October Revolution anniversary in the city.", "October"},
      {"Fans packed the arena for the March Madness tournament this week.", "March"},
  }));
  INFO(sentence);
  CHECK_FALSE(has_timex(tag(sentence, sys_days{2021_y / August / 9}), month));
}

// ---- millennia, and centuries of our era

TEST_CASE("the failing sentence: 'the third millennium BC' is -2999..-2000", "[timex][tx50]") {
  const auto t = only_timex("Stone circles in the area date to the third millennium BC.", kMay2019, "the third millennium BC");
  CHECK(t.value == "-2");
  CHECK(interval_text(t) == "-2999-01-01..-2000-12-31");
}

TEST_CASE("every ordinal millennium in either era", "[timex][tx50]") {
  auto [expression, value, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"the first millennium BC", "-0", "-0999-01-01..0000-12-31"},
      {"the second millennium BCE", "-1", "-1999-01-01..-1000-12-31"},
      {"the 4th millennium B.C.", "-3", "-3999-01-01..-3000-12-31"},
      {"the first millennium AD", "0", "0001-01-01..0999-12-31"},
      {"the second millennium", "1", "1000-01-01..1999-12-31"},
      {"the third millennium CE", "2", "2000-01-01..2999-12-31"},
  }));
  const std::string sentence = fmt::format("The site was used in {}.", expression);
  INFO(sentence);
  const auto t = only_timex(sentence, kMay2019, expression);
  CHECK(t.value == value);
  CHECK(interval_text(t) == interval);
}

TEST_CASE("a part of a millennium or century takes its tenths", "[timex][tx50]") {
  auto [expression, interval] = GENERATE(table<const char*, const char*>({
      {"the late second millennium BC", "-1299-01-01..-1000-12-31"},
      {"the early 20th century", "1900-01-01..1929-12-31"},
      {"the mid-19th century", "1830-01-01..1869-12-31"},
      {"the late 19th century", "1870-01-01..1899-12-31"},
  }));
  const std::string sentence = fmt::format("It was built in {}.", expression);
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
}

TEST_CASE("AD or CE after a century is part of it, an advertisement is not", "[timex][tx50]") {
  CHECK(interval_text(only_timex("The arena was built in the first century AD.", kMay2019, "the first century AD")) ==
        "0001-01-01..0099-12-31");
  CHECK(only_timex("It was rebuilt in the fourth century CE.", kMay2019, "the fourth century CE").value == "03");
  CHECK(has_timex(tag("They ran a 21st century ad campaign.", kMay2019), "21st century"));
}

// ---- round counts of years ago, and ranges before Christ

TEST_CASE("the failing sentence: '5,000 years ago' is approximate, 500 years either side", "[timex][tx50]") {
  const auto t = only_timex("People first settled the area 5,000 years ago.", kMay2019, "5,000 years ago");
  CHECK(t.value == "-2981");
  CHECK(t.mod == "APPROX");
  CHECK(interval_text(t) == "-3481-01-01..-2481-12-31");
}

TEST_CASE("a round count of years widens by half its last place", "[timex][tx50]") {
  auto [sentence, expression, mod, interval] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"It was built some 3,500 years ago.", "some 3,500 years ago", "APPROX", "-1531-01-01..-1431-12-31"},
      {"The town grew up 2,000 years ago.", "2,000 years ago", "APPROX", "-0481-01-01..0519-12-31"},
      {"It was founded roughly 150 years ago.", "roughly 150 years ago", "APPROX", "1864-01-01..1874-12-31"},
      {"The mill closed 10 years ago.", "10 years ago", "", "2009-01-01..2009-12-31"},
      {"The mill closed 150 years ago.", "150 years ago", "", "1869-01-01..1869-12-31"},
      {"The chapel was built 1,234 years ago.", "1,234 years ago", "", "0785-01-01..0785-12-31"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, kMay2019, expression);
  CHECK(t.mod == mod);
  CHECK(interval_text(t) == interval);
}

TEST_CASE("the failing sentence: 'around 1200-1000 BC' is one range", "[timex][tx50]") {
  const auto all = tag("The burial dates to around 1200-1000 BC.", kMay2019);
  REQUIRE(all.size() == 1);
  CHECK(all[0].text == "around 1200-1000 BC");
  CHECK(all[0].mod == "APPROX");
  CHECK(interval_text(all[0]) == "-1199-01-01..-0999-12-31");
}

TEST_CASE("a hyphenated span before Christ is one range, one with words two", "[timex][tx50]") {
  auto [sentence, expression, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"The hoard dates from 1200\u20131000 BCE.", "1200\u20131000 BCE", "-1199-01-01..-0999-12-31"},
      {"Pots were made c. 800-700 BC in the valley.", "c. 800-700 BC", "-0799-01-01..-0699-12-31"},
      {"It was in use 450 - 400 B.C. at least.", "450 - 400 B.C.", "-0449-01-01..-0399-12-31"},
  }));
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
  const auto words = tag("It was in use between 1200 and 1000 BC.", kMay2019);
  CHECK(words.size() == 2);
}

// ---- decades and centuries written in hundreds

TEST_CASE("the failing sentence: 'the early 1900s' is the century's first three decades", "[timex][tx50]") {
  const auto t = only_timex("In the early 1900s it was used as a school.", kMay2019, "the early 1900s");
  CHECK(t.value == "19");
  CHECK(t.mod == "START");
  CHECK(interval_text(t) == "1900-01-01..1929-12-31");
}

TEST_CASE("hundreds are centuries with their parts, the 2000s a decade, other decades unchanged", "[timex][tx50]") {
  auto [expression, interval] = GENERATE(table<const char*, const char*>({
      {"the 1800s", "1800-01-01..1899-12-31"},
      {"the late 1700s", "1770-01-01..1799-12-31"},
      {"the mid-1600s", "1630-01-01..1669-12-31"},
      {"the 2000s", "2000-01-01..2009-12-31"},
      {"the early 1980s", "1980-01-01..1983-04-30"},
  }));
  const std::string sentence = fmt::format("It happened in {}.", expression);
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
}

// ---- named periods

TEST_CASE("the failing sentence: 'the late Bronze Age' is a broad period", "[timex][tx50]") {
  const auto t = only_timex("The grave dates to the late Bronze Age, about 3,000 years ago.", kMay2019, "the late Bronze Age");
  CHECK(t.type == "DATE");
  CHECK(t.mod == "APPROX");
  CHECK(t.derived);
  CHECK(interval_text(t) == "-1149-01-01..-0799-12-31");
}

TEST_CASE("named periods from the table, with and without a part", "[timex][tx50]") {
  auto [sentence, expression, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"Iron tools spread in the Iron Age.", "the Iron Age", "-0799-01-01..0043-12-31"},
      {"Life in the Middle Ages was short.", "the Middle Ages", "0500-01-01..1499-12-31"},
      {"Plague struck in the Late Middle Ages.", "the Late Middle Ages", "1300-01-01..1499-12-31"},
      {"The house dates from the Victorian era.", "the Victorian era", "1837-01-01..1901-12-31"},
      {"Farming began in the Neolithic.", "the Neolithic", "-3999-01-01..-2499-12-31"},
      {"Farming spread in the early Neolithic.", "the early Neolithic", "-3999-01-01..-3500-12-31"},
      {"Bronze Age burials were found.", "Bronze Age", "-2499-01-01..-0799-12-31"},
  }));
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
}

TEST_CASE("a period the calendar cannot hold is a time with no interval, a lower-case word none", "[timex][tx50]") {
  const auto stone = only_timex("Hunters lived here in the Stone Age.", kMay2019, "the Stone Age");
  CHECK(stone.value == "PAST_REF");
  CHECK_FALSE(stone.interval);
  CHECK(tag("They ate in the middle ages of the hall and sold bronze age tools.", kMay2019).empty());
  CHECK(tag("The Bronze Agency opened.", kMay2019).empty());
}

// ---- a weekday after a span's end

TEST_CASE("the failing sentence: a weekday after 'through Feb. 19' counts from the DCT", "[timex][tx50]") {
  const auto t = only_timex("Trading is suspended through Feb. 19. Results will be published at 18:30 GMT on Thursday.",
                            sys_days{2024_y / February / 13}, "18:30 GMT on Thursday");
  CHECK(t.value.substr(0, 10) == "2024-02-15");
}

TEST_CASE("after any verb, a date after 'through' ends a span, one after 'until' a put-off's new time", "[timex][tx50]") {
  const sys_days dct{2024_y / February / 13};  // a Tuesday
  CHECK(only_timex("The road is closed through Feb. 19. Crews will return on Thursday.", dct, "Thursday").value == "2024-02-15");
  CHECK(only_timex("The hearing was delayed through March 1. It will resume on Friday.", dct, "Friday").value == "2024-02-16");
  // (the new time of a put-off talk: the story is there, so a weekday said after it follows it)
  CHECK(only_timex("The talks were postponed until Feb. 20. They will end on Thursday.", dct, "Thursday").value == "2024-02-22");
}

// Durations, counts and sets: units and their counts, rates, recurring times with freq and quant.
#include <fmt/format.h>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/common/utc_offset.h"
#include "core/timex/sport_season.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::Timex;
using chronograph::format_iso_day;

namespace {

const sys_days kJune2024 = sys_days{2024_y / June / 20};

std::string two_digits(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }

const sys_days kWednesday{2026_y / November / 25};

// The weekday of ISO number `iso` (1 Monday .. 7 Sunday) on or after (on or before) `from`.
sys_days on_or_after(unsigned iso, sys_days from) { return from + (weekday{iso % 7} - weekday{from}); }

sys_days on_or_before(unsigned iso, sys_days from) { return from - (weekday{from} - weekday{iso % 7}); }


// The universal tag of a Penn tag, which the tense cues of a noun phrase read.
std::string upos_of(const std::string& xpos) {
  if (xpos.starts_with("NNP")) return "PROPN";
  if (xpos.starts_with("NN")) return "NOUN";
  if (xpos.starts_with("JJ")) return "ADJ";
  if (xpos.starts_with("RB")) return "ADV";
  if (xpos.starts_with("VB")) return "VERB";
  if (xpos == "MD") return "AUX";
  if (xpos == "DT" || xpos == "PRP$") return "DET";
  if (xpos == "IN") return "ADP";
  return "X";
}

// The value of `name` in a text written "word/TAG word/TAG ...", as the tagger would tag it.
std::string tagged_value(const std::string& words_and_tags, sys_days dct, const std::string& name) {
  auto tagged = tagged_text(words_and_tags);
  for (auto& token : tagged.tokens.tokens) token.upos = upos_of(token.xpos);
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

}  // namespace

// These tests use their own kWeekdays and weekday_name: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_sunday {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string weekday_name(sys_days d) { return kWeekdays[weekday{d}.c_encoding()]; }

// ---- #4: a span's end or a report's date is no day ahead the story is at

TEST_CASE("a weekday ahead after a span's end counts from the DCT", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    const sys_days end = dct + days{8};
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days expected = ahead_of(dct, weekday{w});
      if (expected == dct) continue;
      const std::string wd = kWeekdays[w];
      INFO(iso(dct) << " " << wd);
      for (const std::string cue : {"through", "until"}) {
        const auto found = tag("Attempts are possible every day " + cue + " " + month_name(end) + " " +
                                   std::to_string(day_of(end)) + ". The agency will hold another briefing at 18:30 GMT on " + wd + ".",
                               dct);
        CHECK(chronograph::test::timex_named(found, "18:30 GMT on " + wd).value == iso(expected) + "T18:30Z");
      }
    }
  }
}

TEST_CASE("a weekday in a clause reported on the DCT counts from the report", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2019_y / November / 24})) {
    const sys_days later = dct + days{5};
    for (int k = 1; k <= 3; ++k) {
      const sys_days expected = dct + days{k};
      const std::string wd = weekday_name(expected);
      INFO(iso(dct) << " " << wd);
      const auto found = tag("The vans would run on " + weekday_name(later) + ". The governor's office said on " +
                                 weekday_name(dct) + " that a mediator would meet both sides on " + wd + " afternoon.",
                             dct);
      CHECK(chronograph::test::timex_named(found, wd + " afternoon").value == iso(expected) + "TAF");
    }
  }
}

// ---- #11: "48 hours from now", "three days from now", "a week from today": the DCT plus the offset

TEST_CASE("a count of hours or days from now is the DCT plus that many days", "[timex][tester48]") {
  const char* const kCounts[] = {"one", "two", "three", "four", "five"};
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 29})) {  // (the year's end crossed)
    for (int n = 1; n <= 5; ++n) {
      INFO(iso(dct) << " " << n);
      const std::string hours = std::to_string(24 * n) + " hours from now";
      CHECK(only_timex("The satellite will launch " + hours + ".", dct, hours).value == iso(dct + days{n}));
      const std::string day_count = std::string(kCounts[n - 1]) + (n == 1 ? " day" : " days") + " from now";
      CHECK(only_timex("The vote will be held " + day_count + ".", dct, day_count).value == iso(dct + days{n}));
      const std::string weeks = std::string(kCounts[n - 1]) + (n == 1 ? " week" : " weeks") + " from today";
      CHECK(only_timex("The vote will be held " + weeks + ".", dct, weeks).value == iso(dct + days{7 * n}));
    }
    CHECK(only_timex("The vote will be held a week from today.", dct, "a week from today").value == iso(dct + days{7}));
  }
}

TEST_CASE("a count of hours ago keeps the DCT's day", "[timex][tester48]") {
  // must not change (TBAQ): "48 hours ago" is written as the DCT's day
  const sys_days dct{2024_y / December / 10};
  CHECK(only_timex("The satellite was launched 48 hours ago.", dct, "48 hours ago").value == iso(dct));
}

// ---- #16: the shopping days after Thanksgiving and the Thanksgiving weekend are named days

TEST_CASE("the shopping days and the weekend of Thanksgiving are days counted from it", "[timex][tester48]") {
  const std::vector<std::pair<std::string, int>> days_after = {
      {"Black Friday", 1}, {"Small Business Saturday", 2}, {"Cyber Monday", 4}, {"Giving Tuesday", 5}};
  for (int y = 2015; y <= 2030; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days dct = thanksgiving - days{4};
    for (const auto& [name, after] : days_after) {
      INFO(y << " " << name);
      CHECK(only_timex("The partnership said it would run free vans on " + name + ".", dct, name).value ==
            iso(thanksgiving + days{after}));
      CHECK(only_timex("Sales rose on " + name + ".", thanksgiving + days{20}, name).value == iso(thanksgiving + days{after}));
    }
    const Timex weekend = only_timex("Bus drivers vote to strike over Thanksgiving weekend.", dct, "Thanksgiving weekend");
    REQUIRE(weekend.interval);
    CHECK(weekend.interval->start == thanksgiving);
    CHECK(weekend.interval->end == thanksgiving + days{3});
  }
}

}  // namespace weekdays_from_sunday
}  // namespace

// ---- #23: a set's frequency

TEST_CASE("issue 23: 'twice a week' is a weekly set with freq 2X", "[timex][tx49]") {
  const auto t = only_timex("Operators have also begun an overtime ban, refusing extra shifts twice a week since Monday.",
                            sys_days{2024_y / May / 10}, "twice a week");
  CHECK(t.type == "SET");
  CHECK(t.value == "P1W");
  CHECK(t.freq == "2X");
  CHECK_FALSE(t.interval);
}

TEST_CASE("'every other week' recurs every two weeks once each, quantified EVERY", "[timex][tx49]") {
  auto [sentence, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"They meet every other week.", "every other week", "P2W"},
      {"Bins are emptied every second day.", "every second day", "P2D"},
      {"Elections are held every four years.", "every four years", "P4Y"},
  }));
  const auto t = only_timex(sentence, sys_days{2024_y / May / 10}, expression);
  CHECK(t.value == value);
  CHECK(t.freq == "1X");
  CHECK(t.quant == "EVERY");
}

TEST_CASE("a set quantified by 'each' says EACH, and a plain date has neither freq nor quant", "[timex][tx49]") {
  const auto each = only_timex("They review it each year.", sys_days{2024_y / May / 10}, "each year");
  CHECK(each.quant == "EACH");
  CHECK(each.freq == "1X");
  const auto every_tuesday = only_timex("They meet every Tuesday.", sys_days{2024_y / May / 10}, "every Tuesday");
  CHECK(every_tuesday.quant == "EVERY");
  CHECK(every_tuesday.freq.empty());
  const auto date = only_timex("They met on Monday twice.", sys_days{2024_y / May / 10}, "Monday");
  CHECK(date.type == "DATE");
  CHECK(date.freq.empty());
  CHECK(date.quant.empty());
}

// ---- #19: a time of day that a set governs

TEST_CASE("issue 19: a clock range after a weekly set belongs to the set", "[timex][tx49]") {
  const auto all = tag("The board opened walk-in vaccination clinics that run every Tuesday and Thursday from 9 a.m. to 6 p.m.",
                       sys_days{2021_y / November / 27});
  for (const char* clock : {"9 a.m.", "6 p.m."}) {
    const auto t = chronograph::test::timex_named(all, clock);
    INFO(clock);
    CHECK(t.type == "SET");
    CHECK(t.value.starts_with("XXXX-WXX-4T"));
    CHECK_FALSE(t.interval);
  }
  CHECK(chronograph::test::timex_named(all, "Thursday").type == "SET");
}

TEST_CASE("a clock after a daily or weekly set by 'at' or 'from' is the set's time", "[timex][tx49]") {
  auto [sentence, clock, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The museum opens each Monday from noon.", "noon", "XXXX-WXX-1T12:00"},
      {"Bells ring every day at 8 p.m.", "8 p.m.", "XXXX-XX-XXT20:00"},
      {"The market runs every Saturday from 8 a.m. until 1 p.m.", "1 p.m.", "XXXX-WXX-6T13:00"},
      {"Buses leave every Sunday starting at 7:15 a.m.", "7:15 a.m.", "XXXX-WXX-7T07:15"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, sys_days{2024_y / May / 8}, clock);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
  CHECK_FALSE(t.interval);
}

TEST_CASE("a clock apart from a set, or after a dated day, keeps its day", "[timex][tx49]") {
  const sys_days dct{2024_y / May / 8};
  // another sentence, and a clock after a weekday that is no set
  const auto apart = tag("The clinic opens every Monday. The minister visits it from 9 a.m. on Friday.", dct);
  CHECK(chronograph::test::timex_named(apart, "9 a.m. on Friday").type != "SET");
  const auto dated = only_timex("The clinic opened on Monday from 9 a.m.", dct, "9 a.m.");
  CHECK(dated.type == "TIME");
  CHECK(dated.value == "2024-05-06T09:00");
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

// ---- a weekday after a span's end

TEST_CASE("the failing sentence: a weekday after 'through Feb. 19' counts from the DCT", "[timex][tx50]") {
  const auto t = only_timex("Trading is suspended through Feb. 19. Results will be published at 18:30 GMT on Thursday.",
                            sys_days{2024_y / February / 13}, "18:30 GMT on Thursday");
  CHECK(t.value.substr(0, 10) == "2024-02-15");
}

// ---- t51 #11: the days of a stay

TEST_CASE("tx52 t51-11: the Nth day of a visit counts from the day it opened", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Emperor Naruhito will arrive in London on Saturday for a four-day state visit. On the second day of the visit, "
       "the emperor will meet Prime Minister Rishi Sunak.",
       "the second day", "2024-06-23"},
      {"The summit will open on Monday for three days. On the final day of the summit, leaders will sign a pact.",
       "the final day", "2024-06-26"},
      {"The delegates will arrive on Monday. On the first morning of the summit, they will meet the king.",
       "the first morning", "2024-06-24TMO"},
      {"The talks opened on June 3. On day three of the talks, the sides agreed on a ceasefire.", "day three", "2024-06-05"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2024_y / June / 20}), expression).value == value);
}

TEST_CASE("tx52 t51-11: a day of a stay with nothing to count from stays unknown", "[timex][tx52]") {
  const sys_days dct{2024_y / June / 20};
  CHECK(timex_named(tag("Shares rose on the first day of trading.", dct), "the first day").value == "XXXX-XX-XX");
  // (the final day of a visit whose length was not told)
  CHECK(timex_named(tag("The delegates will arrive on Monday. On the final day, they will sign.", dct), "the final day").value ==
        "XXXX-XX-XX");
  // (after a verb the day says which day it is, not one counted: "today is the eighth day of ...")
  CHECK_FALSE(has_timex(tag("The army attacked on Monday. Today is the eighth day of the operation.", dct), "the eighth day"));
  // (a day of a calendar period is none of these)
  CHECK_FALSE(has_timex(tag("Rent is due on the first day of each month.", dct), "the first day"));
  CHECK_FALSE(has_timex(tag("The law took effect on the first day of May.", dct), "the first day"));
}

// ---- t51 #12: nights

TEST_CASE("tx52 t51-12: a count of nights is a duration in days", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The collapse happened at 3:40 a.m. on Tuesday. Families kept a vigil at the gates for two nights.", "two nights", "P2D"},
      {"The band stayed three nights in Paris.", "three nights", "P3D"},
      {"He slept in his car for several nights.", "several nights", "PXD"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2025_y / October / 9}), expression).value == value);
}

// ---- t52 #5: rates

TEST_CASE("tx52 t52-5: one unit after an amount is a rate, not a duration", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The closure held up about $9 billion of trade a day.", "a day", "P1D"},
      {"Exporters warned that the bourbon duties would cost them $500 million a year.", "a year", "P1Y"},
      {"The refinery processes 40,000 barrels a day.", "a day", "P1D"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, sys_days{2024_y / October / 4}), expression);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
}

// ---- t53 #10: "for five years from its release"

TEST_CASE("tx53 t53-10: a duration ahead counted from another time is not counted from the DCT", "[timex][tx53]") {
  const sys_days dct{2025_y / June / 11};
  auto [text, expression] = GENERATE(table<const char*, const char*>({
      {"The next long-term release, Helix 14, will be supported for five years from its release.", "five years"},
      {"The law will apply for two years after the vote.", "two years"},
      {"Members will stay for ten days of the summit.", "ten days"},
  }));
  INFO(text);
  CHECK(interval_text(timex_named(tag(text, dct), expression)) == "none");
  // (one said alone runs from now)
  CHECK(interval_text(timex_named(tag("Gift cards will be honored for 30 days.", dct), "30 days")) ==
        "2025-06-11..2025-07-11");
}

// ---- t55 #9: a time ahead told in the past of a coarser date

TEST_CASE("tx55 t55-9: the next few units said in the past count from the date the story is at", "[timex][tx55]") {
  const sys_days dct{2023_y / June / 16};
  auto [text, name, span] = GENERATE(table<const char*, const char*, const char*>({
      {"The town was flooded in 2001. Engineers said a bigger flood was likely within the next few years.",
       "the next few years", "2001-01-01..2011-01-01"},
      {"The mine closed in March 2015. The site stayed empty for the next two years.",
       "the next two years", "2015-03-01..2017-03-01"},
      {"The dam cracked in the spring of 2010. Inspectors warned that repairs were needed over the coming months.",
       "the coming months", "2010-03-01..2011-03-01"},
  }));
  INFO(text);
  CHECK(interval_text(timex_named(tag(text, dct), name)) == span);
}

TEST_CASE("tx55 t55-9: the next few units count from the DCT in a clause ahead or after a day", "[timex][tx55]") {
  const sys_days dct{2023_y / June / 16};
  // (a clause ahead: from now)
  CHECK(interval_text(timex_named(tag("The town was flooded in 2001. A bigger flood will come within the next few years.", dct),
                                  "the next few years")) == "2023-06-16..2033-06-16");
  // (after a day: from that day, as before)
  CHECK(interval_text(timex_named(tag("The town was flooded on Monday. Engineers said more rain was likely over the next few days.",
                                      dct),
                                  "the next few days")) == "2023-06-12..2023-06-26");
}

// ---- a rate of counted things: "three meals a day"

TEST_CASE("tx56v a unit right after counted things is a rate, a SET", "[timex][tx56v]") {
  auto [unit, value] = GENERATE(table<const char*, const char*>({{"day", "P1D"}, {"week", "P1W"}, {"month", "P1M"}, {"year", "P1Y"}}));
  const sys_days dct{2025_y / June / 7};
  for (const char* frame : {"The clinic serves three meals a {}.", "The club sold forty thousand tickets a {}.",
                            "The port handles 12 ships a {}."}) {
    const std::string text = fmt::format(fmt::runtime(frame), unit);
    INFO(text);
    const auto rate = timex_named(tag(text, dct), std::string("a ") + unit);
    CHECK(rate.type == "SET");
    CHECK(rate.value == value);
    CHECK(rate.quant == "EVERY");
  }
}

TEST_CASE("tx56v a unit after things not counted, or in a comparison, stays a duration", "[timex][tx56v]") {
  const sys_days dct{2025_y / June / 7};
  // (no count before the things)
  CHECK(timex_named(tag("The firm gave the workers a week off.", dct), "a week").type == "DURATION");
  // (a comparison: the figure a year before)
  CHECK(timex_named(tag("The port handled 14 ships, up from 12 ships a year.", dct), "a year").type == "DURATION");
  // (what a verb that is given a time takes: how long, not a rate)
  CHECK(timex_named(tag("It took three inspectors a week to finish the report.", dct), "a week").type == "DURATION");
  CHECK(timex_named(tag("The mill gave 300 workers a month off.", dct), "a month").type == "DURATION");
}

// ---- "at the time" after a date counted back: that date

TEST_CASE("tx56v at the time and since then refer to a date counted back told last", "[timex][tx56v]") {
  const sys_days dct{2021_y / October / 13};
  auto [ago, value] = GENERATE(table<const char*, const char*>({
      {"Three years ago", "2018"}, {"Two months ago", "2021-08"}, {"Six weeks ago", "2021-W35"}, {"Ten days ago", "2021-10-03"}}));
  const std::string opening = std::string("The firm was founded in 2009. ") + ago + ", it moved to Boston";
  INFO(opening);
  CHECK(timex_named(tag(opening + "; at the time, it employed 500 people.", dct), "the time").value == value);
  CHECK(timex_named(tag(opening + ", and since then it has doubled its staff.", dct), "then").value == value);
  // (with no date counted back since, the date told before it)
  CHECK(timex_named(tag("The firm was founded in 2009. At the time, it employed five people.", dct), "the time").value ==
        "2009");
}

// ---- a month right after "last year," (t58 #13)

TEST_CASE("tx59: every month after last year and a comma is in that year", "[timex][tx59]") {
  const sys_days dct{2024_y / November / 25};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    for (const std::string joint : {", in ", ", "}) {
      const std::string text = "The old pump broke down twice last year" + joint + month + " and again in the autumn.";
      INFO(text);
      CHECK(timex_named(tag(text, dct), month).value == "2023-" + two_digits(m));
    }
  }
}

// ---- a span counted from its first day (t58 #9)

TEST_CASE("tx59: a span for N units starting on a day ends the day before the same day N units on", "[timex][tx59]") {
  const sys_days dct{2020_y / June / 2};
  auto [count, unit, last] = GENERATE(table<const char*, const char*, const char*>({
      {"five", "years", "2025-08-31"}, {"three", "months", "2020-11-30"}, {"two", "weeks", "2020-09-14"},
      {"ten", "days", "2020-09-10"}}));
  for (const std::string joint : {"starting", "from", "beginning"}) {
    const std::string text = std::string("The levy will apply for ") + count + " " + unit + " " + joint + " September 1, 2020.";
    INFO(text);
    CHECK(interval_text(timex_named(tag(text, dct), std::string(count) + " " + unit)) == std::string("2020-09-01..") + last);
  }
}

TEST_CASE("tx59: a span counted from the DCT keeps its interval", "[timex][tx59]") {
  const sys_days dct{2020_y / June / 2};
  CHECK(interval_text(timex_named(tag("The levy will apply for the next two years.", dct), "the next two years")) ==
        "2020-06-02..2022-06-02");
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2023_oct_11 {

const sys_days kDct{2023_y / October / 11};  // a Wednesday

// ---- TBAQ train extent: "a hundred", "over" a count

TEST_CASE("tx57: a hundred, a thousand and a dozen count as numbers in a duration", "[timex][tx57]") {
  auto [text, expression, value, mod] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The family has farmed here for almost a hundred years.", "almost a hundred years", "P100Y", "LESS_THAN"},
      {"The dam has held for a thousand years.", "a thousand years", "P1000Y", ""},
      {"The ferry stayed in port for a dozen days.", "a dozen days", "P12D", ""},
  }));
  INFO(text);
  const auto duration = timex_named(tag(text, kDct), expression);
  CHECK(duration.value == value);
  CHECK(duration.mod == mod);
}

TEST_CASE("tx57: over a count after a verb of lasting is more than it, inside the expression", "[timex][tx57]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The inspection is likely to last over a week.", "over a week", "P1W"},
      {"Just over an hour later, the crew landed.", "over an hour", "PT1H"},
      {"Passengers faced a delay of over 40 minutes.", "over 40 minutes", "PT40M"},
      {"The repairs took over two months.", "over two months", "P2M"},
  }));
  INFO(text);
  const auto duration = timex_named(tag(text, kDct), expression);
  CHECK(duration.value == value);
  CHECK(duration.mod == "MORE_THAN");
}

TEST_CASE("tx57: over a count that tells when stays outside the expression", "[timex][tx57]") {
  const auto all = tag("The grant can be spent over three years on new buses.", kDct);
  CHECK(has_timex(all, "three years"));
  CHECK_FALSE(has_timex(all, "over three years"));
  CHECK(timex_named(all, "three years").mod.empty());
}

// ---- TBAQ train extent: a bound before "the past N units", "around year end"

TEST_CASE("tx57: a bound before the past units is inside the expression", "[timex][tx57]") {
  auto [text, expression, mod] = GENERATE(table<const char*, const char*, const char*>({
      {"The chain has cut prices for at least the past 18 months.", "at least the past 18 months", "EQUAL_OR_MORE"},
      {"The mine has been idle for more than the last three years.", "more than the last three years", "MORE_THAN"},
      {"The plant has run for nearly the past two decades.", "nearly the past two decades", "LESS_THAN"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, kDct), expression).mod == mod);
}

TEST_CASE("tx57: the past units with no bound, and a year end with no approximation, stay as they were", "[timex][tx57]") {
  const auto past = timex_named(tag("Sales have grown over the past three years.", kDct), "the past three years");
  CHECK(past.value == "P3Y");
  CHECK(past.mod.empty());
  CHECK(timex_named(tag("The merger should close by year-end.", kDct), "year-end").mod == "END");
  const auto around = timex_named(tag("The merger should close around year end.", kDct), "around year end");
  CHECK(around.value == "2023");
  CHECK(around.mod == "APPROX");
}

}  // namespace dated_2023_oct_11
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2022_may_18 {

const sys_days kDct{2022_y / May / 18};  // a Wednesday

// ---- a part of the day after a preposition (t57 #59)

TEST_CASE("tx58: every part of the day after in the, during the or through the is a time on the day told last", "[timex][tx58]") {
  auto [part, code] = GENERATE(table<const char*, const char*>({
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}}));
  for (const std::string prep : {"in", "during", "through"}) {
    const std::string text = "The hikers left the hut at 6 a.m. on May 14 and were stranded " + prep + " the " + part + ".";
    INFO(text);
    const auto found = timex_named(tag(text, kDct), std::string("the ") + part);
    CHECK(found.type == "TIME");
    CHECK(found.value == std::string("2022-05-14T") + code);
    CHECK(interval_text(found) == "2022-05-14..2022-05-14");
  }
}

}  // namespace dated_2022_may_18
}  // namespace

// These tests use their own kWeekdays: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_monday {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// ---- #46: a month after a modal and a passive lies ahead

TEST_CASE("tx62 #46: every month after may be and a participle is the coming one", "[timex][tx62]") {
  const sys_days dct{2022_y / July / 20};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    if (m == 5 || m == 6) continue;  // (a month just gone is still this year's: the month slack)
    const std::string expected = (m >= 7 ? "2022-" : "2023-") + std::string(m < 10 ? "0" : "") + std::to_string(m);
    for (const std::string modal : {"may", "might", "should"}) {
      const std::string text = "Bans/NNS " + modal + "/MD be/VB needed/VBN before/IN the/DT end/NN of/IN " + month + "/NNP ./.";
      INFO(text);
      CHECK(tagged_value(text, dct, "the end of " + month) == expected);
    }
    // (must not: a past ability, "could not be reached in May", stays behind, within the month
    // slack of a past clause)
    const std::string past = "Villages/NNS could/MD not/RB be/VB reached/VBN in/IN " + month + "/NNP ./.";
    INFO(past);
    CHECK(tagged_value(past, dct, month) <= "2022-09");
  }
  // (must not: a month before a past verb is no modal)
  CHECK(tagged_value("Prices/NNS in/IN May/NNP rose/VBD sharply/RB in/IN June/NNP ./.", dct, "June") == "2022-06");
}

// ---- #25: a headline's weekday after "for" and a thing held on a day

TEST_CASE("tx62 #25: a headline weekday after a funeral or a wedding set for it is ahead", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    for (const std::string thing : {"funeral", "wedding", "burial"}) {
      const std::string text = "Family sets " + thing + " for " + day + "\n\nThe family said the " + thing + " would be small.";
      INFO(text);
      CHECK(value_in(text, kWednesday, day) == format_iso_day(on_or_after(iso, kWednesday)));
    }
    // (must not: a headline's present without a thing set for the day tells what happened)
    const std::string told = "Family mourns singer on " + day + "\n\nThe family said the loss was hard.";
    INFO(told);
    CHECK(value_in(told, kWednesday, day) == format_iso_day(on_or_before(iso, kWednesday)));
  }
}

// ---- #40: ", the year" beside a year is that year, and "since then" after it too

TEST_CASE("tx62 #40: the year set beside a year is that year", "[timex][tx62]") {
  const sys_days dct{2021_y / June / 14};
  for (const std::string year : {"1962", "1987", "2003", "2019"}) {
    const std::string text =
        "The club last won the cup in " + year + ", the year its old ground was sold. Little has gone right since then.";
    INFO(text);
    const auto all = tag(text, dct);
    CHECK(timex_named(all, "the year").value == year);
    CHECK(timex_named(all, "then").value == year);
  }
  // (must not: after a comma with no year in the sentence, the DCT's year; after a day, too)
  CHECK(value_in("Sales rose in 2003. Prices fell, the year closed weakly.", dct, "the year") == "2021");
  CHECK(value_in("The club lost on Monday, the year it hoped to win.", dct, "the year") == "2021");
}

}  // namespace weekdays_from_monday
}  // namespace

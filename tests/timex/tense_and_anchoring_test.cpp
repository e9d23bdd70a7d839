// Anchoring: which date a relative expression counts from (the DCT, the date last named, a date
// ahead) and the tense that decides it.
#include <fmt/format.h>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::Timex;
using chronograph::format_iso_day;

namespace {

const sys_days kJune2024 = sys_days{2024_y / June / 20};

const sys_days kDct{2011_y / November / 16};  // a Wednesday

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

const sys_days kWednesday{2026_y / November / 25};

// The weekday of ISO number `iso` (1 Monday .. 7 Sunday) strictly after (before) `from`.
sys_days after(unsigned iso, sys_days from) { return from + days{1} + (weekday{iso % 7} - weekday{from + days{1}}); }

sys_days before(unsigned iso, sys_days from) { return from - days{1} - (weekday{from - days{1}} - weekday{iso % 7}); }

// The value of `name` in a text written "word/TAG word/TAG ...", as the tagger would tag it.
std::string tagged_value(const std::string& words_and_tags, sys_days dct, const std::string& name) {
  const auto tagged = tagged_text(words_and_tags);
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

}  // namespace

TEST_CASE("days later after a day is that day moved", "[timex][tester48]") {
  // must not change
  const sys_days dct{2024_y / December / 3};
  for (int k = 1; k <= 20; ++k) {
    const sys_days day = dct - days{k + 3};
    const std::string date = month_name(day) + " " + std::to_string(day_of(day));
    const auto found = tag("They met on " + date + ". Three days later they split.", dct);
    CHECK(chronograph::test::timex_named(found, "Three days later").value == iso(day + days{3}));
  }
}

// ---- a month before an institution's acronym or meeting

TEST_CASE("the failing sentence: 'the September Fed meeting' is dated", "[timex][tx50]") {
  const auto t = only_timex("The Fed left rates unchanged at the September Fed meeting.", kJune2024, "September");
  CHECK(t.value == "2023-09");
}

// ---- t52 #1: a tour's dates

TEST_CASE("tx52 t52-1: a day told after a date ahead goes on from it, not back before the DCT", "[timex][tx52]") {
  const sys_days dct{2026_y / December / 3};
  const auto all = tag("The band will tour next year. The tour opens on April 17 and reaches London on June 12 and 13. It "
                       "ends in Tokyo on Aug. 30.",
                       dct);
  CHECK(timex_named(all, "April 17").value == "2027-04-17");
  CHECK(timex_named(all, "June 12").value == "2027-06-12");
  CHECK(timex_named(all, "13").value == "2027-06-13");
  CHECK(timex_named(all, "Aug. 30").value == "2027-08-30");
  // (a variant: a festival ahead, then its days)
  const auto fest = tag("The festival opens on March 20. Its final concert is on May 2.", sys_days{2026_y / November / 10});
  CHECK(timex_named(fest, "March 20").value == "2027-03-20");
  CHECK(timex_named(fest, "May 2").value == "2027-05-02");
}

TEST_CASE("tx52 t52-1: a day after a date ahead stays put when it is itself ahead or told in the past", "[timex][tx52]") {
  const sys_days dct{2026_y / December / 3};
  // (ahead of the DCT already: tickets before the tour)
  CHECK(timex_named(tag("The tour opens on April 17. Tickets go on sale on Dec. 10.", dct), "Dec. 10").value == "2026-12-10");
  // (a past clause keeps its past)
  CHECK(timex_named(tag("The tour opens on April 17. The band announced it on June 12.", dct), "June 12").value ==
        "2026-06-12");
  // (with no date ahead before it, as before)
  CHECK(timex_named(tag("The band reaches London on June 12.", dct), "June 12").value == "2026-06-12");
}

TEST_CASE("tx52 t52-6: a plan told in the present still looks ahead", "[timex][tx52]") {
  const sys_days saturday{2025_y / November / 22};
  CHECK(timex_named(tag("Ministers are expected to meet on Thursday.", saturday), "Thursday").value == "2025-11-27");
  CHECK(timex_named(tag("The conference will close on Friday evening.", saturday), "Friday evening").value ==
        "2025-11-28TEV");
}

// ---- t52 #4: the end of term

TEST_CASE("tx52 t52-4: the end of term is the day the text says the term ends", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Lecturers will walk out every Tuesday and Thursday until the end of term. The spring term ends on 27 March.",
       "the end of term", "2026-03-27"},
      {"Staff will strike until the end of the autumn semester. The semester closes on Dec. 19.",
       "the end of the autumn semester", "2026-12-19"},
      {"The spring term ends on 27 March, and exams will run until the end of the term.", "the end of the term", "2026-03-27"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, sys_days{2026_y / January / 9}), expression);
  CHECK(t.value == value);
  CHECK(t.derived);  // (no TIMEX3 of TimeML's)
}

// ---- "the then-current price": current at a past time

TEST_CASE("tx56v then-current is a past reference, current alone the present", "[timex][tx56v]") {
  const sys_days dct{2025_y / June / 7};
  for (const char* words : {"then-current", "then current", "then-present", "then present"}) {
    const std::string text = std::string("The plan let members buy units at half the ") + words + " price.";
    INFO(text);
    CHECK(timex_named(tag(text, dct), words).value == "PAST_REF");
  }
  CHECK(timex_named(tag("Members may buy units at the current price.", dct), "current").value == "PRESENT_REF");
  // ("until then" is the date last named, and "current" after it the present)
  const auto all = tag("The mill closed in 2019, and until then current rules applied.", dct);
  CHECK(timex_named(all, "then").value == "2019");
  CHECK(timex_named(all, "current").value == "PRESENT_REF");
}

TEST_CASE("tx57b: likely as a hedge on a past fact leaves its time in the past", "[timex][tx57b]") {
  CHECK(timex_named(tag("Exports were likely weaker in the summer, the bank said.", kDct), "the summer").value == "2011-SU");
  CHECK(timex_named(tag("Exports were likely to have fallen in the summer, the bank said.", kDct), "the summer").value == "2011-SU");
}

// ---- "the following month" after a date ahead of the DCT (t58 #54)

TEST_CASE("tx59: a past clause steps on from the last date before the DCT, not from one ahead", "[timex][tx59]") {
  const sys_days dct{2026_y / December / 8};
  const std::string story = "A panel imposed the ban in May 2024, and the ban will last until June 2029. ";
  CHECK(timex_named(tag(story + "She challenged it the following month.", dct), "the following month").value == "2024-06");
  CHECK(timex_named(tag(story + "She challenged it the following year.", dct), "the following year").value == "2025");
}

TEST_CASE("tx59: a future clause after a date ahead steps on from that date", "[timex][tx59]") {
  const sys_days dct{2026_y / December / 8};
  const std::string text = "A panel imposed the ban in May 2024, and the ban will last until June 2029. She will retire the following month.";
  CHECK(timex_named(tag(text, dct), "the following month").value == "2029-07");
}

TEST_CASE("tx63 must-not: a real present or an infinitive of a verb still looks ahead", "[timex][tx63]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    if (iso == 3) continue;
    const std::string day = kWeekdays[iso - 1];
    const std::string ahead = format_iso_day(after(iso, kWednesday));
    // ("the union plans to strike": a verb after a noun subject, not after a possessive)
    const std::string plans = "The/DT union/NN plans/VBZ to/TO strike/VB " + day + "/NNP ./.";
    INFO(plans);
    CHECK(tagged_value(plans, kWednesday, day) == ahead);
    const std::string hopes = "The/DT firm/NN hopes/VBZ to/TO buy/VB the/DT mill/NN " + day + "/NNP ./.";
    INFO(hopes);
    CHECK(tagged_value(hopes, kWednesday, day) == ahead);
  }
}

TEST_CASE("tx63 a quotation opening after the expression does not tell its clause's tense", "[timex][tx63]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    if (iso == 3) continue;
    const std::string day = kWeekdays[iso - 1];
    const std::string past = format_iso_day(before(iso, kWednesday));
    for (const std::string quote : {"\"We will appeal the ruling.\"", "``We will appeal the ruling.''",
                                    "\u201cWe will appeal the ruling.\u201d"}) {
      const std::string text = "A statement from the club on " + day + ": " + quote;
      INFO(text);
      CHECK(timex_named(tag(text, kWednesday), day).value == past);
    }
    // (must not: a clause of its own that "will" tells, with the quotation after it)
    const std::string ahead = format_iso_day(after(iso, kWednesday));
    const std::string plan = "The club will appeal on " + day + " \"to clear its name\".";
    INFO(plan);
    CHECK(timex_named(tag(plan, kWednesday), day).value == ahead);
  }
}

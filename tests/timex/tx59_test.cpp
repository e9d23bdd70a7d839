// Helper tx59 on time expressions: a weekday before an "if" clause (t58 #31), a month right after
// "last year," (t58 #13), "the following month" after a date ahead of the DCT (t58 #54), and a
// span counted from its first day (t58 #9).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::kMonthNames;
using chronograph::test::tag;
using chronograph::test::tagged_text;
using chronograph::test::timex_named;
using chronograph::test::timex_tagger;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// The value of `name` in a tagged text whose subordinators (the words `marks`) the parse marks
// as opening a clause of their own (deprel "mark"), as the dependency parser does.
std::string tagged_value(const std::string& words_and_tags, const std::string& marks, sys_days dct, const std::string& name) {
  auto tagged = tagged_text(words_and_tags);
  for (auto& token : tagged.tokens.tokens)
    if (token.lemma == marks) token.deprel = "mark";
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

std::string two_digits(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

// ---- a weekday before an "if" clause (t58 #31)

TEST_CASE("tx59: a weekday in a clause with would keeps ahead when an if clause in the past follows it", "[timex][tx59]") {
  const sys_days dct{2019_y / March / 9};  // a Saturday
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    const std::string text = "Crews/NNS would/MD repair/VB the/DT bridge/NN on/IN " + day + "/NNP if/IN the/DT rain/NN stopped/VBD ./.";
    INFO(text);
    const sys_days ahead = dct + (weekday{iso % 7} - weekday{dct});  // (a Saturday's "on Saturday" ahead is that day)
    CHECK(tagged_value(text, "if", dct, day) == chronograph::format_iso_day(ahead));
  }
}

TEST_CASE("tx59: a weekday in a past clause before an if clause stays behind", "[timex][tx59]") {
  const sys_days dct{2019_y / March / 9};  // a Saturday
  const std::string text = "Crews/NNS repaired/VBD the/DT bridge/NN on/IN Tuesday/NNP if/IN reports/NNS were/VBD right/JJ ./.";
  CHECK(tagged_value(text, "if", dct, "Tuesday") == "2019-03-05");
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

TEST_CASE("tx59: a year written out and a comma give their year to the month after them", "[timex][tx59]") {
  const sys_days dct{2024_y / November / 25};
  CHECK(timex_named(tag("The mill flooded in 2019, in October, and closed.", dct), "October").value == "2019-10");
}

TEST_CASE("tx59: a month that only follows last year in another sentence or phrase keeps its own year", "[timex][tx59]") {
  const sys_days dct{2024_y / November / 25};
  // (another sentence: the month by the clause's tense, the one before the DCT)
  CHECK(timex_named(tag("The old pump broke down last year. In March it failed again.", dct), "March").value == "2024-03");
  // (no comma: "last year" is no frame the month elaborates)
  CHECK(timex_named(tag("Sales fell faster than last year and recovered in March.", dct), "March").value == "2024-03");
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

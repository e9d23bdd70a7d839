// A part of a month called by its name ("late March", "the end of March") that the tense puts on
// the other side of the DCT is that part of the same month a year away, never the month beside it.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::core::Timex;
using chronograph::test::tagged_text;
using chronograph::test::timex_named;
using chronograph::test::kMonthNames;
using chronograph::test::timex_tagger;

namespace {

Timex tagged_timex(const std::string& words_and_tags, sys_days dct, const std::string& name) {
  const auto text = tagged_text(words_and_tags);
  return timex_named(timex_tagger().tag(text.text, &text.tokens, dct), name);
}

std::string month_value(year_month ym) {
  return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
}

}  // namespace

TEST_CASE("a named month's later part told in the past early in that month is last year's", "[timex][month]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string name = kMonthNames[m - 1];
    const sys_days dct{2024_y / month{m} / 8};
    const std::string last_year = month_value(2023_y / month{m});
    INFO(name);
    const Timex late = tagged_timex("They/PRP left/VBD in/IN late/JJ " + name + "/NNP ./.", dct, "late " + name);
    CHECK(late.value == last_year);
    CHECK(late.mod == "END");
    CHECK(tagged_timex("Sales/NNS fell/VBD at/IN the/DT end/NN of/IN " + name + "/NNP ./.", dct, "the end of " + name).value ==
          last_year);
    CHECK(tagged_timex("Prices/NNS rose/VBD in/IN the/DT second/JJ half/NN of/IN " + name + "/NNP ./.", dct,
                       "the second half of " + name)
              .value == last_year);
    // the part already begun or behind the DCT stays in the DCT's month
    CHECK(tagged_timex("They/PRP left/VBD in/IN early/JJ " + name + "/NNP ./.", dct, "early " + name).value ==
          month_value(2024_y / month{m}));
  }
}

TEST_CASE("a named month's early part told in the future late in that month is next year's", "[timex][month]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string name = kMonthNames[m - 1];
    const sys_days dct{2024_y / month{m} / 25};
    INFO(name);
    CHECK(tagged_timex("It/PRP will/MD reopen/VB in/IN early/JJ " + name + "/NNP ./.", dct, "early " + name).value ==
          month_value(2025_y / month{m}));
    CHECK(tagged_timex("It/PRP will/MD reopen/VB at/IN the/DT start/NN of/IN " + name + "/NNP ./.", dct,
                       "the start of " + name)
              .value == month_value(2025_y / month{m}));
  }
}

TEST_CASE("the end of the month told in the past early in it is still the month before", "[timex][month]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const sys_days dct{2024_y / month{m} / 8};
    INFO(m);
    CHECK(tagged_timex("Sales/NNS fell/VBD at/IN the/DT end/NN of/IN the/DT month/NN ./.", dct, "the end of the month").value ==
          month_value(2024_y / month{m} - months{1}));
  }
}

TEST_CASE("parts of decades, seasons counted back, open years and vague alternatives", "[timex][month]") {
  const sys_days dct{2024_y / mar / 8};
  const auto tag = [&](const std::string& text, const std::string& name) {
    return timex_named(timex_tagger().tag(text, nullptr, dct), name);
  };
  const Timex decade = tag("Volume was flat in the last half of the '80s.", "the last half of the '80s");
  CHECK(decade.value == "198");
  CHECK(decade.mod == "END");
  CHECK(tag("Prices fell in the first half of the 1970s.", "the first half of the 1970s").mod == "START");
  CHECK(tag("There were riots for the past three summers.", "the past three summers").type == "SET");
  CHECK(tag("It flooded in the last two winters.", "the last two winters").value == "XXXX-WI");
  const Timex beyond = tag("Targets for 2030 and beyond were set.", "2030 and beyond");
  CHECK(beyond.mod == "ON_OR_AFTER");
  const Timex vague = tag("He died within weeks or months.", "weeks or months");
  CHECK(vague.value == "PXW");
  CHECK(vague.mod == "APPROX");
  CHECK(tag("A ruling could take months or years.", "months or years").value == "PXM");
  // "or" between a number's units stays the number's rule
  CHECK(tag("It took two or three years.", "two or three years").rule != "units-or-units");
}

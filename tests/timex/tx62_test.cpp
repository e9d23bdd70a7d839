// Helper tx62 on time expressions (tester t60): a far plan day does not carry a later bare
// weekday (#26), a past perfect warning's own day (#44), "not ... until" a weekday (#45), a
// month after a modal passive (#46), a month of a story told in steps (#52), a weekday a thing
// is put off to after an amount set off by commas (#27), a weekday after "sets the funeral
// for" in a headline (#25), ", the year" beside a year (#40) and "a year earlier" after a
// month of the same sentence (#21).
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::format_iso_day;
using chronograph::test::kMonthNames;
using chronograph::test::tag;
using chronograph::test::tagged_text;
using chronograph::test::timex_named;
using chronograph::test::timex_tagger;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const sys_days kWednesday{2026_y / November / 25};

// The weekday of ISO number `iso` (1 Monday .. 7 Sunday) on or after (on or before) `from`.
sys_days on_or_after(unsigned iso, sys_days from) { return from + (weekday{iso % 7} - weekday{from}); }
sys_days on_or_before(unsigned iso, sys_days from) { return from - (weekday{from} - weekday{iso % 7}); }

std::string value_in(const std::string& text, sys_days dct, const std::string& name) {
  return timex_named(tag(text, dct), name).value;
}

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

// ---- #26: a plan day far ahead does not carry a bare weekday after background told since

TEST_CASE("tx62 #26: a weekday after a far plan day and a past year since is of the DCT's week", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    const std::string ahead = format_iso_day(on_or_after(iso, kWednesday));
    for (const std::string between : {"The hall was built in 1979. ", "Its hall, built in 1979, is small. "}) {
      const std::string text = "The assembly will open on Dec. 14. " + between + "The report will be published on " + day +
                               ". The doors will close on " + day + " night.";
      INFO(text);
      const auto all = tag(text, kWednesday);
      {
        CHECK(timex_named(all, day).value == ahead);
        CHECK(timex_named(all, day + " night").value == ahead + "TNI");
      }
    }
    // (must not: the plan day named in the sentence right before still carries it, "from Monday to
    // Friday"; the DCT's own weekday stays the DCT)
    if (iso == 3) continue;
    const std::string right_after = "The assembly will open on Dec. 14. Delegates will meet on " + day + ".";
    INFO(right_after);
    CHECK(value_in(right_after, kWednesday, day) == format_iso_day(on_or_after(iso, sys_days{2026_y / December / 14})));
  }
}

// ---- #44: a warning told in the past perfect is dated by its own day

TEST_CASE("tx62 #44: a weekday after a warning for a hazard in the past perfect is behind", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    const std::string had = "The/DT agency/NN had/VBD issued/VBN its/PRP$ first/JJ warning/NN for/IN extreme/JJ heat/NN on/IN " +
                            day + "/NNP ./.";
    INFO(had);
    const sys_days before = on_or_before(iso, kWednesday);  // (the DCT's own weekday stays the DCT)
    CHECK(tagged_value(had, kWednesday, day) == format_iso_day(before));
    // (must not: a warning issued now is for the hazard's day ahead)
    const std::string has = "The/DT agency/NN has/VBZ issued/VBN a/DT warning/NN for/IN heat/NN on/IN " + day + "/NNP ./.";
    INFO(has);
    CHECK(tagged_value(has, kWednesday, day) == format_iso_day(on_or_after(iso, kWednesday)));
  }
}

// ---- #45: "not ... until" a weekday tells when the thing happened, not a span from the story's day

TEST_CASE("tx62 #45: a weekday after not and until in a past clause is not moved past the story's day", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    const std::string alone = "The council was criticised for not holding a meeting until " + day + ".";
    const std::string text = "The school closed on Tuesday. " + alone;
    INFO(text);
    CHECK(value_in(text, kWednesday, day) == value_in(alone, kWednesday, day));
    if (iso != 3) CHECK(value_in(text, kWednesday, day) < format_iso_day(kWednesday));
  }
  // (must not: "until" with no negation still closes a span that runs from the story's day)
  const auto span = tag("The school closed on Tuesday. Parents kept their children at home until Monday.", kWednesday);
  CHECK(timex_named(span, "Monday").value == "2026-11-30");
}

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

// ---- #52: a month in the sentence of a step told from a past month is in that month's year

TEST_CASE("tx62 #52: a month after a step from a month of a year back, in the same sentence, is in that year", "[timex][tx62]") {
  const sys_days dct{1998_y / October / 30};
  for (unsigned m = 4; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string text =
        "The losses came to light in March 1996. The board met the following month and dismissed the treasurer in " + month + ".";
    INFO(text);
    CHECK(value_in(text, dct, month) == "1996-" + std::string(m < 10 ? "0" : "") + std::to_string(m));
  }
  // (must not: a month before the step is not the story's next one)
  CHECK(value_in("The losses came to light in March 1996. The board met the following month and dismissed the treasurer in "
                 "February.",
                 dct, "February") == "1998-02");
  // (must not: a month in a sentence of its own after a bare month is background, as before)
  CHECK(value_in("Prices peaked in February 1996. In May, the company cut jobs.", dct, "May") == "1998-05");
}

// ---- #27: a weekday a thing is put off to, after an amount set off by commas

TEST_CASE("tx62 #27: a weekday after postponed, an amount and a comma is the new time ahead", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    for (const std::string amount : {"by one day", "by two days", "by a week"}) {
      const std::string text = "The mayor postponed her visit to the harbour " + amount + ", to " + day + ".";
      INFO(text);
      CHECK(value_in(text, kWednesday, day) == format_iso_day(on_or_after(iso, kWednesday)));
    }
    // (must not: put off in the past perfect, the new time has gone by)
    const std::string had = "The mayor had postponed her visit by one day, to " + day + ".";
    INFO(had);
    CHECK(value_in(had, kWednesday, day) == format_iso_day(on_or_before(iso, kWednesday)));
  }
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

// ---- #21: years counted back from a month of the same sentence keep the month

TEST_CASE("tx62 #21: years earlier than a month of the same sentence are that month", "[timex][tx62]") {
  const sys_days dct{2021_y / March / 2};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string mm = std::string(m < 10 ? "0" : "") + std::to_string(m);
    const std::string text = "Patients waited nine hours in " + month + " 2019, compared with four hours a year earlier.";
    INFO(text);
    CHECK(value_in(text, dct, "a year earlier") == "2018-" + mm);
    CHECK(value_in("Sales were up in " + month + " 2019 from two years earlier.", dct, "two years earlier") == "2017-" + mm);
    // (must not: years on from the month are a step of the story, a year)
    CHECK(value_in("Sales fell in " + month + " 2018 and recovered two years later.", dct, "two years later") == "2020");
    // (must not: from a month sentences back, a year, as TimeML's "a year earlier" of a figure)
    const std::string apart = "Sales fell in " + month + " 2019. Costs rose. Wages were 3 percent higher than a year earlier.";
    INFO(apart);
    CHECK(value_in(apart, dct, "a year earlier") == "2018");
  }
  // (must not: from a year, a year)
  CHECK(value_in("Patients waited nine hours in 2019, compared with four hours a year earlier.", dct, "a year earlier") == "2018");
}

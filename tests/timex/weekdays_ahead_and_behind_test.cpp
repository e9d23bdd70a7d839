// Weekdays: whether a weekday lies ahead of or behind the DCT or the day the story is at,
// read from the tense, a plan, a modal or a day named before.
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

const sys_days kDct{2025_y / February / 13};  // a Thursday

// Easter Sunday by the anonymous Gregorian computus (Meeus), written apart from the tagger's.
sys_days easter_of(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month_ = (h + l - 7 * m + 114) / 31, day_ = ((h + l - 7 * m + 114) % 31) + 1;
  return sys_days{year{y} / month{static_cast<unsigned>(month_)} / day{static_cast<unsigned>(day_)}};
}

constexpr const char* kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

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

}  // namespace

TEST_CASE("sp57: a weekday describing the noun after it is still that day", "[timex][sp57]") {
  // (the article belongs to the noun: "a Sunday night vigil" is held on the Sunday just past)
  const auto night = timex_named(tag("About 300 people attended a Sunday night vigil for the miners.", kDct), "Sunday night");
  CHECK(night.value == "2025-02-09TNI");
  const auto day = timex_named(tag("The council held a Tuesday meeting on the budget.", kDct), "Tuesday");
  CHECK(day.value == "2025-02-11");
  // (no article: the nearest such day)
  CHECK(timex_named(tag("The mill burned down on Friday.", kDct), "Friday").value == "2025-02-07");
  CHECK_FALSE(has_timex(tag("The mill burned down on a weekday.", kDct), "weekday"));
}

// ---- t52 #6: a plan told in the past

TEST_CASE("tx52 t52-6: a weekday of a plan told in the past is the nearest such day", "[timex][tx52]") {
  auto [text, dct, expression, value] = GENERATE(table<const char*, sys_days, const char*, const char*>({
      {"The conference was scheduled to close on Friday evening.", sys_days{2025_y / November / 22}, "Friday evening",
       "2025-11-21TEV"},
      {"The conference was scheduled to close on Friday evening.", sys_days{2025_y / November / 19}, "Friday evening",
       "2025-11-21TEV"},
      {"Ministers were expected to meet on Thursday.", sys_days{2025_y / November / 22}, "Thursday", "2025-11-20"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, dct), expression).value == value);
}

// ---- a future told in the past: "said they would ..."

TEST_CASE("tx56v a weekday naming a thing under said-would is the nearest such day, the DCT's own included",
          "[timex][tx56v]") {
  const unsigned named = GENERATE(range(0u, 7u));
  const unsigned printed = GENERATE(range(0u, 7u));
  const weekday wd{named};
  // (a week whose Sunday is 2025-06-01)
  const sys_days dct = sys_days{2025_y / June / 1} + days{printed};
  const sys_days nearest = chronograph::core::nearest_weekday_or_on(wd, dct);
  const sys_days ahead = chronograph::core::resolve_weekday(wd, dct, chronograph::core::Tense::Future);
  for (const char* frame : {"Lawyers for the family said they would try to overturn {}'s ruling by the board.",
                            "The union announced it would challenge {}'s decision in court.",
                            "Officials had hoped the board would reverse {}'s vote."}) {
    const std::string text = fmt::format(fmt::runtime(frame), kWeekdayNames[named]);
    INFO(text << " printed " << format("%F", dct));
    CHECK(timex_named(tag(text, dct), kWeekdayNames[named]).value == format("%F", nearest));
  }
  // (the act the future tells stays ahead)
  for (const char* frame : {"The minister told reporters the talks would resume on {}.",
                            "The union announced the strike would end {}."}) {
    const std::string text = fmt::format(fmt::runtime(frame), kWeekdayNames[named]);
    INFO(text << " printed " << format("%F", dct));
    CHECK(timex_named(tag(text, dct), kWeekdayNames[named]).value == format("%F", ahead));
  }
}

TEST_CASE("tx56v a weekday's thing under would with no past verb of saying before it still looks ahead", "[timex][tx56v]") {
  const sys_days saturday{2025_y / June / 7};
  // (the plain future, and "would" after a present verb of saying)
  CHECK(timex_named(tag("The committee would review Wednesday's vote if asked.", saturday), "Wednesday").value ==
        "2025-06-11");
  CHECK(timex_named(tag("Officials say the court would hear Wednesday's appeal.", saturday), "Wednesday").value ==
        "2025-06-11");
  // (a verb of saying in another clause, behind a comma, does not reach it)
  CHECK(timex_named(tag("He said nothing, but the panel would review Thursday's vote.", saturday), "Thursday").value ==
        "2025-06-12");
}

TEST_CASE("tx56v a weekday told in the past stays behind, would or not", "[timex][tx56v]") {
  const sys_days saturday{2025_y / June / 7};
  CHECK(timex_named(tag("The board said it would appeal after the court ruled on Tuesday.", saturday), "Tuesday").value ==
        "2025-06-03");
}

// These tests use their own kWeekdays (and weekday_name): other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_sunday {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string weekday_name(sys_days d) { return kWeekdays[weekday{d}.c_encoding()]; }

// ---- #2: a day the headline names does not push the body's weekdays past it

TEST_CASE("a holiday in the headline does not anchor a weekday of the body", "[timex][tester48]") {
  for (int y = 2019; y <= 2026; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days christmas{year{y} / December / 25};
    for (const auto& [holiday, day] : {std::pair{std::string("Thanksgiving"), thanksgiving}, {"Christmas", christmas}}) {
      const sys_days dct = day - days{4};
      for (int k = 1; k <= 3; ++k) {  // the body's weekday falls before the holiday
        const sys_days expected = dct + days{k};
        const std::string wd = weekday_name(expected);
        INFO(holiday << " " << y << " " << wd);
        const auto found = tag("Bus drivers vote to strike over " + holiday +
                                   "\n\nOperators will walk off the job at 12:01 a.m. on " + wd + ".",
                               dct);
        CHECK(chronograph::test::timex_named(found, "12:01 a.m. on " + wd).value == iso(expected) + "T00:01");
        const auto plain = tag("Drivers to strike on " + weekday_name(day) + "\n\nOperators will walk off the job on " + wd + ".", dct);
        CHECK(chronograph::test::timex_named(plain, wd).value == iso(expected));
      }
    }
  }
}

TEST_CASE("a weekday in the body right after a day ahead in the body still goes on from it", "[timex][tester48]") {
  // must not change: "will arrive on Monday and leave on Friday" (said on a Thursday) is the Friday after
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 1})) {
    const sys_days monday = ahead_of(dct, Monday);  // (said on a Monday: that day)
    const sys_days friday = monday + days{4};
    INFO(iso(dct));
    const auto found = tag("The team will arrive on Monday and will leave on Friday.", dct);
    CHECK(chronograph::test::timex_named(found, "Friday").value == iso(friday));
  }
}

TEST_CASE("a weekday after a deferral's new day still goes on from it", "[timex][tester48]") {
  // must not change: "postponed until <day>. It will ... on <weekday>" counts on from the new day
  const sys_days dct{2026_y / February / 11};  // a Wednesday
  const auto found = tag("The launch was postponed until Friday, February 13. The crew will board on Monday, and will fly on Tuesday.", dct);
  CHECK(chronograph::test::timex_named(found, "Tuesday").value == "2026-02-17");
}

// ---- #3: a delay "to <weekday>" points ahead, whatever amount of delay comes between

TEST_CASE("a weekday a delay moves a thing to lies ahead", "[timex][tester48]") {
  const std::vector<std::string> verbs = {"has been pushed back", "was postponed", "was moved", "was delayed"};
  const std::vector<std::string> amounts = {"", "48 hours ", "by two days ", "a week ", "another three days "};
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days expected = ahead_of(dct, weekday{w});
      if (expected == dct) continue;
      const std::string wd = kWeekdays[w];
      for (const auto& verb : verbs)
        for (const auto& amount : amounts)
          for (const std::string prep : {"to", "until"}) {
            const std::string text = "The launch " + verb + " " + amount + prep + " " + wd + ", NASA said on " + weekday_name(dct) + ".";
            INFO(iso(dct) << ": " << text);
            CHECK(only_timex(text, dct, wd).value == iso(expected));
          }
    }
  }
}

TEST_CASE("at Easter is Easter Sunday", "[timex][tester48]") {
  // must not change
  for (int y = 2000; y <= 2035; ++y) {
    const sys_days easter = easter_of(y);
    INFO(y);
    CHECK(only_timex("They will meet at Easter.", easter - days{6}, "Easter").value == iso(easter));
  }
}

TEST_CASE("a weekday after another colour or word is still the weekday alone", "[timex][tester48]") {
  // must not change: "Black Monday" (a crash, not a shopping day) keeps only its weekday
  const sys_days dct{2019_y / November / 24};
  const auto found = tag("Shares fell on Black Monday.", dct);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Monday");
}

// ---- #4, #5: tense

TEST_CASE("tester49: a weekday after a comparison with what was expected keeps its clause's past", "[timex][tester49]") {
  const sys_days thursday{2026_y / January / 29};
  for (int k = 0; k < 7; ++k) {
    const sys_days dct = thursday + days{k};
    for (int w = 0; w < 7; ++w) {
      const std::string wd = kWeekdays[w];
      const sys_days expected = dct - (weekday{dct} - weekday{static_cast<unsigned>(w)});
      INFO(iso(dct) << " " << wd);
      CHECK(only_timex("Ticket sales have been slower than expected, officials admitted on " + wd + ".", dct, wd).value ==
            iso(expected));
    }
  }
  // (a past form right after a future word is still a plan: "will be held on Friday")
  const sys_days dct{2026_y / January / 29};
  CHECK(only_timex("The race will be held on Friday.", dct, "Friday").value == "2026-01-30");
}

}  // namespace weekdays_from_sunday
}  // namespace

// These tests use their own kWeekdays and tagged_value: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_monday_tagged_with_marks {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// The value of `name` in a tagged text whose subordinators (the words `marks`) the parse marks
// as opening a clause of their own (deprel "mark"), as the dependency parser does.
std::string tagged_value(const std::string& words_and_tags, const std::string& marks, sys_days dct, const std::string& name) {
  auto tagged = tagged_text(words_and_tags);
  for (auto& token : tagged.tokens.tokens)
    if (token.lemma == marks) token.deprel = "mark";
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

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

}  // namespace weekdays_from_monday_tagged_with_marks
}  // namespace

// These tests use their own kWeekdays and tagged_value: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_monday_tagged_with_upos {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// The value of `name` in a text written "word/TAG word/TAG ...", as the tagger would tag it.
std::string tagged_value(const std::string& words_and_tags, sys_days dct, const std::string& name) {
  auto tagged = tagged_text(words_and_tags);
  for (auto& token : tagged.tokens.tokens) token.upos = upos_of(token.xpos);
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

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

}  // namespace weekdays_from_monday_tagged_with_upos
}  // namespace

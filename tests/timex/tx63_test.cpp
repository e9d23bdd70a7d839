// Helper tx63 on time expressions (TBAQ train errors): a present-tense tag right after a
// possessive or an article is a noun the tagger misread ("extended their offers to buy the
// firm Friday"), neither the clause's present nor the head of an infinitive that looks ahead; a
// quotation that opens after the expression is the speaker's tense, not its clause's.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::format_iso_day;
using chronograph::test::tag;
using chronograph::test::tagged_text;
using chronograph::test::timex_named;
using chronograph::test::timex_tagger;

namespace {

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

TEST_CASE("tx63 a present tag after a possessive or an article is a noun and no infinitive's head", "[timex][tx63]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    if (iso == 3) continue;  // (the DCT's own weekday is the DCT either way)
    const std::string day = kWeekdays[iso - 1];
    const std::string past = format_iso_day(before(iso, kWednesday));
    for (const std::string owner : {"their/PRP$", "its/PRP$", "the/DT", "his/PRP$"}) {
      const std::string text = "Two/CD bidders/NNS extended/VBD " + owner + " offers/VBZ to/TO buy/VB the/DT mill/NN " +
                               day + "/NNP ./.";
      INFO(text);
      CHECK(tagged_value(text, kWednesday, day) == past);
    }
    const std::string calls = "The/DT union/NN renewed/VBD its/PRP$ calls/VBZ on/IN " + day + "/NNP ./.";
    INFO(calls);
    CHECK(tagged_value(calls, kWednesday, day) == past);
  }
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

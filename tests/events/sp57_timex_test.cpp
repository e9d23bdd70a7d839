// The lead's session-57 fixes to the tense that places a weekday: a participle the parse makes
// a noun's adjective ("in flooded neighborhoods") is no verb of the clause (t57 #1).
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;
using chronograph::test::weekday_after;
using chronograph::test::weekday_before;

namespace {
const sys_days kDct{2026_y / September / 17};  // a Thursday
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::string iso(sys_days day) { return date::format("%F", day); }
}  // namespace

TEST_CASE("sp57: an adjective participle before a weekday does not make a reported plan past", "[events][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    if (n == 4) continue;  // (the DCT's own weekday)
    const std::string day = kWeekdays[n - 1];
    const std::string text = "The mayor said volunteers would clear fallen trees from flooded streets on " + day + ".";
    INFO(text);
    CHECK(timex_value_in(text, day, kDct) == iso(weekday_after(kDct, n % 7)));
  }
}

TEST_CASE("sp57: a past clause with an adjective participle stays past", "[events][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    if (n == 4) continue;
    const std::string day = kWeekdays[n - 1];
    const std::string text = "Volunteers cleared fallen trees from flooded streets on " + day + ".";
    INFO(text);
    CHECK(timex_value_in(text, day, kDct) == iso(weekday_before(kDct, n % 7)));
  }
}

TEST_CASE("sp57: a clause 'after' opens with a 'between' pair in its subject is before the main verb", "[events][sp57]") {
  const auto g = chronograph::test::graph_of_text(
      "Hundreds of nurses walked out on Tuesday after talks between the hospital board and the union collapsed.", kDct);
  const auto& walkout = chronograph::test::event_with(g, "walked");
  const auto& collapse = chronograph::test::event_with(g, "collapsed");
  CHECK(collapse.title.find("Talks") == 0);
  const bool ordered = std::any_of(g.edges.begin(), g.edges.end(), [&](const auto& e) {
    return e.from == collapse.id && e.to == walkout.id && e.type == chronograph::graph::EdgeType::Before;
  });
  CHECK(ordered);
}

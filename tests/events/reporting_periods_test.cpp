// Periods that figures are reported over date the verb that reports them: "Net profit for the
// 12 months to June 30 fell" happened over those twelve months, not on June 30; "fiscal 2025"
// is the fiscal year the text gives.
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

std::string span_of_event(const std::string& text, const std::string& verb, sys_days dct) {
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  if (!event.time.start || !event.time.end) return "open";
  return format("%F", *event.time.start) + ".." + format("%F", *event.time.end);
}

}  // namespace

TEST_CASE("a period a day closes dates the figures reported over it, not the closing day", "[events][anchors]") {
  const sys_days dct = 2025_y / aug / 14;
  static const char* const kMeasures[] = {"Net profit", "Revenue", "Sales", "Operating income"};
  for (const char* measure : kMeasures)
    for (const auto& [period, closer, from] : {std::tuple{"12 months", "to", "2024-07-01"}, std::tuple{"six months", "through", "2025-01-01"},
                                                std::tuple{"three months", "to", "2025-04-01"}}) {
      const std::string text = fmt::format("{} for the {} {} June 30 fell 38 percent.", measure, period, closer);
      CAPTURE(text);
      CHECK(span_of_event(text, "fell", dct) == std::string(from) + "..2025-06-30");
    }
  // a day that dates the verb itself still does
  CHECK(span_of_event("Net profit fell 38 percent on June 30.", "fell", dct) == "2025-06-30..2025-06-30");
}

TEST_CASE("a fiscal year dates the figures reported for it", "[events][anchors][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  CHECK(span_of_event("Its fiscal year ends in June. Net profit for fiscal 2025 fell 38 percent.", "fell", dct) ==
        "2024-07-01..2025-06-30");
  CHECK(span_of_event("Its fiscal year ends in September. Revenue for fiscal 2024 rose 5 percent.", "rose", dct) ==
        "2023-10-01..2024-09-30");
  // without a stated end, the calendar year (up to the DCT while it runs)
  CHECK(span_of_event("Net profit for fiscal 2024 fell 38 percent.", "fell", dct) == "2024-01-01..2024-12-31");
}

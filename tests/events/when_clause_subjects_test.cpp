// ", when ..." after a date dates the clause's verb, also where the parser hung "when" on the
// clause's subject ("since 1999, when a magnitude 7.6 quake near Izmit killed ...").
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("a when-clause after a year dates its verb, whatever the parser hung 'when' on", "[events][anchors]") {
  const sys_days dct = 2026_y / mar / 4;
  const auto [subject, verb] = GENERATE(table<std::string, std::string>({
      {"a magnitude 7.6 quake near Izmit", "killed more than 17,000 people"},
      {"a tsunami off the coast", "killed thousands of people"},
      {"the river", "burst its banks"},
      {"a cyclone", "destroyed the harbour"},
  }));
  for (int y : {1999, 2004, 2011}) {
    const std::string text =
        fmt::format("The earthquake was the strongest to hit the area since {}, when {} {}.", y, subject, verb);
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    const auto& event = event_with(g, verb.substr(0, verb.find(' ')));
    REQUIRE(event.time.start);
    REQUIRE(event.time.end);
    CHECK(*event.time.start == sys_days{year{y} / jan / 1});
    CHECK(*event.time.end == sys_days{year{y} / dec / 31});
  }
}

// Overrides and `overrides init` as tester round 51 found them (findings 63-65): each tested on
// what the tester wrote, on variants, and with what must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/common/yaml_mistakes.h"
#include "graph/overrides/overrides.h"
#include "graph/overrides/starter_file.h"
#include "tests/overrides/test_graph.h"

using namespace chronograph;
using chronograph::graph::parse_override_date;

TEST_CASE("issue 65: a day and a clock time written with a space read as with a T", "[overrides][ux51]") {
  const auto [spaced, iso] = GENERATE(table<std::string, std::string>({
      {"1975-04-30 07:53", "1975-04-30T07:53"},
      {"2024-06-22 9:30", "2024-06-22T09:30"},
      {"2024-06-22 23:00", "2024-06-22T23:00"},
  }));
  CAPTURE(spaced);
  const auto read = parse_override_date(spaced);
  const auto expected = parse_override_date(iso);
  REQUIRE(read);
  REQUIRE(expected);
  CHECK(*read == *expected);
}

TEST_CASE("issue 65: a space before other than a clock time is still no date", "[overrides][ux51]") {
  for (const std::string text : {"1975-04-30 noon", "1975-04-30 07:5x", "1975-04-31 07:53", "1975-04-30 :53"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_override_date(text));
  }
}

TEST_CASE("issue 65: the date help names the clock-time form", "[overrides][ux51]") {
  try {
    test::yaml("chronograph: 1\nevents:\n  video-call:\n    date: 1975-04-30 7h53\n");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK_THAT(error.help(), Catch::Contains("2022-02-24 14:30"));
  }
}

TEST_CASE("issue 63: the starter file writes a decade or a century as a reader does", "[overrides][ux51]") {
  auto g = test::summit_graph();
  auto& first = g.events.front();
  const auto [value, mod, written] = GENERATE(table<std::string, std::string, std::string>({
      {"203", "", "the 2030s"},
      {"198", "START", "early 1980s"},
      {"19", "", "the 20th century"},
      {"20", "END", "late 21st century"},
      {"2022", "START", "early 2022"},
  }));
  CAPTURE(value, mod);
  first.time = graph::EventTime{};
  first.time.value = value;
  first.time.mod = mod;
  first.time.source = graph::TimeSource::Explicit;
  const auto interval = parse_override_date(written);
  REQUIRE(interval);  // what the file prints, the file reads back
  first.time.start = interval->start;
  first.time.end = interval->end;
  const std::string text = graph::starter_overrides(g, "chronograph overrides init x.txt");
  CHECK_THAT(text, Catch::Contains("· " + written + " (explicit)\n"));
}

TEST_CASE("issue 64: a key indented deeper than the key with a value before it is found on that line", "[overrides][ux51]") {
  const std::string file =
      "chronograph: 1\n"
      "events:\n"
      "  hue-falls:\n"
      "    date: 26 March 1975\n"
      "  following-decade:\n"
      "   date: 1980s\n"
      "    title: x\n";
  try {
    test::yaml(file);
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(error.where().line == 6);
    CHECK(error.message() == "this line is indented by 3 spaces and line 7 by 4; the keys of one entry line up");
    CHECK(error.help() == "indent both lines by the same number of spaces");
  }
}

TEST_CASE("issue 64: the same misalignment found past a comment line", "[yaml][ux51]") {
  const auto mistake = find_yaml_mistake("events:\n  x:\n    title: a\n    # why\n      date: 2024\n", 5);
  REQUIRE(mistake);
  CHECK(mistake->line == 3);
}

TEST_CASE("issue 64: a key that opens a map may have deeper keys after it", "[yaml][ux51]") {
  CHECK_FALSE(find_yaml_mistake("events:\n  x:\n    title: a\n", 3));
  CHECK_FALSE(find_yaml_mistake("events:\n  x: {title: a}\n    date: 2024\n", 3));  // (yaml-cpp's own message)
}

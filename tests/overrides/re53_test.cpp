// re53 (t53 #53): an overrides `date:` takes back the bound `overrides init` prints, "before"
// and "after" read as English says them, and a word is never taken for a mistyped zero.
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "graph/overrides/overrides.h"
#include "graph/overrides/starter_file.h"

using namespace date;
using chronograph::ParseError;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::parse_override_date;
using Catch::Matchers::Contains;

namespace {

std::optional<sys_days> start_of(const std::string& text) {
  const auto time = parse_override_date(text);
  REQUIRE(time);
  return time->start;
}

std::optional<sys_days> end_of(const std::string& text) {
  const auto time = parse_override_date(text);
  REQUIRE(time);
  return time->end;
}

// The help a bad `date:` gets.
std::string help_for(const std::string& date) {
  try {
    chronograph::graph::parse_overrides("chronograph: 1\nevents:\n  harvest-ends: {date: \"" + date + "\"}\n", "o.yaml");
  } catch (const ParseError& error) {
    return error.help();
  }
  FAIL("'" << date << "' was taken as a date");
  return {};
}

}  // namespace

TEST_CASE("t53 #53: 'by' and 'not after' a date end on it, 'before' the day before it", "[overrides]") {
  const auto [text, end] = GENERATE(table<std::string, sys_days>({
      {"by 2024-09-20", sys_days{2024_y / sep / 20}},
      {"not after 2024-09-20", sys_days{2024_y / sep / 20}},
      {"before 2024-09-20", sys_days{2024_y / sep / 19}},
      {"before 20 Sep 2024", sys_days{2024_y / sep / 19}},
      {"before 2024", sys_days{2023_y / dec / 31}},
      {"by Sep 2024", sys_days{2024_y / sep / 30}}}));
  CAPTURE(text);
  CHECK(end_of(text) == end);
  CHECK_FALSE(start_of(text));
}

TEST_CASE("t53 #53: 'not before' a date starts on it, 'after' the day after it", "[overrides]") {
  const auto [text, start] = GENERATE(table<std::string, sys_days>({
      {"not before 2024-09-20", sys_days{2024_y / sep / 20}},
      {"after 2024-09-20", sys_days{2024_y / sep / 21}},
      {"after 2019", sys_days{2020_y / jan / 1}},
      {"after mid-Nov 2020", sys_days{2020_y / nov / 21}}}));
  CAPTURE(text);
  CHECK(start_of(text) == start);
  CHECK_FALSE(end_of(text));
}

TEST_CASE("t53 #53: the bound a starter file prints is a date its `date:` takes back", "[overrides]") {
  GraphData graph;
  Event event;
  event.id = "estates-finished";
  event.title = "Estates finished";
  event.time.end = sys_days{2024_y / sep / 20};
  event.time.source = chronograph::graph::TimeSource::Explicit;
  graph.events.push_back(event);
  const std::string file = chronograph::graph::starter_overrides(graph, "test");
  CHECK_THAT(file, Contains("# Estates finished \u00b7 by 2024-09-20 (explicit)"));
  CHECK(end_of("by 2024-09-20") == event.time.end);
  graph.events[0].time.start = sys_days{2024_y / sep / 1};
  graph.events[0].time.end.reset();
  CHECK_THAT(chronograph::graph::starter_overrides(graph, "test"), Contains("not before 2024-09-01 (explicit)"));
}

TEST_CASE("t53 #53: a word is not taken for a mistyped zero, a number with a letter O still is", "[overrides]") {
  CHECK(help_for("befre 2024-09-20").find("a zero?") == std::string::npos);
  CHECK(help_for("sometime in October 2024").find("a zero?") == std::string::npos);
  CHECK_THAT(help_for("by 2O24-09-20"), Contains("is 'O' a zero?"));
  CHECK_THAT(help_for("late 2O22"), Contains("is 'O' a zero?"));
  CHECK_THAT(help_for("l999"), Contains("is 'l' a one?"));
}

// The JSON interchange tells an event's time as DESIGN.md's contract says: an event dated to
// exactly one day carries that day as its TIMEX3 value and a day's precision, however the day
// was reached (t61 #74); other times keep what they have.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "graph/io/json_io.h"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date;

namespace {

// One event, "the ferry resumes service", with the given time; its "time" object in the JSON.
nlohmann::json time_json(const EventTime& time) {
  GraphData g;
  Event e;
  e.id = "ferry-resumes-service";
  e.title = "Ferry resumes service";
  e.time = time;
  g.events.push_back(e);
  return nlohmann::json::parse(write_graph_json(g))["events"][0]["time"];
}

EventTime span(sys_days start, sys_days end, Precision precision, std::string value = {}) {
  EventTime t;
  t.start = start;
  t.end = end;
  t.precision = precision;
  t.source = TimeSource::Explicit;
  t.value = std::move(value);
  return t;
}

}  // namespace

TEST_CASE("JSON gives a one-day event its day as value and precision", "[json][interchange]") {
  const sys_days day{2019_y / mar / 14};
  // "three days after the storm": reached through a gap, so no value of its own
  const auto gap_dated = time_json(span(day, day, Precision::Day));
  CHECK(gap_dated["value"] == "2019-03-14");
  CHECK(gap_dated["precision"] == "day");
  // "two weeks after the launch": a week's precision on a one-day interval says the day
  const auto week_gap = time_json(span(day, day, Precision::Week));
  CHECK(week_gap["value"] == "2019-03-14");
  CHECK(week_gap["precision"] == "day");
  CHECK(week_gap["start"] == "2019-03-14");
  CHECK(week_gap["end"] == "2019-03-14");
}

TEST_CASE("JSON keeps the value and precision of times longer than a day or told by the clock",
          "[json][interchange]") {
  // a month with no value stays without one: no value is made up for a span
  const auto month = time_json(span(sys_days{2019_y / mar / 1}, sys_days{2019_y / mar / 31}, Precision::Month));
  CHECK(month["value"].is_null());
  CHECK(month["precision"] == "month");
  // an hour of the day keeps its clock value and an instant's precision
  const sys_days day{2019_y / mar / 14};
  const auto clock = time_json(span(day, day, Precision::Instant, "2019-03-14T09:30"));
  CHECK(clock["value"] == "2019-03-14T09:30");
  CHECK(clock["precision"] == "instant");
  // going on at the article's date: PRESENT_REF stays
  const auto going_on = time_json(span(day, day, Precision::Day, std::string(kGoingOnValue)));
  CHECK(going_on["value"] == "PRESENT_REF");
  // an open interval has no day to give
  EventTime open = span(day, day, Precision::Day);
  open.end.reset();
  CHECK(time_json(open)["value"].is_null());
}

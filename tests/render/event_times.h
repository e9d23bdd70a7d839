// Event times for the render tests, built by hand.
#pragma once

#include <string>

#include <date/date.h>

#include "core/common/interval.h"
#include "graph/model/event_time.h"

namespace chronograph::test {

// A time of day on `day`, with its TimeML value ("2026-02-11T15:00-05:00").
inline graph::EventTime clock_time(date::sys_days day, const std::string& value) {
  graph::EventTime time;
  time.start = time.end = day;
  time.precision = Precision::Instant;
  time.value = value;
  return time;
}

}  // namespace chronograph::test

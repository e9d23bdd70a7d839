// Event times for the render tests, built by hand.
#pragma once

#include <string>

#include <date/date.h>

#include "core/common/interval.h"
#include "graph/model/event.h"
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

// A day as a number on the axis's scale (days since 1970-01-01).
inline double day_number(date::sys_days d) { return d.time_since_epoch().count(); }

// An event told explicitly from `start` to `end`, titled by its id.
inline graph::Event event_on(const std::string& id, date::sys_days start, date::sys_days end, Precision precision,
                             graph::Modality modality = graph::Modality::Actual) {
  graph::Event e;
  e.id = e.title = id;
  e.time.start = start;
  e.time.end = end;
  e.time.precision = precision;
  e.time.source = graph::TimeSource::Explicit;
  e.modality = modality;
  return e;
}

}  // namespace chronograph::test

// Words for an event's time, shared by the timeline, its tooltips, the HTML card and the
// Graphviz nodes: "7 Dec 2021", "Jun 2021", "early 2022", "by 4 Dec 2021", "as of 4 Dec 2021", "undated".
#pragma once

#include <optional>
#include <string>
#include <utility>

#include <date/date.h>

#include "graph/model/event_time.h"

namespace chronograph::render {

// The date as a reader says it; `going_on` is the day an event is told as going on
// (graph::day_going_on), which it is drawn at.
std::string describe_date(const graph::EventTime& time, std::optional<date::sys_days> going_on = std::nullopt);
// The time of day of an event said to the minute ("2025-11-20T18:05"), as a fraction of its
// day (0.7535); in UTC when the value has an offset ("T15:00-05:00": 0.8333; so it may be below 0
// or above 1); none for a day, a part of a day ("TNI") or anything coarser.
std::optional<double> clock_of(const graph::EventTime& time);
// The hours of a part of a day ("2023-06-13TMO": the morning) as fractions of its day, [from,
// to): morning 06-12, midday 11-13, afternoon 12-18, evening 18-22, night 22-24, daytime 06-18
// (the ends the timex tagger reads "by dawn" with); none for anything else.
std::optional<std::pair<double, double>> part_of_day_of(const graph::EventTime& time);
// How sure we are of it: "stated in the text", "inferred from other events", ...
std::string describe_certainty(const graph::EventTime& time, bool going_on = false);

}  // namespace chronograph::render

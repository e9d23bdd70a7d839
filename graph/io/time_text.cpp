#include "graph/io/time_text.h"

#include "graph/model/going_on.h"

namespace chronograph::graph {

std::string format_time_range(const EventTime& time) {
  if (!time.known()) return "undated";
  if (time.closed() && *time.start == *time.end) return format_iso_day(*time.start);
  return (time.start ? format_iso_day(*time.start) : "") + ".." + (time.end ? format_iso_day(*time.end) : "");
}

std::string format_event_time(const GraphData& graph, const Event& event) {
  if (const auto day = day_going_on(graph, event)) return "as of " + format_iso_day(*day);
  return format_time_range(event.time);
}

}  // namespace chronograph::graph

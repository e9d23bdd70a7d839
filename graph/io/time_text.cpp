#include "graph/io/time_text.h"

namespace chronograph::graph {

std::string format_time_range(const EventTime& time) {
  if (!time.known()) return "undated";
  if (time.closed() && *time.start == *time.end) return format_iso_day(*time.start);
  return (time.start ? format_iso_day(*time.start) : "") + ".." + (time.end ? format_iso_day(*time.end) : "");
}

}  // namespace chronograph::graph

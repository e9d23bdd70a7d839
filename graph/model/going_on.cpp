#include "graph/model/going_on.h"

#include <algorithm>

namespace chronograph::graph {

std::optional<date::sys_days> day_going_on(const GraphData& graph, const Event& event) {
  if (!event.time.going_on() || event.mentions.empty()) return std::nullopt;
  const auto& doc = event.mentions.front().doc;
  const auto found = std::find_if(graph.documents.begin(), graph.documents.end(),
                                  [&](const DocumentInfo& d) { return d.id == doc; });
  if (found == graph.documents.end() || !found->dct) return std::nullopt;
  const auto& time = event.time;
  if ((time.start && *time.start > *found->dct) || (time.end && *time.end < *found->dct)) return std::nullopt;
  return found->dct;
}

EventTime placed_time(const GraphData& graph, const Event& event) {
  const auto day = day_going_on(graph, event);
  if (!day) return event.time;
  EventTime on_day = event.time;
  on_day.start = on_day.end = day;
  return on_day;
}

}  // namespace chronograph::graph

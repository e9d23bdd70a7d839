#include "graph/io/text_listing.h"

#include <algorithm>
#include <numeric>

#include "graph/io/time_text.h"
#include "graph/model/going_on.h"

namespace chronograph::graph {

namespace {

// Undated last; an open start sorts before any day, an open end after any day.
bool earlier(const EventTime& a, const EventTime& b) {
  if (a.known() != b.known()) return a.known();
  if (a.start != b.start) {
    if (!a.start) return true;
    if (!b.start) return false;
    return *a.start < *b.start;
  }
  if (a.end != b.end) {
    if (!a.end) return false;
    if (!b.end) return true;
    return *a.end < *b.end;
  }
  return false;
}

}  // namespace

std::string write_text_listing(const GraphData& graph) {
  std::vector<std::size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<EventTime> times;
  for (const auto& event : graph.events) times.push_back(placed_time(graph, event));
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (earlier(times[a], times[b])) return true;
    if (earlier(times[b], times[a])) return false;
    return graph.events[a].id < graph.events[b].id;
  });
  std::size_t date_width = 0, id_width = 0;
  for (const auto& event : graph.events) {
    date_width = std::max(date_width, format_event_time(graph, event).size());
    id_width = std::max(id_width, event.id.size());
  }
  std::string out;
  for (const std::size_t i : order) {
    const Event& event = graph.events[i];
    std::string date = format_event_time(graph, event);
    date.resize(date_width, ' ');
    std::string id = event.id;
    id.resize(id_width, ' ');
    std::string line = date + "  " + id + "  " + event.title;
    if (event.modality != Modality::Actual) line += "  [" + std::string(to_string(event.modality)) + "]";
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace chronograph::graph

#include "graph/io/text_listing.h"

#include <algorithm>
#include <numeric>

#include "graph/io/time_text.h"

namespace chronograph::graph {

namespace {

// Undated last; an open start sorts before any day, an open end after any day.
bool earlier(const Event& a, const Event& b) {
  if (a.time.known() != b.time.known()) return a.time.known();
  if (a.time.start != b.time.start) {
    if (!a.time.start) return true;
    if (!b.time.start) return false;
    return *a.time.start < *b.time.start;
  }
  if (a.time.end != b.time.end) {
    if (!a.time.end) return false;
    if (!b.time.end) return true;
    return *a.time.end < *b.time.end;
  }
  return a.id < b.id;
}

}  // namespace

std::string write_text_listing(const GraphData& graph) {
  std::vector<std::size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return earlier(graph.events[a], graph.events[b]); });
  std::size_t date_width = 0, id_width = 0;
  for (const auto& event : graph.events) {
    date_width = std::max(date_width, format_time_range(event.time).size());
    id_width = std::max(id_width, event.id.size());
  }
  std::string out;
  for (const std::size_t i : order) {
    const Event& event = graph.events[i];
    std::string date = format_time_range(event.time);
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

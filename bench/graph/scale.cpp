// Issue 6's scale figure: a graph of 100,000 events and 500,000 edges is built, 1,000
// overrides are applied, `deps --depth 3` is answered and the JSON written, in < 2 s and
// < 1 GB. Prints one line per step; run under `/usr/bin/time -v` for the peak memory.
//
//   bench_graph_scale [EVENTS [EDGES [SEED]]]
#include <chrono>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "graph/event_graph/event_graph.h"
#include "graph/io/json_io.h"
#include "graph/overrides/overrides.h"
#include "graph/queries/queries.h"
#include "tests/graph/random_graph.h"

using namespace chronograph;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// 1,000 overrides of every common kind: titles, dates in several forms, lanes, added edges.
std::string overrides_yaml(std::size_t events, std::size_t count) {
  std::string yaml = "chronograph: 1\nevents:\n";
  const char* dates[] = {"2021-12-07", "2021-06", "2022", "early 2022", "{start: 2021-01-01, end: 2021-03-31}"};
  const std::size_t step = events / count;
  for (std::size_t i = 0; i < count * 3 / 4; ++i)
    yaml += fmt::format("  event-{}: {{title: Fixed title {}, date: {}, lane: Lane {}}}\n", i * step, i, dates[i % 5],
                        i % 7);
  yaml += "edges:\n";
  for (std::size_t i = count * 3 / 4; i < count; ++i)
    yaml += fmt::format("  - {{from: event-{}, to: event-{}, type: causes}}\n", i * step, (i * step + 1) % events);
  return yaml;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t events = argc > 1 ? std::stoul(argv[1]) : 100000;
  const std::size_t edges = argc > 2 ? std::stoul(argv[2]) : 500000;
  const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 1;

  auto start = Clock::now();
  test::RandomGraph random(seed);
  graph::GraphData data = random.graph(events, edges, 20);
  fmt::print("generate      {:7.3f} s  ({} events, {} edges; not part of the budget)\n", seconds_since(start),
             data.events.size(), data.edges.size());

  const Clock::time_point total = Clock::now();
  start = Clock::now();
  const std::string yaml = overrides_yaml(events, 1000);
  const graph::OverridesFile overrides = graph::parse_overrides(yaml, "bench-overrides.yaml");
  const graph::ApplyReport report = graph::apply_overrides(data, overrides);
  fmt::print("overrides     {:7.3f} s  (1000 entries, {} warnings)\n", seconds_since(start), report.warnings.size());

  start = Clock::now();
  const graph::EventGraph graph(data);
  fmt::print("build         {:7.3f} s  ({} vertices, {} edges)\n", seconds_since(start), graph.event_count(),
             graph.edge_count());

  start = Clock::now();
  std::size_t lines = 0;
  for (const char* id : {"event-0", "event-50000", "event-99999"}) {
    if (!graph.find(id)) continue;
    const std::string text = graph::deps_text(graph, id, {graph::Direction::Up, 3, {}});
    lines += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  fmt::print("deps depth 3  {:7.3f} s  (3 queries, {} lines)\n", seconds_since(start), lines);

  start = Clock::now();
  const std::string json = graph::write_graph_json(data);
  fmt::print("write json    {:7.3f} s  ({:.1f} MB)\n", seconds_since(start), static_cast<double>(json.size()) / 1e6);

  const double budget = seconds_since(total);
  fmt::print("total         {:7.3f} s  (overrides + build + deps + json; the bar is 2 s)\n", budget);
  return budget < 2.0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

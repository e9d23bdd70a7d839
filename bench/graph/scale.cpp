// Issue 6's scale figure: a graph of 100,000 events and 500,000 edges is built, 1,000
// overrides are applied, `deps --depth 3` is answered and the JSON written, in < 2 s and
// < 1 GB. Prints one line per step, in wall and CPU seconds (on a loaded machine the CPU
// time is the truer cost), and the peak memory.
//
//   bench_graph_scale [EVENTS [EDGES [SEED]]]
#include <sys/resource.h>

#include <algorithm>
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

// CPU seconds of this process: on a shared, loaded machine a truer cost than wall time.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Times the steps of the run, each in wall and CPU seconds, and their totals.
class Stopwatch {
 public:
  // Prints "NAME  wall s  cpu s  (NOTE)" for the time since the last step (or the start).
  void step(const std::string& name, const std::string& note) {
    const double wall = std::chrono::duration<double>(Clock::now() - wall_).count();
    const double cpu = cpu_seconds() - cpu_;
    fmt::print("{:<13} {:7.3f} s wall {:7.3f} s cpu  ({})\n", name, wall, cpu, note);
    total_wall_ += wall, total_cpu_ += cpu;
    restart();
  }
  void restart() { wall_ = Clock::now(), cpu_ = cpu_seconds(); }
  double total_wall() const { return total_wall_; }
  double total_cpu() const { return total_cpu_; }

 private:
  Clock::time_point wall_ = Clock::now();
  double cpu_ = cpu_seconds();
  double total_wall_ = 0, total_cpu_ = 0;
};

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

  Stopwatch watch;
  test::RandomGraph random(seed);
  graph::GraphData data = random.graph(events, edges, 20);
  const auto generated = fmt::format("{} events, {} edges; not part of the budget", data.events.size(), data.edges.size());
  fmt::print("{:<13} {}\n", "generate", generated);

  watch.restart();
  const std::string yaml = overrides_yaml(events, 1000);
  const graph::OverridesFile overrides = graph::parse_overrides(yaml, "bench-overrides.yaml");
  watch.step("parse yaml", "1000 entries");
  const graph::ApplyReport report = graph::apply_overrides(data, overrides);
  watch.step("apply", fmt::format("{} warnings", report.warnings.size()));

  const graph::EventGraph graph(data);
  watch.step("build", fmt::format("{} vertices, {} edges", graph.event_count(), graph.edge_count()));

  std::size_t lines = 0;
  for (const char* id : {"event-0", "event-50000", "event-99999"}) {
    if (!graph.find(id)) continue;
    const std::string text = graph::deps_text(graph, id, {graph::Direction::Up, 3, {}});
    lines += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  watch.step("deps depth 3", fmt::format("3 queries, {} lines", lines));

  const std::string json = graph::write_graph_json(data);
  watch.step("write json", fmt::format("{:.1f} MB", static_cast<double>(json.size()) / 1e6));

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("{:<13} {:7.3f} s wall {:7.3f} s cpu  (parse + apply + build + deps + json; the bar is 2 s)\n", "total",
             watch.total_wall(), watch.total_cpu());
  fmt::print("peak memory   {} MB (the bar is 1 GB)\n", usage.ru_maxrss / 1024);
  const double budget = watch.total_wall();
  return budget < 2.0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

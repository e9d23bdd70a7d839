// Scale of the overrides (issue 6 "Scale"): a synthetic graph of N events and M edges, an
// overrides file of K entries of every kind (edits with dates, removals, merges, edge adds and
// removals, a few `match:` entries), timed parse and apply, and the peak memory.
//
//   bench_overrides [EVENTS=100000] [EDGES=500000] [OVERRIDES=1000]
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "graph/overrides/overrides.h"

using namespace chronograph;
using Clock = std::chrono::steady_clock;

namespace {

// A fixed linear congruential sequence: the same graph on every run.
struct Lcg {
  std::uint64_t state = 42;
  std::size_t next(std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % bound);
  }
};

graph::GraphData make_graph(std::size_t events, std::size_t edges, Lcg& random) {
  graph::GraphData g;
  g.documents.push_back({"doc", "doc.txt", "Doc", date::sys_days{date::year{2021} / 12 / 4}});
  g.events.reserve(events);
  for (std::size_t i = 0; i < events; ++i) {
    graph::Event event;
    event.id = fmt::format("event-{}", i);
    event.title = fmt::format("Officials discuss topic {}", i);
    graph::Mention mention;
    mention.doc = "doc";
    mention.sentence = static_cast<int>(i);
    mention.text = fmt::format("talks{}", i);
    mention.sentence_text = fmt::format("Officials said the talks{} on topic {} would resume next week.", i, i);
    event.mentions.push_back(std::move(mention));
    g.events.push_back(std::move(event));
  }
  g.edges.reserve(edges);
  for (std::size_t e = 0; e < edges; ++e) {
    const std::size_t a = random.next(events), b = (a + 1 + random.next(events - 1)) % events;
    g.edges.push_back({g.events[a].id, g.events[b].id, static_cast<graph::EdgeType>(random.next(9)),
                       graph::Evidence{"doc", static_cast<int>(a), ""}, graph::EdgeSource::Extracted, 0.7});
  }
  return g;
}

// K entries: 60% edits, 10% removals, 10% merges of three, 10% edge additions, 5% edge
// removals, 5% `match:` edits. Each touches events of its own so that none collide.
std::string make_overrides(const graph::GraphData& g, std::size_t count) {
  std::string events = "events:\n", merges = "merge:\n", edges = "edges:\n";
  const std::size_t n = g.events.size();
  const std::size_t stride = n / (count * 4);
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t base = k * stride * 4;
    const std::string& id = g.events[base].id;
    switch (k % 20) {
      case 0: case 1: events += fmt::format("  {}: {{remove: true}}\n", id); break;
      case 2: case 3:
        merges += fmt::format("  - [{}, {}, {}]\n", id, g.events[base + 1].id, g.events[base + 2].id);
        break;
      case 4: case 5:
        edges += fmt::format("  - {{from: {}, to: {}, type: causes, cue: \"led to\"}}\n", id, g.events[base + 3].id);
        break;
      case 6: {
        // An edge the graph has between two events no other entry removes or merges.
        const auto untouched = [&](const std::string& id) {
          return std::strtoul(id.c_str() + 6, nullptr, 10) % (stride * 4) >= 3;
        };
        std::size_t at = k * 499 % g.edges.size();
        while (!untouched(g.edges[at].from) || !untouched(g.edges[at].to)) at = (at + 1) % g.edges.size();
        const auto& edge = g.edges[at];
        edges += fmt::format("  - {{from: {}, to: {}, type: {}, remove: true}}\n", edge.from, edge.to,
                             graph::to_string(edge.type));
        break;
      }
      case 7: events += fmt::format("  renamed-{}: {{match: \"the talks{} on topic\", lane: Talks}}\n", k, base); break;
      default:
        events += fmt::format("  {}:\n    title: Talks on topic {} resume\n    date: {}\n    lane: Lane {}\n", id, base,
                              k % 3 == 0 ? "early 2022" : fmt::format("2021-{:02}-{:02}", 1 + k % 12, 1 + k % 28),
                              k % 5);
    }
  }
  return "chronograph: 1\n" + events + merges + edges;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of this process: on a shared, loaded machine a truer cost than wall time.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t events = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t edges = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 500000;
  const std::size_t count = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 1000;
  if (events < count * 4 + 4 || edges == 0) {
    fmt::print(stderr, "bench_overrides: need EVENTS >= 4 * OVERRIDES + 4 and EDGES > 0\n");
    return 2;
  }
  Lcg random;
  auto start = Clock::now();
  graph::GraphData g = make_graph(events, edges, random);
  const double build = seconds_since(start);
  const std::string yaml = make_overrides(g, count);

  start = Clock::now();
  double cpu = cpu_seconds();
  const auto file = graph::parse_overrides(yaml, "bench.yaml");
  const double parse = seconds_since(start), parse_cpu = cpu_seconds() - cpu;
  start = Clock::now();
  cpu = cpu_seconds();
  const auto report = graph::apply_overrides(g, file);
  const double apply = seconds_since(start), apply_cpu = cpu_seconds() - cpu;

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("graph: {} events, {} edges (built in {:.3f} s)\n", events, edges, build);
  fmt::print("overrides: {} entries, {} KB of YAML\n", count, yaml.size() / 1024);
  fmt::print("parse: {:.3f} s wall, {:.3f} s cpu\napply: {:.3f} s wall, {:.3f} s cpu\n", parse, parse_cpu, apply,
             apply_cpu);
  fmt::print("after: {} events, {} edges; {} warnings, {} stale, {} unused\n", g.events.size(), g.edges.size(),
             report.warnings.size(), report.stale.size(), report.unused.size());
  fmt::print("peak memory: {} MB\n", usage.ru_maxrss / 1024);
  return 0;
}

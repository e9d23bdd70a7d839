// The solver on 10,000 events and 100,000 constraints (issue 8 bar: < 1 s):
//   build/bench/solver/solver_bench
#include <random>

#include <benchmark/benchmark.h>

#include "graph/solver/temporal_network.h"

namespace {

using chronograph::graph::Strength;
using chronograph::graph::TemporalNetwork;

// A consistent network: every event has a true day; links and bounds agree with it.
TemporalNetwork random_network(int events, int constraints, unsigned seed) {
  std::mt19937 random(seed);
  TemporalNetwork network;
  std::vector<int> truth(static_cast<std::size_t>(events));
  for (int e = 0; e < events; ++e) {
    network.add_event("e" + std::to_string(e));
    truth[static_cast<std::size_t>(e)] = static_cast<int>(random() % 3650);
  }
  const date::sys_days origin = date::sys_days{date::year{2015} / 1 / 1};
  while (static_cast<int>(network.constraint_count()) < constraints) {
    const int a = static_cast<int>(random() % static_cast<unsigned>(events));
    const int b = static_cast<int>(random() % static_cast<unsigned>(events));
    const auto day = origin + date::days{truth[static_cast<std::size_t>(a)]};
    switch (random() % 4) {
      case 0: network.bound_start_after(a, day - date::days{static_cast<int>(random() % 30)}, "bound", Strength::Soft); break;
      case 1: network.bound_end_before(a, day + date::days{static_cast<int>(random() % 30)}, "bound", Strength::Soft); break;
      default:
        if (truth[static_cast<std::size_t>(a)] < truth[static_cast<std::size_t>(b)])
          network.require_before(a, b, "before", Strength::Soft);
    }
  }
  return network;
}

void BM_Solve(benchmark::State& state) {
  const auto network = random_network(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), 7);
  for (auto _ : state) {
    auto solution = network.solve();
    benchmark::DoNotOptimize(solution);
  }
  state.counters["events"] = static_cast<double>(state.range(0));
  state.counters["constraints"] = static_cast<double>(network.constraint_count());
}
BENCHMARK(BM_Solve)->Args({1000, 10000})->Args({10000, 100000})->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// Rendering speed on seeded random graphs (tests/render/sample_graphs.h). Issue 7 asks for
// 1,000 events to SVG in under 1 s and to HTML in under 2 s.
#include <benchmark/benchmark.h>

#include "render/graphviz/graphviz.h"
#include "render/html/html_timeline.h"
#include "render/png/png_timeline.h"
#include "render/timeline/svg_timeline.h"
#include "tests/render/sample_graphs.h"

namespace {

using chronograph::render::TimelineOptions;

void svg_timeline(benchmark::State& state) {
  const auto graph = chronograph::test::random_graph(static_cast<std::size_t>(state.range(0)), 7);
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto svg = chronograph::render::render_svg_timeline(graph, TimelineOptions{});
    bytes = svg.size();
    benchmark::DoNotOptimize(svg.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(svg_timeline)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void html_timeline(benchmark::State& state) {
  const auto graph = chronograph::test::random_graph(static_cast<std::size_t>(state.range(0)), 7);
  const chronograph::DataDir data{CHRONOGRAPH_STAGED_DATA};
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto html = chronograph::render::render_html_timeline(graph, TimelineOptions{}, data);
    bytes = html.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(html_timeline)->Arg(1000)->Unit(benchmark::kMillisecond);

void png_timeline(benchmark::State& state) {
  const auto graph = chronograph::test::random_graph(static_cast<std::size_t>(state.range(0)), 7);
  for (auto _ : state) benchmark::DoNotOptimize(chronograph::render::render_png_timeline(graph, TimelineOptions{}));
}
BENCHMARK(png_timeline)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void graphviz_svg(benchmark::State& state) {
  const auto graph = chronograph::test::random_graph(static_cast<std::size_t>(state.range(0)), 7);
  for (auto _ : state) benchmark::DoNotOptimize(chronograph::render::render_graphviz(graph, "svg"));
}
BENCHMARK(graphviz_svg)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

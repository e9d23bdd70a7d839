// Speed of TIMEX recognition + normalisation on TBAQ text, in whitespace tokens per second:
//   build-timex/bench/timex/timex_bench --benchmark_min_time=2
// Reads every .tml listed in the TBAQ train split (CHRONOGRAPH_SHARED_DIR) once, outside the
// timed loop; the loop tags all their texts with their DCTs on one thread.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/common/data_dir.h"
#include "core/timeml/timeml_reader.h"
#include "core/timex/timex_tagger.h"

namespace fs = std::filesystem;
using namespace chronograph;

namespace {

struct Corpus {
  std::vector<core::TimemlFile> files;
  std::size_t tokens = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const fs::path data = fs::path(CHRONOGRAPH_SHARED_DIR) / "data";
    std::ifstream list(data / "splits" / "tbaq-train.txt");
    for (std::string line; std::getline(list, line);) {
      if (line.empty()) continue;
      out.files.push_back(core::read_timeml(data / line));
      bool in_word = false;
      for (char ch : out.files.back().text) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (!space && !in_word) ++out.tokens;
        in_word = !space;
      }
    }
    return out;
  }();
  return c;
}

void BM_TimexTag(benchmark::State& state) {
  const auto tagger = core::TimexTagger::load(
      std::getenv("CHRONOGRAPH_DATA_DIR") ? DataDir::locate() : DataDir::locate(fs::path(CHRONOGRAPH_STAGED_DATA)));
  const Corpus& c = corpus();
  std::size_t found = 0;
  for (auto _ : state) {
    for (const auto& f : c.files) {
      auto timexes = tagger.tag(f.text, nullptr, f.dct);
      found += timexes.size();
      benchmark::DoNotOptimize(timexes.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.tokens) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["timexes"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TimexTag)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

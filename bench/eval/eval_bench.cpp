// How long TimeML reading, writing and TempEval-3 scoring take on all of TBAQ (256 files).
//   build-eval/bench/eval/eval_bench
// Needs ../shared (CHRONOGRAPH_SHARED_DIR); says so and does nothing without it.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/common/atomic_file.h"
#include "core/common/reporter.h"
#include "core/eval/tempeval_scorer.h"
#include "core/timeml/timeml_reader.h"
#include "core/timeml/timeml_writer.h"

namespace {

namespace fs = std::filesystem;
using namespace chronograph;

const fs::path kTbaq = fs::path(CHRONOGRAPH_SHARED_DIR) / "data/timeml/tbaq";

std::vector<fs::path> tbaq_files() {
  std::vector<fs::path> files;
  std::error_code error;
  if (!fs::is_directory(kTbaq, error)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(kTbaq))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void BM_ReadTbaq(benchmark::State& state) {
  const auto files = tbaq_files();
  std::vector<std::string> contents;
  for (const auto& file : files) contents.push_back(read_file(file));
  for (auto _ : state)
    for (std::size_t i = 0; i < files.size(); ++i)
      benchmark::DoNotOptimize(core::parse_timeml(contents[i], files[i].string()));
  state.counters["files"] = static_cast<double>(files.size());
}

void BM_WriteTbaq(benchmark::State& state) {
  std::vector<core::TimemlFile> documents;
  for (const auto& file : tbaq_files()) documents.push_back(core::read_timeml(file));
  NullReporter reporter;
  for (auto _ : state)
    for (const auto& document : documents) benchmark::DoNotOptimize(core::write_timeml(document, reporter));
  state.counters["files"] = static_cast<double>(documents.size());
}

// Gold against gold: every link is verified, so every closure query runs to the end.
void BM_ScoreTbaqAgainstItself(benchmark::State& state) {
  std::vector<core::TimemlFile> documents;
  for (const auto& file : tbaq_files()) documents.push_back(core::read_timeml(file));
  for (auto _ : state) {
    core::TempevalCounts total;
    for (const auto& document : documents) total += core::score_document(document, document);
    benchmark::DoNotOptimize(total);
  }
  state.counters["files"] = static_cast<double>(documents.size());
}

BENCHMARK(BM_ReadTbaq)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteTbaq)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScoreTbaqAgainstItself)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (tbaq_files().empty()) {
    std::fprintf(stderr, "eval_bench: %s is absent; nothing to measure\n", kTbaq.c_str());
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

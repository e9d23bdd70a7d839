// Tokens per second on one core: the raw text of UD EWT train (rebuilt from its `# text`
// lines, 12,544 sentences, ~1.2 MB) tokenized and split into sentences.
//
//   build/bench/tokenizer/tokenizer_bench
#include <cstdlib>
#include <filesystem>
#include <optional>

#include <benchmark/benchmark.h>

#include "core/common/data_dir.h"
#include "core/text/conllu_text.h"
#include "core/text/tokenizer.h"

namespace {

using namespace chronograph::core;

void tokenize_ewt_train(benchmark::State& state) {
  const std::filesystem::path file =
      std::filesystem::path(CHRONOGRAPH_SHARED_DIR) / "data/ud-ewt/en_ewt-ud-train.conllu";
  if (!std::filesystem::exists(file)) {
    state.SkipWithError("the UD EWT train file is absent (CHRONOGRAPH_SHARED_DIR)");
    return;
  }
  const std::string text = read_conllu_text(file).text;
  const auto tokenizer = Tokenizer::load(chronograph::DataDir::locate(
      std::getenv("CHRONOGRAPH_DATA_DIR")
          ? std::nullopt
          : std::optional<std::filesystem::path>(CHRONOGRAPH_STAGED_DIR)));
  std::size_t tokens = 0;
  for (auto _ : state) {
    const TokenizedText out = tokenizer.tokenize(text);
    tokens += out.tokens.size();
    benchmark::DoNotOptimize(out.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(tokenize_ewt_train)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

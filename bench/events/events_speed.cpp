// Speed of the event stage on TBAQ dev text: tokens -> events with class, attributes,
// modality, entities, actors, titles and coreference (tokenizer and parser excluded: they
// are the syntax stage's cost, measured in its own bench).
//
//   build/bench/events/events_speed        # items_per_second = tokens/s on one core
#include <filesystem>

#include <benchmark/benchmark.h>

#include "core/events/event_extractor.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/split_list.h"
#include "core/timeml/timeml_reader.h"

namespace fs = std::filesystem;
using namespace chronograph;

static void BM_ExtractEvents(benchmark::State& state) {
  const fs::path shared{CHRONOGRAPH_SHARED_DIR};
  const DataDir data{fs::path{CHRONOGRAPH_STAGED_DATA}};
  const auto extractor = core::EventExtractor::load(data);
  std::vector<core::TimemlFile> docs;
  std::vector<core::TokenizedText> tokens;
  const auto tokenizer = core::Tokenizer::load(data);
  const auto syntax = core::MorphoSyntax::load(data);
  std::size_t count = 0;
  for (const auto& file : core::read_split_list(shared / "data/splits/tbaq-dev.txt", shared / "data")) {
    docs.push_back(core::read_timeml(file));
    tokens.push_back(tokenizer.tokenize(docs.back().text));
    syntax.annotate(tokens.back());
    count += tokens.back().tokens.size();
  }
  for (auto _ : state) {
    for (std::size_t k = 0; k < docs.size(); ++k) {
      auto found = extractor.extract(docs[k].text, tokens[k], std::vector<core::Span>{}, std::nullopt);
      benchmark::DoNotOptimize(found);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}
BENCHMARK(BM_ExtractEvents)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

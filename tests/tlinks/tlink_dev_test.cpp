// Regression guard: TempEval-3 Task C (gold entities, our TLINKs) on the TBAQ dev split.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/eval/tempeval_scorer.h"
#include "core/timeml/split_list.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/timeml_reader.h"
#include "core/timeml/timeml_writer.h"
#include "core/tlinks/tlink_classifier.h"
#include "core/tlinks/tlink_timeml.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::core;

TEST_CASE("Task C temporal awareness on TBAQ dev stays at least 38 F1", "[tlinks][shared]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const DataDir data = DataDir::locate();
  const auto tokenizer = Tokenizer::load(data);
  const auto syntax = MorphoSyntax::load(data);
  const auto classifier = TlinkClassifier::load(data);
  TempevalCounts total;
  for (const auto& path : read_split_list(shared / "data/splits/tbaq-dev.txt", shared / "data")) {
    const TimemlFile gold = read_timeml(path);
    TokenizedText tokens = tokenizer.tokenize(gold.text);
    syntax.annotate(tokens);
    const GoldTlinkInput in = tlink_input_from_timeml(gold, tokens);
    TimemlFile system = gold;
    system.annotations.tlinks = to_tlink_annotations(classifier.classify(in.input), in.eiids, in.tids, in.dct_tid);
    NullReporter quiet;
    total += score_document(gold, parse_timeml(write_timeml(system, quiet), "system.tml"));
  }
  const auto& t = total.tlink;
  const Prf s = prf(t.precision_verified, t.system_reduced, t.recall_verified, t.gold_reduced, 0.0);
  INFO("P " << s.precision << " R " << s.recall << " F1 " << s.f1);
  // Measured 40.86 (P 36.98 R 45.66) with models/tlinks/tlinks.bin, its shifts chosen by
  // cross-validation on TBAQ train (bench/tlinks/tlinks_cv, abc_cv.sh); bench/tlinks/tlinks_task_c
  // reproduces it. The shifts favour recall, which TempEval-3 rewards; the floors catch a model
  // that links everything or nothing.
  CHECK(s.f1 >= 38.0);
  CHECK(s.precision >= 34.0);
  CHECK(s.recall >= 42.0);
}

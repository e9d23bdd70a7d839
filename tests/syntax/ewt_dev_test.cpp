// A regression guard on UD English EWT dev (gold tokenization): the committed models must
// stay within 0.3 points of the figures measured when they were made (models/README.md).
#include <catch2/catch.hpp>

#include "core/syntax/conllu.h"
#include "tests/support/shared_data.h"
#include "syntax_test_support.h"

using namespace chronograph;
using namespace chronograph::core;

TEST_CASE("on EWT dev the models stay within 0.3 of their measured figures", "[syntax][ewt]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const ConlluDocument gold = read_conllu(shared / "data" / "ud-ewt" / "en_ewt-ud-dev.conllu");
  TokenizedText system = gold.tokens;
  for (Token& token : system.tokens) {
    token.upos = token.xpos = token.lemma = token.feats = token.deprel = "";
    token.head = -1;
  }
  test::models().annotate(system);
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  for (std::size_t i = 0; i < gold.tokens.tokens.size(); ++i) {
    const Token& g = gold.tokens.tokens[i];
    const Token& s = system.tokens[i];
    upos += g.upos == s.upos;
    xpos += g.xpos == s.xpos;
    lemma += g.lemma == s.lemma;
    if (g.head == s.head) {
      uas += 1;
      las += universal_relation(g.deprel) == universal_relation(s.deprel);
    }
  }
  const double n = static_cast<double>(gold.tokens.tokens.size()) / 100.0;
  // Measured with the committed models (issue 3 retraining): UPOS 95.47, XPOS 94.85,
  // lemma 97.24, UAS 85.49, LAS 82.44 (syntax_eval, models/README.md).
  CHECK(upos / n >= 95.47 - 0.3);
  CHECK(xpos / n >= 94.85 - 0.3);
  CHECK(lemma / n >= 97.24 - 0.3);
  CHECK(uas / n >= 85.49 - 0.3);
  CHECK(las / n >= 82.44 - 0.3);
}

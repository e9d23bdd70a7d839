#include "core/events/trigger_model.h"

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"

using chronograph::ParseError;
using chronograph::core::TriggerModel;

TEST_CASE("a file that is not a trigger model is rejected by name", "[events][model]") {
  REQUIRE_THROWS_AS(TriggerModel::parse("chronograph-model tagger 1\n", "m.model"), ParseError);
  try {
    TriggerModel::parse("chronograph-model tagger 1\n", "m.model");
  } catch (const ParseError& e) {
    CHECK(std::string(e.what()).rfind("m.model:1:1: not an event trigger model", 0) == 0);
  }
}

TEST_CASE("a truncated trigger model says how much is missing", "[events][model]") {
  const std::string content =
      "chronograph-model events-trigger 1\nlabels O OCCURRENCE REPORTING STATE I_ACTION I_STATE ASPECTUAL "
      "PERCEPTION\nmargin_scale 1\nevent_bias 0\nfeatures 2\n00000000000000ff 1:0.5\n";
  try {
    TriggerModel::parse(content, "t.model");
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.message() == "the file ends after 1 of 2 features");
  }
}

TEST_CASE("a trained model scores its training examples and survives a save and load", "[events][model]") {
  std::vector<TriggerModel::Example> examples;
  for (int k = 0; k < 20; ++k) {
    examples.push_back({{1, 2}, 1});
    examples.push_back({{1, 3}, 0});
    examples.push_back({{1, 4}, 2});
  }
  const TriggerModel model = TriggerModel::train(examples, {5, 1, 2});
  CHECK(model.score({1, 2}).label == 1);
  CHECK(model.score({1, 3}).label == 0);
  CHECK(model.score({1, 4}).label == 2);
  const TriggerModel again = TriggerModel::parse(model.serialize(), "mem");
  CHECK(again.score({1, 4}).label == 2);
  CHECK(again.serialize() == model.serialize());
}

TEST_CASE("the perceptron learner also fits its training examples", "[events][model]") {
  std::vector<TriggerModel::Example> examples;
  for (int k = 0; k < 20; ++k) {
    examples.push_back({{1, 2}, 1});
    examples.push_back({{1, 3}, 0});
    examples.push_back({{1, 4}, 5});
  }
  TriggerModel::TrainOptions options;
  options.learner = TriggerModel::TrainOptions::Learner::perceptron;
  options.epochs = 5;
  const TriggerModel model = TriggerModel::train(examples, options);
  CHECK(model.score({1, 2}).label == 1);
  CHECK(model.score({1, 3}).label == 0);
  CHECK(model.score({1, 4}).label == 5);
}

TEST_CASE("logistic regression with two labels keeps their sides apart", "[events][model]") {
  // Only "O" and OCCURRENCE: liblinear keeps one weight vector, which must land on both labels.
  std::vector<TriggerModel::Example> examples;
  for (int k = 0; k < 20; ++k) {
    examples.push_back({{1, 2}, 1});
    examples.push_back({{1, 3}, 0});
  }
  const TriggerModel model = TriggerModel::train(examples, {});
  CHECK(model.score({1, 2}).label == 1);
  CHECK(model.score({1, 3}).label == 0);
  CHECK(model.score({1, 2}).confidence > 0.5);
  CHECK(model.score({1, 3}).confidence < 0.5);
}

namespace {

// "They said that prices rose": a hand-made parse, "rose" the clausal complement of "said" or
// loosely attached to it (parataxis).
chronograph::core::TokenizedText said_that(bool with_complement) {
  using chronograph::core::Token;
  chronograph::core::TokenizedText text;
  auto add = [&text](const char* word, const char* upos, const char* lemma, int head, const char* deprel) {
    Token t;
    t.text = t.norm = word;
    t.upos = t.xpos = upos;
    t.lemma = lemma;
    t.head = head;
    t.deprel = deprel;
    text.tokens.push_back(t);
  };
  add("They", "PRON", "they", 1, "nsubj");
  add("said", "VERB", "say", -1, "root");
  add("that", "SCONJ", "that", 4, "mark");
  add("prices", "NOUN", "price", 4, "nsubj");
  add("rose", "VERB", "rise", 1, with_complement ? "ccomp" : "parataxis");
  text.sentences.push_back({{0, 0}, 0, text.tokens.size()});
  return text;
}

}  // namespace

TEST_CASE("a verb's clausal complement and its subordinator are features of the verb", "[events][model]") {
  const auto lexicon = chronograph::core::EventLexicon::load(chronograph::DataDir::locate());
  const std::vector<char> no_timex(5, 0);
  std::vector<std::uint64_t> with, without;
  const auto a = said_that(true), b = said_that(false);
  chronograph::core::trigger_features(a, a.sentences[0], 1, lexicon, no_timex, with);
  chronograph::core::trigger_features(b, b.sentences[0], 1, lexicon, no_timex, without);
  // ccomp adds "comp", "lcomp", "compu" and "compmark" (that) to what the bare verb has.
  CHECK(with.size() == without.size() + 4);
}

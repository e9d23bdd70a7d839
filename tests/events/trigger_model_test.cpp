#include "core/events/trigger_model.h"

#include <catch2/catch.hpp>

#include "core/common/error.h"

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

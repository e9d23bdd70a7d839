// re58: a per-kind SIMULTANEOUS shift, so that an event pair the model finds only weakly
// simultaneous takes its next choice (an order, or no link).
#include <string>

#include <catch2/catch.hpp>

#include "core/tlinks/tlink_classifier.h"

using namespace chronograph::core;

namespace {

TlinkLinearModel three_labels(double simultaneous_shift) {
  TlinkLinearModel model;
  model.labels = {"NONE", "BEFORE", "SIMULTANEOUS"};
  model.simultaneous_shift = simultaneous_shift;
  return model;
}

std::string model_text(const std::string& event_event_head) {
  std::string text = "chronograph-model tlinks 2\n";
  for (const char* kind : {"event-dct", "event-timex", "event-event", "cross-sentence", "prior-timex", "same-word"}) {
    const std::string head = std::string(kind) == "event-event" ? event_event_head : "emit 1 shift -1";
    text += "kind " + std::string(kind) + " " + head + " labels NONE BEFORE SIMULTANEOUS\nfeatures 1\nbias\t0 0.5 1\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a weakly preferred SIMULTANEOUS gives way to the next relation under the shift", "[tlinks][re58]") {
  const std::vector<double> scores{0, 0.5, 1.0};
  CHECK(three_labels(0).choose(scores) == 2u);
  CHECK(three_labels(-2).choose(scores) == 1u);
}

TEST_CASE("a weakly preferred SIMULTANEOUS gives way to no link when NONE comes next", "[tlinks][re58]") {
  CHECK_FALSE(three_labels(-2).choose({0.6, 0.5, 1.0}).has_value());
  CHECK(three_labels(-2).choose({0.6, 0.5, 1.0}, -1) == 1u);
}

TEST_CASE("a clearly preferred SIMULTANEOUS stays under the shift", "[tlinks][re58]") {
  CHECK(three_labels(-2).choose({0, 0.5, 3.0}) == 2u);
  CHECK(three_labels(-2).choose({0, 3.0, 1.0}) == 1u);
}

TEST_CASE("the SIMULTANEOUS shift is read per kind from the model file and written back", "[tlinks][re58]") {
  const std::string text = model_text("emit 1 shift -3.5 simultaneous -2");
  const TlinkClassifier model = TlinkClassifier::parse(text, "m.bin");
  CHECK(model.model(TlinkPairKind::EventEvent).simultaneous_shift == -2);
  CHECK(model.model(TlinkPairKind::EventEvent).none_shift == -3.5);
  CHECK(model.model(TlinkPairKind::EventEvent).labels.size() == 3);
  CHECK(model.model(TlinkPairKind::EventDct).simultaneous_shift == 0);
  CHECK(model.serialize() == text);
}

TEST_CASE("a model file without a SIMULTANEOUS shift reads as no shift", "[tlinks][re58]") {
  const TlinkClassifier model = TlinkClassifier::parse(model_text("emit 1 shift -1"), "m.bin");
  CHECK(model.model(TlinkPairKind::EventEvent).simultaneous_shift == 0);
  CHECK(model.model(TlinkPairKind::EventEvent).choose({0, 0.5, 1.0}) == 2u);
}

TEST_CASE("a SIMULTANEOUS shift that is not a number is rejected", "[tlinks][re58]") {
  CHECK_THROWS(TlinkClassifier::parse(model_text("emit 1 shift -1 simultaneous much"), "m.bin"));
}

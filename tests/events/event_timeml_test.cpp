#include "core/events/event_timeml.h"

#include <catch2/catch.hpp>

#include "core/timeml/timeml_reader.h"
#include "core/timeml/timeml_writer.h"

using namespace chronograph::core;

TEST_CASE("event mentions written as TimeML read back with the same text, spans and attributes", "[events][timeml]") {
  const std::string text = "\nA & B met <again>. They talked.\n";
  EventMention met;
  met.span = {7, 10};
  met.event_class = "OCCURRENCE";
  met.tense = "PAST";
  met.aspect = "NONE";
  met.polarity = "POS";
  met.pos = "VERB";
  met.modality = "actual";
  EventMention talked = met;
  talked.span = {25, 31};
  talked.event_class = "REPORTING";
  TimemlAnnotations annotations;
  add_event_annotations({met, talked}, annotations);
  REQUIRE(annotations.events.size() == 2);
  CHECK(annotations.instances[1].eiid == "ei2");
  CHECK(annotations.instances[1].event_id == "e2");

  const TimemlFile back = parse_timeml(write_timeml("demo", text, std::nullopt, annotations), "demo.tml");
  CHECK(back.text == text);
  const auto gold = gold_events(back.annotations);
  REQUIRE(gold.size() == 2);
  CHECK(gold[0].span.of(back.text) == "met");
  CHECK(gold[1].span.of(back.text) == "talked");
  CHECK(gold[1].event_class == "REPORTING");
  CHECK(gold[0].tense == "PAST");
  CHECK(gold[0].pos == "VERB");
}

TEST_CASE("a gold event without an instance keeps its class and empty attributes", "[events][timeml]") {
  TimemlAnnotations annotations;
  annotations.events.push_back({"e1", Span{0, 4}, "STATE"});
  const auto gold = gold_events(annotations);
  REQUIRE(gold.size() == 1);
  CHECK(gold[0].event_class == "STATE");
  CHECK(gold[0].tense.empty());
}
